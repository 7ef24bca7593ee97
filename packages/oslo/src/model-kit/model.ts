import { z } from "zod";
import type { Field } from "./field.js";

type Fields = Record<string, Field>;
type Shape<F extends Fields> = { [K in keyof F]: F[K]["zod"] };

/**
 * A model: its name (also its JSON-LD type term), RDF class, fields and the derived zod schema.
 * @example
 * const models: readonly ModelDefinition[] = modelDefinitions;
 * for (const model of models) console.log(model.name, model.classIri, model.role); // "Zone" "mobiliteit:Zone" "value"
 */
export interface ModelDefinition<S extends z.ZodType = z.ZodType> {
  readonly name: string;
  /** Compact IRI of the RDF class. */
  readonly classIri: string;
  /** Entities stand alone (they carry `type` and an optional `id`); value objects live inside an entity. */
  readonly role: "entity" | "value";
  readonly doc: string;
  readonly fields: Fields;
  readonly schema: S;
}

const entityHeader = <N extends string>(name: N) => ({
  /** The JSON-LD type of the entity. */
  type: z.literal(name),
  /** The entity's IRI, where it has one. */
  id: z.url().optional(),
});

/** An entity: a top-level record with `type` (its class name) and an optional IRI `id`. */
export function defineEntity<const N extends string, const F extends Fields>(
  name: N,
  classIri: string,
  doc: string,
  fields: F,
) {
  const schema = z.object({ ...entityHeader(name), ...(mapZod(fields) as Shape<F>) });
  return { name, classIri, role: "entity", doc, fields, schema } as const satisfies ModelDefinition;
}

/** A value object nested in an entity (a period, an address); the JSON-LD writer adds its type. */
export function defineValue<const N extends string, const F extends Fields>(
  name: N,
  classIri: string,
  doc: string,
  fields: F,
) {
  const schema = z.object(mapZod(fields) as Shape<F>);
  return { name, classIri, role: "value", doc, fields, schema } as const satisfies ModelDefinition;
}

function mapZod<F extends Fields>(fields: F): Shape<F> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.zod])) as Shape<F>;
}
