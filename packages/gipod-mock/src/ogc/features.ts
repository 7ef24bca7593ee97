import { lambert72ToWgs84 } from "@digitale-nuts/oslo";
import { centroid, wktCoordinates } from "../data/lambert-shapes.js";
import type { TaxonomyRef } from "../data/taxonomies.js";
import type { HindranceItem, OccupancyItem, WireContactOrganisation, WireZone } from "../data/wire-types.js";
import type { MockStore } from "../store.js";
import type { FeatureProperties } from "./cql2.js";

/**
 * The OGC API Features collections of GIPOD's open data.
 *
 * @example
 * for (const id of COLLECTIONS) console.log(`${mock.ogcUrl}/collections/${id}/items`);
 */
export const COLLECTIONS = [
  "INNAME",
  "INNAME_PUNT",
  "HINDER",
  "HINDER_PUNT",
  "HINDERGEVOLG",
  "HINDERGEVOLG_PUNT",
  "OMLEIDING",
  "OMLEIDING_PUNT",
] as const;

/**
 * One of {@link COLLECTIONS}.
 *
 * @example
 * const id: CollectionId = "HINDER_PUNT";
 * const page = await fetch(`${mock.ogcUrl}/collections/${id}/items?limit=10`).then((r) => r.json());
 */
export type CollectionId = (typeof COLLECTIONS)[number];

type Geometry =
  | { type: "Point"; coordinates: [number, number] }
  | { type: "LineString"; coordinates: [number, number][] }
  | { type: "MultiPolygon"; coordinates: [number, number][][][] };

/** A feature plus the bounding boxes the bbox filter needs. */
export interface IndexedFeature {
  readonly feature: { type: "Feature"; id: string; geometry: Geometry; properties: FeatureProperties };
  /** `[minLon, minLat, maxLon, maxLat]`. */
  readonly wgs84Box: readonly [number, number, number, number];
  /** `[minX, minY, maxX, maxY]` in Lambert 72. */
  readonly lambertBox: readonly [number, number, number, number];
}

/**
 * Exact property names per collection (§1.5 d of the domain brief); `_PUNT` twins share them.
 *
 * @example
 * PROPERTIES.INNAME.includes("GroundworkCategory"); // true
 * const matches = compileCql2("GroundworkCategory = 'Dringend'", new Set(PROPERTIES.INNAME));
 */
export const PROPERTIES: Readonly<
  Record<"INNAME" | "HINDER" | "HINDERGEVOLG" | "OMLEIDING", readonly string[]>
> = {
  INNAME: [
    "GipodId",
    "Uri",
    "Description",
    "Reference",
    "Type",
    "TypeId",
    "PublicDomainOccupancyTypes",
    "Status",
    "StatusId",
    "Start",
    "End",
    "TimeSchedule",
    "Owner",
    "OwnerId",
    "ContactOrganisations",
    "MobilityHindrances",
    "GroundworkCategory",
    "GroundworkCategoryId",
    "GroundworkSpecification",
    "GroundworkPartOfTrenchSynergy",
    "CreatedOn",
    "LastModifiedOn",
  ],
  HINDER: [
    "ZoneId",
    "SevereHindrance",
    "Uri",
    "ZoneType",
    "ZoneTypeId",
    "Consequences",
    "HindranceGipodId",
    "HindranceURI",
    "HindranceConsequenceOf",
    "HindranceDescription",
    "HindranceOwner",
    "HindranceOwnerId",
    "HindranceStart",
    "HindranceEnd",
    "HindranceContactOrganisations",
    "HindranceStatus",
    "HindranceStatusId",
  ],
  HINDERGEVOLG: [
    "ZoneId",
    "Uri",
    "ZoneType",
    "ZoneTypeId",
    "SevereHindrance",
    "Consequence",
    "ConsequenceTreeLevel0",
    "ConsequenceTreeLevel1",
    "ConsequenceTreeLevel2",
    "ConsequenceTreeLevel3",
    "ConsequenceId",
    "ConsequenceTreeLevel0Id",
    "ConsequenceTreeLevel1Id",
    "ConsequenceTreeLevel2Id",
    "ConsequenceTreeLevel3Id",
    "HeightLimitation",
    "WidthLimitation",
    "HindranceStatus",
    "HindranceStatusId",
    "HindranceGipodId",
    "HindranceOwner",
    "HindranceOwnerId",
    "HindranceDescription",
    "HindranceUri",
    "HindranceCreatedOn",
    "HindranceLastModifiedOn",
    "HindranceStart",
    "HindranceEnd",
  ],
  OMLEIDING: [
    "DiversionId",
    "Uri",
    "Consequences",
    "HindranceGipodId",
    "HindranceURI",
    "HindranceConsequenceOf",
    "HindranceDescription",
    "HindranceOwner",
    "HindranceOwnerId",
    "HindranceContactOrganisations",
    "HindranceStatus",
    "HindranceStatusId",
  ],
};

/** The property names of a collection. */
export function propertiesOf(id: CollectionId): readonly string[] {
  return PROPERTIES[id.replace(/_PUNT$/, "") as keyof typeof PROPERTIES];
}

/** Only occupancies with these statuses are published as open data. */
const PUBLISHED_STATUSES = new Set(["Concreet gepland", "In uitvoering", "Uitgevoerd"]);
const TYPE_LABEL = { Groundwork: "Grondwerk", Work: "Werk", Event: "Evenement" } as const;

/** Builds the features of a collection from the store (absolute URIs on `origin`). */
export function buildFeatures(id: CollectionId, store: MockStore, origin: string): IndexedFeature[] {
  const point = id.endsWith("_PUNT");
  const abs = (path: string) => `${origin}${path}`;
  const out: IndexedFeature[] = [];
  if (id.startsWith("INNAME")) {
    for (const o of store.occupancies()) {
      if (!PUBLISHED_STATUSES.has(o.status.prefLabel)) continue;
      const wkts = o.zone.map((z) => z.geometry.wkt);
      o.period.forEach((p, i) => {
        out.push(indexed(`${o.gipodId}-${i + 1}`, wkts, point, innameProperties(o, p, abs)));
      });
    }
  } else if (id.startsWith("HINDERGEVOLG")) {
    for (const h of store.hindrances())
      for (const z of h.zone)
        for (const c of z.consequence)
          out.push(
            indexed(`${zoneId(z)}-${uuidOf(c)}`, [z.geometry.wkt], point, gevolgProperties(h, z, c, abs)),
          );
  } else if (id.startsWith("HINDER")) {
    for (const h of store.hindrances())
      for (const z of h.zone)
        out.push(indexed(zoneId(z), [z.geometry.wkt], point, hinderProperties(h, z, abs)));
  } else {
    for (const d of store.detours()) {
      const h = store.hindrance(d.hindrance.gipodId);
      if (!h) continue;
      out.push(
        indexed(d.id, [d.geometry.wkt], point, {
          DiversionId: d.id,
          Uri: abs(d["@id"]),
          ...hindranceCommon(h, abs, "HindranceURI"),
          Consequences: joined(h.zone.flatMap((z) => z.consequence.map((c) => c.prefLabel))),
        }),
      );
    }
  }
  return out;
}

function innameProperties(
  o: OccupancyItem,
  p: { start: string; end: string },
  abs: (s: string) => string,
): FeatureProperties {
  return {
    GipodId: o.gipodId,
    Uri: abs(o["@id"]),
    Description: o.description,
    Reference: o.reference,
    Type: TYPE_LABEL[o["@type"]],
    TypeId: o["@type"],
    PublicDomainOccupancyTypes: joined([TYPE_LABEL[o["@type"]], ...o.specification.map((s) => s.prefLabel)]),
    Status: o.status.prefLabel,
    StatusId: abs(o.status["@id"]),
    Start: p.start,
    End: p.end,
    TimeSchedule: null,
    Owner: o.owner.preferredName,
    OwnerId: abs(o.owner["@id"]),
    ContactOrganisations: contacts(o.contactOrganisation),
    MobilityHindrances: joined(o.hasConsequence.map((h) => abs(h["@id"]))),
    GroundworkCategory: o.category?.prefLabel ?? null,
    GroundworkCategoryId: o.category ? abs(o.category["@id"]) : null,
    GroundworkSpecification:
      o.specification.length > 0 ? joined(o.specification.map((s) => s.prefLabel)) : null,
    GroundworkPartOfTrenchSynergy: false,
    CreatedOn: o.createdOn,
    LastModifiedOn: o.lastModifiedOn,
  };
}

function hindranceCommon(
  h: HindranceItem,
  abs: (s: string) => string,
  uriKey: "HindranceURI" | "HindranceUri",
) {
  return {
    HindranceGipodId: h.gipodId,
    [uriKey]: abs(h["@id"]),
    HindranceDescription: h.description,
    HindranceOwner: h.owner.preferredName,
    HindranceOwnerId: abs(h.owner["@id"]),
    HindranceStatus: h.status.prefLabel,
    HindranceStatusId: abs(h.status["@id"]),
    ...(uriKey === "HindranceURI"
      ? {
          HindranceConsequenceOf: joined(h.isConsequenceOf.map((c) => abs(c["@id"]))),
          HindranceContactOrganisations: contacts(h.contactOrganisation),
        }
      : {}),
  };
}

function hinderProperties(h: HindranceItem, z: WireZone, abs: (s: string) => string): FeatureProperties {
  return {
    ZoneId: zoneId(z),
    SevereHindrance: severe(z.consequence),
    Uri: abs(z["@id"]),
    ZoneType: z.zoneType.prefLabel,
    ZoneTypeId: abs(z.zoneType["@id"]),
    Consequences: joined(z.consequence.map((c) => c.prefLabel)),
    ...hindranceCommon(h, abs, "HindranceURI"),
    HindranceStart: h.period[0]?.start ?? null,
    HindranceEnd: h.period[h.period.length - 1]?.end ?? null,
  };
}

function gevolgProperties(
  h: HindranceItem,
  z: WireZone,
  c: TaxonomyRef,
  abs: (s: string) => string,
): FeatureProperties {
  const level0 = treeLevel0(c.prefLabel);
  const limit = (re: RegExp) => {
    const m = re.exec(c.prefLabel);
    return m ? Number((m[1] as string).replace(",", ".")) : null;
  };
  const {
    HindranceConsequenceOf: _a,
    HindranceContactOrganisations: _b,
    ...common
  } = hindranceCommon(h, abs, "HindranceUri") as Record<string, string | number>;
  return {
    ZoneId: zoneId(z),
    Uri: abs(z["@id"]),
    ZoneType: z.zoneType.prefLabel,
    ZoneTypeId: abs(z.zoneType["@id"]),
    SevereHindrance: severe([c]),
    Consequence: c.prefLabel,
    ConsequenceTreeLevel0: level0,
    ConsequenceTreeLevel1: c.prefLabel,
    ConsequenceTreeLevel2: null,
    ConsequenceTreeLevel3: null,
    ConsequenceId: abs(c["@id"]),
    ConsequenceTreeLevel0Id: null,
    ConsequenceTreeLevel1Id: abs(c["@id"]),
    ConsequenceTreeLevel2Id: null,
    ConsequenceTreeLevel3Id: null,
    HeightLimitation: limit(/Hoogtebeperking: max (\d+(?:,\d+)?)/),
    WidthLimitation: limit(/Breedtebeperking: max (\d+(?:,\d+)?)/),
    ...common,
    HindranceCreatedOn: h.createdOn,
    HindranceLastModifiedOn: h.lastModifiedOn,
    HindranceStart: h.period[0]?.start ?? null,
    HindranceEnd: h.period[h.period.length - 1]?.end ?? null,
  };
}

function treeLevel0(label: string): string {
  if (/voetganger/i.test(label)) return "Voetgangers";
  if (/fietser/i.test(label)) return "Fietsers";
  if (/handelaars/i.test(label)) return "Algemeen";
  return "Gemotoriseerd verkeer";
}

function severe(consequences: readonly TaxonomyRef[]): boolean {
  return consequences.some((c) => /^(Geen doorgang voor gemotoriseerd|Afgesloten)/.test(c.prefLabel));
}

/** Multi-values are semicolon-separated strings in GIPOD's open data ("A; B"); empty lists are null. */
function joined(values: readonly string[]): string | null {
  return values.length > 0 ? values.join("; ") : null;
}

/** "Rol: Organisatie, Naam, E-mail, Telefoon, URL" per contact (no personal name: the field stays empty). */
function contacts(list: readonly WireContactOrganisation[]): string | null {
  return joined(
    list.map(
      (c) =>
        `${c.role.prefLabel}: ${c.preferredName}, , ${c.contactInformation.email}, , ${c.contactInformation.website}`,
    ),
  );
}

function zoneId(z: WireZone): string {
  return z["@id"].split("/").pop() as string;
}

function uuidOf(r: TaxonomyRef): string {
  return r["@id"].split("/").pop() as string;
}

function indexed(
  id: string,
  wkts: readonly string[],
  point: boolean,
  properties: FeatureProperties,
): IndexedFeature {
  const shapes = wkts.map(wktCoordinates);
  const all = shapes.flat();
  const lambertBox = box(all);
  const toWgs = (p: [number, number]): [number, number] => {
    const [lon, lat] = lambert72ToWgs84(p);
    return [round7(lon), round7(lat)];
  };
  let geometry: Geometry;
  if (point) geometry = { type: "Point", coordinates: toWgs(centroid(all)) };
  else if (wkts.every((w) => /LINESTRING/i.test(w)))
    geometry = { type: "LineString", coordinates: (shapes[0] ?? []).map(toWgs) };
  else geometry = { type: "MultiPolygon", coordinates: shapes.map((ring) => [ring.map(toWgs)]) };
  const wgsPoints =
    geometry.type === "Point"
      ? [geometry.coordinates]
      : geometry.type === "LineString"
        ? geometry.coordinates
        : geometry.coordinates.flat(2);
  return { feature: { type: "Feature", id, geometry, properties }, wgs84Box: box(wgsPoints), lambertBox };
}

function box(points: readonly [number, number][]): [number, number, number, number] {
  let b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points)
    b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
  return b;
}

function round7(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}
