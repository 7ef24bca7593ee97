import {
  type Adresvoorstelling,
  Gevolgtypes,
  type Identificator,
  Nutsbedrijven,
  type Organisatie,
  Organisatierollen,
  type Periode,
  type Zone,
  Zonetypes,
} from "@digitale-nuts/oslo";
import { conceptCode, findCode } from "./concepts.js";
import { geometryFromWkt } from "./geometry.js";
import { absoluteIri, compact, type Reader } from "./read.js";

/**
 * Options every mapper takes.
 *
 * @example
 * const options: MapOptions = { baseUrl: GIPOD_ENVIRONMENTS.production.apiBaseUrl, includeRaw: true };
 * const hinder = mapMobilityHindrance(payload, options);
 */
export interface MapOptions {
  /** Base to resolve GIPOD's relative IRIs (`/api/v1/…`) against; the REST API origin. */
  readonly baseUrl: string;
  /** Keep the source payload on the record as `raw`. */
  readonly includeRaw?: boolean;
}

/** GIPOD's `identifier[]` plus the gipodId itself → identificators (unique). */
export function identifiers(
  r: Reader,
  value: unknown,
  gipodId: number | undefined,
  path: string,
): Identificator[] {
  const out: Identificator[] = [];
  if (gipodId !== undefined)
    out.push({
      identificator: String(gipodId),
      soort: "gipodId",
      toegekendDoor: "https://gipod.vlaanderen.be",
    });
  r.array(value, path).forEach((item, i) => {
    const o = r.optObject(item, `${path}[${i}]`);
    const inner = r.optObject(o?.["Identifier.identifier"], `${path}[${i}].Identifier.identifier`);
    const id = r.optString(inner?.value ?? o?.value, `${path}[${i}].value`);
    if (!id || out.some((x) => x.identificator === id)) return;
    const soort = r.optString(inner?.type ?? o?.type, `${path}[${i}].type`);
    const door = r.optString(o?.assignedByName, `${path}[${i}].assignedByName`);
    out.push(compact({ identificator: id, soort, toegekendDoor: door }));
  });
  return out;
}

/** GIPOD `period[]` → one overall period (earliest start, latest end). */
export function overallPeriod(r: Reader, value: unknown, path: string): Periode | undefined {
  const periods = r.array(value, path).map((p, i) => {
    const o = r.object(p, `${path}[${i}]`);
    return { start: r.string(o.start, `${path}[${i}].start`), end: r.optString(o.end, `${path}[${i}].end`) };
  });
  if (periods.length === 0) return undefined;
  const starts = periods.map((p) => p.start).sort();
  const ends = periods.map((p) => p.end);
  const begin = starts[0] as string;
  const einde = ends.every((e) => e !== undefined) ? (ends as string[]).sort().at(-1) : undefined;
  return compact({ begin, einde });
}

/** An `owner`/`contactOrganisation` object → {@link Organisatie}. */
export function organisation(
  r: Reader,
  value: unknown,
  path: string,
  options: MapOptions,
): Organisatie | undefined {
  const o = r.optObject(value, path);
  if (!o) return undefined;
  const name = r.optString(o.preferredName ?? o.name, `${path}.preferredName`);
  if (!name) return undefined;
  const iri = absoluteIri(r.optString(o["@id"], `${path}.@id`), options.baseUrl);
  const uuid = iri?.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i)?.[0];
  const contact = r.optObject(o.contactInformation, `${path}.contactInformation`);
  const utility = findCode(Nutsbedrijven, name);
  return compact({
    type: "Organisatie" as const,
    id: iri,
    voorkeursnaam: name,
    rol: o.role ? conceptCode(Organisatierollen, o.role) : undefined,
    nutsbedrijf: utility,
    identificator: uuid ? [{ identificator: uuid, soort: "gipodOrganisatieId" }] : [],
    email: r.optString(contact?.email, `${path}.contactInformation.email`),
    telefoon: r.optString(contact?.telephone, `${path}.contactInformation.telephone`),
  });
}

/** `addressRepresentation` → {@link Adresvoorstelling}. */
export function address(r: Reader, value: unknown, path: string): Adresvoorstelling | undefined {
  const a = r.optObject(value, path);
  if (!a) return undefined;
  const postcode = r.optString(a.postalcode ?? a.postalCode, `${path}.postalcode`);
  return compact({
    straatnaam: r.optString(a.streetname, `${path}.streetname`),
    huisnummer: r.optString(a.housenumber, `${path}.housenumber`),
    busnummer: r.optString(a.boxnumber, `${path}.boxnumber`),
    postcode,
    gemeentenaam: r.optString(a.municipalityName, `${path}.municipalityName`),
    land: r.optString(a.country, `${path}.country`),
  });
}

/** `zone[]` → {@link Zone}s with WGS84 geometry, zone type and consequences as code-list codes. */
export function zones(r: Reader, value: unknown, path: string): Zone[] {
  return r.array(value, path).map((z, i) => {
    const o = r.object(z, `${path}[${i}]`);
    const g = r.object(o.geometry, `${path}[${i}].geometry`);
    const wkt = r.string(g.wkt, `${path}[${i}].geometry.wkt`);
    return compact({
      zonetype: conceptCode(Zonetypes, o.zoneType),
      geometrie: geometryFromWkt(wkt, `${path}[${i}].geometry.wkt`, r.source),
      gevolg: r
        .array(o.consequence, `${path}[${i}].consequence`)
        .map((c) => conceptCode(Gevolgtypes, c))
        .filter((c) => c !== undefined),
      ernstigeHinder: r.optBoolean(o.severeHindrance ?? o.isSevereHindrance, `${path}[${i}].severeHindrance`),
    });
  });
}

/** IRIs of `[{@id}]` references, resolved. */
export function iris(r: Reader, value: unknown, path: string, options: MapOptions): string[] {
  return r
    .array(value, path)
    .map((v, i) =>
      absoluteIri(
        typeof v === "string"
          ? v
          : r.optString(r.optObject(v, `${path}[${i}]`)?.["@id"], `${path}[${i}].@id`),
        options.baseUrl,
      ),
    )
    .filter((v): v is string => v !== undefined);
}
