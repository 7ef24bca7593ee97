import {
  Grondwerkcategorieen,
  HinderStatussen,
  type Inname,
  InnameStatussen,
  type Mobiliteitshinder,
  safeParseInname,
  safeParseMobiliteitshinder,
} from "@digitale-nuts/oslo";
import { conceptCode } from "./concepts.js";
import { address, identifiers, iris, type MapOptions, organisation, overallPeriod, zones } from "./parts.js";
import { absoluteIri, compact, Reader } from "./read.js";
import { validated, withRaw } from "./validate.js";

const TYPES: Record<string, "Grondwerk" | "Werk" | "Evenement"> = {
  Groundwork: "Grondwerk",
  Work: "Werk",
  Event: "Evenement",
  Grondwerk: "Grondwerk",
  Werk: "Werk",
  Evenement: "Evenement",
};

/**
 * A GIPOD REST public-domain-occupancy (Groundwork, Work or Event) → oslo {@link Inname}.
 * Throws {@link GipodResponseError} naming the path when the payload cannot be mapped or validated.
 *
 * @example
 * const inname = mapOccupancy(payload, { baseUrl: GIPOD_ENVIRONMENTS.production.apiBaseUrl });
 * if (inname.type === "Grondwerk") console.log(inname.gipodId, inname.categorie);
 */
export function mapOccupancy(payload: unknown, options: MapOptions): Inname & { readonly raw?: unknown } {
  const r = new Reader("public-domain-occupancy");
  const o = r.object(payload, "(root)");
  const wireType = r.string(o["@type"], "@type");
  const type =
    TYPES[wireType] ??
    r.fail("@type", `unknown occupancy type "${wireType}" (expected Groundwork, Work or Event)`);
  const gipodId = r.id(o.gipodId, "gipodId");
  const periode =
    overallPeriod(r, o.period, "period") ?? r.fail("period", "an occupancy needs at least one period");
  const status = conceptCode(InnameStatussen, o.status) ?? r.fail("status", "missing status");
  const common = compact({
    type,
    id: absoluteIri(r.optString(o["@id"], "@id"), options.baseUrl),
    gipodId,
    identificator: identifiers(r, o.identifier, gipodId, "identifier"),
    referentie: r.optString(o.reference, "reference"),
    beschrijving: r.optString(o.description, "description"),
    status,
    periode,
    beheerder: organisation(r, o.owner, "owner", options),
    contactorganisatie: r
      .array(o.contactOrganisation, "contactOrganisation")
      .map((c, i) => organisation(r, c, `contactOrganisation[${i}]`, options))
      .filter((c) => c !== undefined),
    adresvoorstelling: address(r, o.addressRepresentation, "addressRepresentation"),
    zone: zones(r, o.zone, "zone"),
    niscode: r.optString(o.nisCode ?? o.niscode, "nisCode"),
    openbaarDomein: r.optBoolean(o.isPublic ?? o.publicDomain, "isPublic"),
    heeftGevolg: iris(r, o.hasConsequence, "hasConsequence", options),
    isVergundDoor: iris(r, o.permittedBy, "permittedBy", options),
    aangemaaktOp: r.optString(o.createdOn, "createdOn"),
    laatstGewijzigdOp: r.optString(o.lastModifiedOn, "lastModifiedOn"),
  });
  let record: unknown = common;
  if (type === "Grondwerk") {
    const duration = o.estimatedDuration;
    record = compact({
      ...common,
      categorie:
        conceptCode(Grondwerkcategorieen, o.category) ?? r.fail("category", "a groundwork needs a category"),
      verplaatsingswerk: r.optBoolean(o.isRelocationGroundwork ?? o.relocationWork, "isRelocationGroundwork"),
      specificatie: r
        .array(o.specification ?? o.specificationType, "specification")
        .map((s, i) =>
          typeof s === "string"
            ? s
            : r.optString(r.optObject(s, `specification[${i}]`)?.prefLabel, `specification[${i}].prefLabel`),
        )
        .filter((s): s is string => s !== undefined),
      geschatteDuur:
        typeof duration === "number" && Number.isInteger(duration) && duration >= 0
          ? `P${duration}D`
          : r.optString(duration, "estimatedDuration"),
    });
  } else if (type === "Evenement") {
    record = compact({ ...common, naam: r.optString(o.eventName ?? o.name, "eventName") });
  }
  return withRaw(validated(safeParseInname(record), "public-domain-occupancy"), payload, options.includeRaw);
}

/**
 * A GIPOD mobility hindrance (REST resource or LDES version, §1.10 Example A) → oslo {@link Mobiliteitshinder}.
 *
 * @example
 * const hinder = mapMobilityHindrance(payload, { baseUrl: GIPOD_ENVIRONMENTS.production.apiBaseUrl, includeRaw: true });
 * console.log(hinder.gipodId, hinder.status, hinder.zone.length);
 */
export function mapMobilityHindrance(
  payload: unknown,
  options: MapOptions,
): Mobiliteitshinder & { readonly raw?: unknown } {
  const r = new Reader("mobility-hindrance");
  const o = r.object(payload, "(root)");
  const gipodId = r.id(o.gipodId, "gipodId");
  const zone = zones(r, o.zone, "zone");
  const severe = zone.some((z) => z.ernstigeHinder === true) ? true : undefined;
  const record = compact({
    type: "Mobiliteitshinder" as const,
    id: absoluteIri(r.optString(o["@id"], "@id"), options.baseUrl),
    gipodId,
    identificator: identifiers(r, o.identifier, gipodId, "identifier"),
    beschrijving: r.optString(o.description, "description"),
    status: conceptCode(HinderStatussen, o.status) ?? r.fail("status", "missing status"),
    periode: overallPeriod(r, o.period, "period"),
    isGevolgVan: iris(r, o.isConsequenceOf, "isConsequenceOf", options),
    beheerder: organisation(r, o.owner, "owner", options),
    contactorganisatie: r
      .array(o.contactOrganisation, "contactOrganisation")
      .map((c, i) => organisation(r, c, `contactOrganisation[${i}]`, options))
      .filter((c) => c !== undefined),
    zone,
    ernstigeHinder: severe,
    isVergundDoor: iris(r, o.permittedBy, "permittedBy", options),
    isVersieVan: absoluteIri(r.optString(o.isVersionOf, "isVersionOf"), options.baseUrl),
    gegenereerdOp: r.optString(o.generatedAtTime, "generatedAtTime"),
    aangemaaktOp: r.optString(o.createdOn, "createdOn"),
    laatstGewijzigdOp: r.optString(o.lastModifiedOn, "lastModifiedOn"),
  });
  return withRaw(
    validated(safeParseMobiliteitshinder(record), "mobility-hindrance"),
    payload,
    options.includeRaw,
  );
}
