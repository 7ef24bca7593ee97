import { constraintsOf, type Field, type ModelDefinition } from "@digitale-nuts/oslo";
import fc from "fast-check";

const instant = fc.date({
  min: new Date("2000-01-01T00:00:00Z"),
  max: new Date("2099-12-31T23:59:59Z"),
  noInvalidDate: true,
});
const printable = fc.string({
  unit: fc.constantFrom(
    ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,;:'\"/\\éèëçàôœ€&<>#?",
  ),
  minLength: 1,
  maxLength: 24,
});
const text = printable.map((s) => s.trim()).filter((s) => s.length > 0);
const lonLat = fc.tuple(
  fc.double({ min: 2.5, max: 6.4, noNaN: true }),
  fc.double({ min: 49.5, max: 51.5, noNaN: true }),
);

const geojson = fc.oneof(
  lonLat.map((c) => ({ type: "Point" as const, coordinates: c })),
  fc
    .array(lonLat, { minLength: 2, maxLength: 4 })
    .map((cs) => ({ type: "LineString" as const, coordinates: cs })),
  fc
    .array(lonLat, { minLength: 3, maxLength: 5 })
    .map((cs) => ({ type: "Polygon" as const, coordinates: [[...cs, cs[0] as [number, number]]] })),
);

function fieldValue(field: Field): fc.Arbitrary<unknown> {
  const bag = constraintsOf(field);
  const pattern = bag.pattern ? new RegExp(bag.pattern) : undefined;
  switch (field.kind) {
    case "text":
      if (field.iri === "dn:opslagReferentie") return fc.webUrl();
      if (pattern) return fc.stringMatching(pattern).filter((s) => field.base.safeParse(s).success);
      return bag.maxLength ? text.filter((s) => s.length <= (bag.maxLength as number)) : text;
    case "wkt":
      return fc.constant("<http://www.opengis.net/def/crs/EPSG/0/31370> POINT (152000 212000)");
    case "dateTime":
      return instant.map((d) => d.toISOString());
    case "date":
      return instant.map((d) => d.toISOString().slice(0, 10));
    case "duration":
      return fc.integer({ min: 1, max: 400 }).map((n) => `P${n}D`);
    case "integer":
      return fc.integer({ min: Math.max(bag.minimum ?? -1e6, 1), max: Math.min(bag.maximum ?? 1e9, 1e9) });
    case "decimal":
      return fc
        .double({ min: bag.minimum ?? -1e6, max: bag.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true })
        .map((x) => (x === 0 ? 0 : x));
    case "boolean":
      return fc.boolean();
    case "iri":
      return fc.webUrl({ validSchemes: ["https"] });
    case "json":
      return geojson;
    case "code":
      return fc.constantFrom(...(field.scheme?.codes ?? []));
    case "node":
      if (!field.model) throw new Error(`node field ${field.iri} has no model`);
      return modelArbitrary(field.model());
  }
}

const cache = new Map<string, fc.Arbitrary<Record<string, unknown>>>();

/** Arbitrary valid instances of a model, derived from its field definitions. */
export function modelArbitrary(model: ModelDefinition): fc.Arbitrary<Record<string, unknown>> {
  const hit = cache.get(model.name);
  if (hit) return hit;
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  const optional: string[] = [];
  for (const [key, field] of Object.entries(model.fields)) {
    const one = fieldValue(field);
    fields[key] = field.many ? fc.array(one, { maxLength: 2 }) : one;
    if (!field.required) optional.push(key);
  }
  const header =
    model.role === "entity"
      ? {
          type: fc.constant(model.name),
          id: fc.option(fc.webUrl({ validSchemes: ["https"] }), { nil: undefined }),
        }
      : {};
  const requiredKeys = [
    ...Object.keys(header).filter((k) => k === "type"),
    ...Object.keys(fields).filter((k) => !optional.includes(k)),
  ];
  const arb = fc
    .record<Record<string, unknown>>({ ...header, ...fields }, { requiredKeys: requiredKeys as never[] })
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
  cache.set(model.name, arb);
  return arb;
}
