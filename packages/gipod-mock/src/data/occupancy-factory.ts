import { pointInDisc, polygonWkt, type Ring, rectangle } from "./lambert-shapes.js";
import { areaCentreLambert, type Municipality, type PostcodeArea } from "./municipalities.js";
import { organisation, organisationRef, UTILITIES } from "./organisations.js";
import type { Prng } from "./prng.js";
import {
  CATEGORIES,
  type CategoryKey,
  CONTACT_ROLE,
  consequenceType,
  type OccupancyStatusKey,
  ref,
  SPECIFICATIONS,
  STATUSES,
  type TaxonomyRef,
  ZONETYPES,
} from "./taxonomies.js";
import { formatStamp, type Stamp } from "./timestamp.js";
import type {
  OccupancyItem,
  OccupancyType,
  WireContactOrganisation,
  WireIdentifier,
  WireZone,
} from "./wire-types.js";

const DAY = 86_400_000;

/**
 * Antwerp's export mix (7012 rows): 83% Categorie 3, 7% Dringend, 5% Categorie 1, 5% Categorie 2.
 *
 * @example
 * const total = Object.values(CATEGORY_MIX).reduce((sum, n) => sum + n, 0);
 * CATEGORY_MIX.categorie3 / total; // ≈ 0.83
 */
export const CATEGORY_MIX: Readonly<Record<CategoryKey, number>> = {
  categorie3: 5834,
  dringend: 492,
  categorie1: 369,
  categorie2: 317,
};

/**
 * Antwerp's export status mix plus a little draft and cancelled.
 *
 * @example
 * createPrng(1).weighted(STATUS_MIX); // one of the keys, "uitgevoerd" the likeliest
 */
export const STATUS_MIX: Readonly<Record<OccupancyStatusKey, number>> = {
  uitgevoerd: 3968,
  concreetGepland: 1769,
  nietUitgevoerd: 719,
  inUitvoering: 556,
  inOpmaak: 70,
  geannuleerd: 70,
};

const TYPE_MIX: Readonly<Record<OccupancyType, number>> = { Groundwork: 88, Work: 8, Event: 4 };

const WORK_KINDS = ["heraanleg voetpad", "rioleringswerken", "heraanleg kruispunt", "herstelling wegdek"];
const EVENT_KINDS = ["braderij", "wielerwedstrijd", "buurtfeest", "markt"];

/** Zone sizes (length, width in metres) by category: cat. 1 > 50 m², cat. 2 3–50 m², cat. 3 < 3 m². */
const SIZES: Readonly<Record<CategoryKey | "work" | "event", [number, number, number, number]>> = {
  categorie1: [30, 60, 1.8, 2.5],
  categorie2: [4, 18, 0.9, 2.5],
  categorie3: [1, 2.2, 0.6, 1.2],
  dringend: [1, 3, 0.8, 1.2],
  work: [10, 40, 3, 8],
  event: [20, 45, 15, 40],
};

const DURATION_DAYS: Readonly<Record<CategoryKey | "work" | "event", [number, number]>> = {
  categorie1: [20, 120],
  categorie2: [3, 20],
  categorie3: [1, 5],
  dringend: [1, 2],
  work: [10, 90],
  event: [1, 3],
};

/** Registration lead time in days (decree): cat. 1 ≥ 2 months, cat. 2 ≥ 4 weeks, cat. 3 ≥ 1 working day. */
const LEAD_DAYS: Readonly<Record<CategoryKey | "work" | "event", [number, number]>> = {
  categorie1: [60, 180],
  categorie2: [28, 60],
  categorie3: [1, 10],
  dringend: [-1, 0],
  work: [30, 120],
  event: [30, 90],
};

/** What the factory needs to place one occupancy. */
export interface OccupancySeed {
  readonly gipodId: number;
  readonly municipality: Municipality;
  readonly nowMs: number;
  /** Gipod id of its mobility hindrance, when it has one. */
  readonly hindranceId?: number;
  /** Gipod id of its signalisation permit, when it has one (requires `hindranceId`). */
  readonly permitId?: number;
}

/** Internal facts the generator reuses for the hindrance, detours and permits. */
export interface OccupancyFacts {
  readonly item: OccupancyItem;
  readonly area: PostcodeArea;
  readonly ring: Ring;
  readonly anchor: [number, number];
  readonly angle: number;
  readonly statusKey: OccupancyStatusKey;
  readonly categoryKey: CategoryKey | undefined;
  readonly createdMs: number;
  readonly modifiedMs: number;
  readonly consequences: readonly TaxonomyRef[];
}

/** Which consequences a hindrance zone gets, by kind of work. */
export function pickConsequences(rng: Prng, kind: CategoryKey | "work" | "event"): TaxonomyRef[] {
  const small = [
    "beperkte_doorgang_voetgangers",
    "geen_doorgang_voetgangers",
    "versmalde_rijstroken",
    "beperkte_doorgang_fietsers",
  ];
  const large = [
    "versmalde_rijstroken",
    "vermindering_rijstroken",
    "afgesloten_een_rijrichting",
    "geen_doorgang_gemotoriseerd_uitgezonderd_plaatselijk_verkeer",
    "wisselend_verkeer_verkeerslichten",
    "snelheidsbeperking",
    "handelaars_moeilijk_bereikbaar",
  ];
  const pool =
    kind === "categorie1" || kind === "work"
      ? large
      : kind === "event"
        ? ["geen_doorgang_gemotoriseerd", ...large]
        : small;
  const n = rng.int(1, 2);
  const codes = new Set<string>();
  while (codes.size < n) codes.add(rng.pick(pool));
  return [...codes].sort().map((c) => ref(consequenceType(c)));
}

/** A random stamp in [fromMs, toMs]. */
export function randomStamp(rng: Prng, fromMs: number, toMs: number): Stamp {
  return { ms: Math.floor(fromMs + rng.next() * Math.max(0, toMs - fromMs)), ticks: rng.int(0, 9999) };
}

/** Builds one realistic occupancy (groundwork, work or event) in the given municipality. */
export function buildOccupancy(
  rng: Prng,
  seed: OccupancySeed,
  forced: { type?: OccupancyType } = {},
): OccupancyFacts {
  const { gipodId, municipality: m, nowMs } = seed;
  const type = forced.type ?? rng.weighted(TYPE_MIX);
  const categoryKey = type === "Groundwork" ? rng.weighted(CATEGORY_MIX) : undefined;
  const kind = categoryKey ?? (type === "Work" ? "work" : "event");
  const statusKey = rng.weighted(STATUS_MIX);
  const area = rng.pick(m.areas);
  const street = rng.pick(area.streets);
  const housenumber = String(rng.int(1, 180));

  const ownerName =
    type === "Groundwork"
      ? rng.weighted({ Fluvius: 34, Proximus: 17, Telenet: 10, Wyre: 8, Orange: 6, [m.waterCompany]: 25 })
      : m.authority;
  const owner = organisation(ownerName);
  const what =
    type === "Groundwork"
      ? rng.pick(UTILITIES[ownerName] ?? ["nutswerken"])
      : type === "Work"
        ? rng.pick(WORK_KINDS)
        : rng.pick(EVENT_KINDS);

  // Period consistent with the status relative to now.
  const [dMin, dMax] = DURATION_DAYS[kind];
  const days = rng.int(dMin, dMax);
  const today = Math.floor(nowMs / DAY) * DAY;
  let startDay: number;
  if (statusKey === "uitgevoerd" || statusKey === "nietUitgevoerd")
    startDay = today - (days + rng.int(1, 300)) * DAY;
  else if (statusKey === "inUitvoering") startDay = today - rng.int(0, days - 1) * DAY;
  else if (statusKey === "inOpmaak") startDay = today + rng.int(10, 180) * DAY;
  else startDay = today + rng.int(1, kind === "categorie1" ? 180 : 90) * DAY;
  const startMs = startDay + 6 * 3_600_000;
  const endMs = startDay + (days - 1) * DAY + 16 * 3_600_000;

  const [leadMin, leadMax] = LEAD_DAYS[kind];
  const createdMs = Math.min(
    startMs - rng.int(leadMin, leadMax) * DAY - rng.int(0, 86_399_999),
    nowMs - 3_600_000,
  );
  const created = randomStamp(rng, createdMs, createdMs);
  // Finished works were last touched after their end (status set to Uitgevoerd / Niet uitgevoerd).
  const finished = statusKey === "uitgevoerd" || statusKey === "nietUitgevoerd";
  const modified = randomStamp(
    rng,
    finished ? Math.max(createdMs, Math.min(endMs, nowMs - 120_000)) : createdMs,
    nowMs - 60_000,
  );

  // Geometry: a rotated rectangle anchored inside the postcode disc.
  const anchor = pointInDisc(rng, areaCentreLambert(area), area.radiusM);
  const [lMin, lMax, wMin, wMax] = SIZES[kind];
  const length = lMin + rng.next() * (lMax - lMin);
  const width = wMin + rng.next() * (wMax - wMin);
  const angle = rng.next() * Math.PI;
  const ring = rectangle(anchor, length, width, angle);
  const consequences = seed.hindranceId !== undefined ? pickConsequences(rng, kind) : [];

  const base = `/api/v1/${type === "Groundwork" ? "groundworks" : type === "Work" ? "works" : "events"}/${gipodId}`;
  const year = new Date(createdMs).getUTCFullYear();
  const reference =
    type !== "Groundwork"
      ? `${type === "Work" ? "WRK" : "EVT"}${year}-${String(rng.int(1, 99_999)).padStart(5, "0")}`
      : m.niscode === "11002"
        ? `BONU${year}${String(rng.int(1, 9999)).padStart(4, "0")}`
        : `GW${year}-${String(rng.int(1, 999_999)).padStart(6, "0")}`;
  const zone: WireZone = {
    "@id": `${base}/zones/${randomUuid(rng)}`,
    "@type": "Zone",
    geometry: { "@type": "Geometry", wkt: polygonWkt(ring) },
    zoneType: ref(ZONETYPES.werfzone),
    consequence: consequences,
  };
  const item: OccupancyItem = {
    "@id": base,
    "@type": type,
    gipodId,
    identifier: [gipodIdentifier(gipodId)],
    description: `${area.postcode} ${m.name}, ${street} ${housenumber} – ${what}`,
    reference,
    owner: organisationRef(owner),
    contactOrganisation: [contactOrganisation(base, owner.preferredName, owner.email, owner.website, rng)],
    status: ref(STATUSES[statusKey]),
    category: categoryKey ? ref(CATEGORIES[categoryKey]) : null,
    specification:
      type === "Groundwork"
        ? [
            ref(
              what.startsWith("aansluiting")
                ? SPECIFICATIONS.aansluiting
                : what.startsWith("herstelling")
                  ? SPECIFICATIONS.herstelling
                  : SPECIFICATIONS.distributienet,
            ),
          ]
        : [],
    isRelocationGroundwork: categoryKey === "categorie1" && rng.chance(0.1),
    estimatedDuration: `P${days}D`,
    period: [{ "@type": "Period", start: isoSeconds(startMs), end: isoSeconds(endMs) }],
    zone: [zone],
    addressRepresentation: {
      streetname: street,
      housenumber,
      postalcode: area.postcode,
      municipalityName: m.name,
      country: "BE",
    },
    nisCode: m.niscode,
    hasConsequence:
      seed.hindranceId !== undefined ? [{ "@id": `/api/v1/mobility-hindrances/${seed.hindranceId}` }] : [],
    permittedBy:
      seed.permitId !== undefined && seed.hindranceId !== undefined
        ? [
            {
              "@id": `/api/v1/mobility-hindrances/${seed.hindranceId}/signaling-permits/${seed.permitId}`,
              "@type": "SignalingPermit",
              gipodId: seed.permitId,
            },
          ]
        : [],
    createdOn: formatStamp(created),
    lastModifiedOn: formatStamp(modified),
  };
  return {
    item,
    area,
    ring,
    anchor,
    angle,
    statusKey,
    categoryKey,
    createdMs,
    modifiedMs: modified.ms,
    consequences,
  };
}

/** GIPOD's `identifier[]` entry for a gipodId. */
export function gipodIdentifier(gipodId: number): WireIdentifier {
  return {
    "@type": "Identifier",
    "Identifier.identifier": { value: String(gipodId), type: "gipodId" },
    assignedByName: "https://gipod.vlaanderen.be",
  };
}

function contactOrganisation(
  base: string,
  name: string,
  email: string,
  website: string,
  rng: Prng,
): WireContactOrganisation {
  return {
    "@id": `${base}/contactorganisations/${randomUuid(rng)}`,
    "@type": "ContactOrganisationInRole",
    preferredName: name,
    role: ref(CONTACT_ROLE),
    contactInformation: { "@type": "ContactInfoPublic", email, website, isPublic: true },
  };
}

/** A v4-shaped UUID drawn from the seeded generator. */
export function randomUuid(rng: Prng): string {
  let hex = "";
  for (let i = 0; i < 4; i++)
    hex += Math.floor(rng.next() * 4294967296)
      .toString(16)
      .padStart(8, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${"89ab"[rng.int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** ISO instant without milliseconds (`2025-03-10T06:00:00Z`), as GIPOD periods are written. */
export function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
