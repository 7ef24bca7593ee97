import {
  GeoJsonGeometry,
  type Geometrie,
  Gevolgtypes,
  Grondwerkcategorieen,
  HinderStatussen,
  type Inname,
  InnameStatussen,
  Innametypes,
  lambert72ToWgs84,
  type Mobiliteitshinder,
  mapCoordinates,
  type Omleiding,
  safeParseInname,
  safeParseMobiliteitshinder,
  safeParseOmleiding,
  Zonetypes,
} from "@digitale-nuts/oslo";
import type { OgcCollection } from "../ogc/collections.js";
import type { OgcFeature } from "../ogc/ogc-client.js";
import { conceptCode } from "./concepts.js";
import type { MapOptions } from "./parts.js";
import { compact, Reader } from "./read.js";
import { validated, withRaw } from "./validate.js";

const INNAME_TYPES = { grondwerk: "Grondwerk", werk: "Werk", evenement: "Evenement" } as const;

function geometry(r: Reader, feature: OgcFeature): Geometrie | undefined {
  if (!feature.geometry) return undefined;
  const parsed = GeoJsonGeometry.safeParse(feature.geometry);
  if (parsed.success) return { geojson: parsed.data };
  // Not WGS84 degrees: OGC may serve Lambert 72 when asked for it; project it.
  try {
    const projected = mapCoordinates(feature.geometry as GeoJsonGeometry, lambert72ToWgs84);
    const again = GeoJsonGeometry.safeParse(projected);
    if (again.success) return { geojson: again.data };
  } catch {
    // fall through to the typed error
  }
  return r.fail("geometry", "not a GeoJSON geometry in WGS84 or Lambert 72");
}

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === "string" ? value.split(";") : [])
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.trim())
    .filter((v) => v !== "");

/**
 * An `INNAME`/`INNAME_PUNT` feature (one occurrence) → oslo {@link Inname}.
 *
 * @example
 * for await (const feature of gipod.ogc.features("INNAME", { limit: 100 }))
 *   console.log(mapOgcOccupancy(feature, { baseUrl: gipod.endpoints.apiBaseUrl }).status);
 */
export function mapOgcOccupancy(feature: OgcFeature, options: MapOptions): Inname & { raw?: unknown } {
  const r = new Reader("ogc INNAME");
  const p = r.object(feature?.properties, "properties");
  const gipodId = r.id(p.GipodId, "properties.GipodId");
  const typeCode = Innametypes.lookup(r.optString(p.Type, "properties.Type") ?? "grondwerk").code;
  const type =
    INNAME_TYPES[typeCode as keyof typeof INNAME_TYPES] ??
    r.fail("properties.Type", `unknown occupancy type ${String(p.Type)}`);
  const uri = r.optString(p.Uri, "properties.Uri");
  const common = compact({
    type,
    id: uri && URL.canParse(uri) ? uri : undefined,
    gipodId,
    identificator: [
      { identificator: String(gipodId), soort: "gipodId", toegekendDoor: "https://gipod.vlaanderen.be" },
    ],
    referentie: r.optString(p.Reference, "properties.Reference"),
    beschrijving: r.optString(p.Description, "properties.Description"),
    status:
      conceptCode(InnameStatussen, p.Status ?? p.StatusId) ?? r.fail("properties.Status", "missing status"),
    periode: compact({
      begin: r.string(p.Start, "properties.Start"),
      einde: r.optString(p.End, "properties.End"),
    }),
    beheerder: p.Owner
      ? {
          type: "Organisatie" as const,
          voorkeursnaam: r.string(p.Owner, "properties.Owner"),
          identificator: [],
        }
      : undefined,
    geometrie: geometry(r, feature),
    heeftGevolg: list(p.MobilityHindrances).filter((u) => URL.canParse(u)),
    aangemaaktOp: r.optString(p.CreatedOn, "properties.CreatedOn"),
    laatstGewijzigdOp: r.optString(p.LastModifiedOn, "properties.LastModifiedOn"),
  });
  const record =
    type === "Grondwerk"
      ? compact({
          ...common,
          categorie:
            conceptCode(Grondwerkcategorieen, p.GroundworkCategory ?? p.GroundworkCategoryId) ??
            r.fail("properties.GroundworkCategory", "a groundwork needs a category"),
          specificatie: list(p.GroundworkSpecification),
          synergie: r.optBoolean(p.GroundworkPartOfTrenchSynergy, "properties.GroundworkPartOfTrenchSynergy"),
        })
      : common;
  return withRaw(validated(safeParseInname(record), "ogc INNAME"), feature, options.includeRaw);
}

/**
 * A `HINDER`/`HINDERGEVOLG` feature (one zone) → oslo {@link Mobiliteitshinder} with that one zone.
 *
 * @example
 * for await (const feature of gipod.ogc.features("HINDERGEVOLG", { limit: 100 }))
 *   console.log(mapOgcHindrance(feature, { baseUrl: gipod.endpoints.apiBaseUrl }).zone[0]?.gevolg);
 */
export function mapOgcHindrance(
  feature: OgcFeature,
  options: MapOptions,
): Mobiliteitshinder & { raw?: unknown } {
  const r = new Reader("ogc HINDER");
  const p = r.object(feature?.properties, "properties");
  const gipodId = r.id(p.HindranceGipodId, "properties.HindranceGipodId");
  const geo = geometry(r, feature);
  const consequences = [...list(p.Consequences), ...list(p.Consequence)].map(
    (c) => Gevolgtypes.lookup(c).code,
  );
  const severe = r.optBoolean(p.SevereHindrance, "properties.SevereHindrance");
  const uri = r.optString(p.HindranceUri ?? p.HindranceURI, "properties.HindranceUri");
  const start = r.optString(p.HindranceStart, "properties.HindranceStart");
  const record = compact({
    type: "Mobiliteitshinder" as const,
    id: uri && URL.canParse(uri) ? uri : undefined,
    gipodId,
    identificator: [
      { identificator: String(gipodId), soort: "gipodId", toegekendDoor: "https://gipod.vlaanderen.be" },
    ],
    beschrijving: r.optString(p.HindranceDescription, "properties.HindranceDescription"),
    status:
      conceptCode(HinderStatussen, p.HindranceStatus ?? p.HindranceStatusId) ??
      r.fail("properties.HindranceStatus", "missing status"),
    periode: start
      ? compact({ begin: start, einde: r.optString(p.HindranceEnd, "properties.HindranceEnd") })
      : undefined,
    isGevolgVan: list(p.HindranceConsequenceOf).filter((u) => URL.canParse(u)),
    beheerder: p.HindranceOwner
      ? {
          type: "Organisatie" as const,
          voorkeursnaam: r.string(p.HindranceOwner, "properties.HindranceOwner"),
          identificator: [],
        }
      : undefined,
    zone: geo
      ? [
          compact({
            zonetype: conceptCode(Zonetypes, p.ZoneType ?? p.ZoneTypeId),
            geometrie: geo,
            gevolg: consequences,
            ernstigeHinder: severe,
          }),
        ]
      : [],
    ernstigeHinder: severe,
    aangemaaktOp: r.optString(p.HindranceCreatedOn, "properties.HindranceCreatedOn"),
    laatstGewijzigdOp: r.optString(p.HindranceLastModifiedOn, "properties.HindranceLastModifiedOn"),
  });
  return withRaw(validated(safeParseMobiliteitshinder(record), "ogc HINDER"), feature, options.includeRaw);
}

/**
 * An `OMLEIDING` feature → oslo {@link Omleiding}.
 *
 * @example
 * for await (const feature of gipod.ogc.features("OMLEIDING", { limit: 100 }))
 *   console.log(mapOgcDetour(feature, { baseUrl: gipod.endpoints.apiBaseUrl }).hinderGipodId);
 */
export function mapOgcDetour(feature: OgcFeature, options: MapOptions): Omleiding & { raw?: unknown } {
  const r = new Reader("ogc OMLEIDING");
  const p = r.object(feature?.properties, "properties");
  const diversion = r.optString(p.DiversionId, "properties.DiversionId");
  const uri = r.optString(p.Uri, "properties.Uri");
  const record = compact({
    type: "Omleiding" as const,
    id: uri && URL.canParse(uri) ? uri : undefined,
    identificator: diversion ? [{ identificator: diversion, soort: "omleidingId" }] : [],
    beschrijving: r.optString(p.HindranceDescription, "properties.HindranceDescription"),
    hinderGipodId:
      p.HindranceGipodId === undefined || p.HindranceGipodId === null
        ? undefined
        : r.id(p.HindranceGipodId, "properties.HindranceGipodId"),
    geometrie: geometry(r, feature),
    gevolg: list(p.Consequences).map((c) => Gevolgtypes.lookup(c).code),
  });
  return withRaw(validated(safeParseOmleiding(record), "ogc OMLEIDING"), feature, options.includeRaw);
}

/**
 * Maps any feature by its collection.
 *
 * @example
 * const features = await gipod.ogc.features("HINDER_PUNT", { limit: 50 }).collect();
 * const records = features.map((f) => mapOgcFeature("HINDER_PUNT", f, { baseUrl: gipod.endpoints.apiBaseUrl }));
 */
export function mapOgcFeature(
  collection: OgcCollection,
  feature: OgcFeature,
  options: MapOptions,
): Inname | Mobiliteitshinder | Omleiding {
  if (collection.startsWith("INNAME")) return mapOgcOccupancy(feature, options);
  if (collection.startsWith("HINDER")) return mapOgcHindrance(feature, options);
  return mapOgcDetour(feature, options);
}
