import { lineWkt, polygonWkt, rectangle } from "./lambert-shapes.js";
import type { OccupancyFacts } from "./occupancy-factory.js";
import { gipodIdentifier, randomStamp, randomUuid } from "./occupancy-factory.js";
import type { Prng } from "./prng.js";
import { ref, STATUSES, ZONETYPES } from "./taxonomies.js";
import { formatStamp, parseStamp } from "./timestamp.js";
import type { DetourItem, HindranceItem, HindranceVersion } from "./wire-types.js";

const EVENTS_IN_ORDER = [
  "MobilityHindranceWasRegistered",
  "MobilityHindranceZoneWasAdded",
  "MobilityHindranceZoneConsequencesWereModified",
  "MobilityHindranceStatusWasUpdated",
] as const;

/** The hindrance an occupancy causes, plus its LDES history (1–4 immutable versions). */
export function buildHindrance(
  rng: Prng,
  facts: OccupancyFacts,
  hindranceId: number,
  nextSeq: () => number,
): { item: HindranceItem; versions: HindranceVersion[] } {
  const occ = facts.item;
  const status =
    facts.statusKey === "geannuleerd"
      ? STATUSES.geannuleerd
      : facts.statusKey === "inOpmaak" || rng.chance(0.1)
        ? STATUSES.inOpmaak
        : STATUSES.gevalideerd;
  const base = `/api/v1/mobility-hindrances/${hindranceId}`;
  const ring = rectangle(facts.anchor, hindranceLength(facts) + 4, hindranceWidth(facts) + 4, facts.angle);
  const zone = {
    "@id": `${base}/zones/${randomUuid(rng)}`,
    "@type": "Zone" as const,
    geometry: { "@type": "Geometry" as const, wkt: polygonWkt(ring) },
    zoneType: ref(ZONETYPES.hinderzone),
    consequence: facts.consequences,
  };
  const item: HindranceItem = {
    "@id": base,
    "@type": "MobilityHindrance",
    gipodId: hindranceId,
    identifier: [gipodIdentifier(hindranceId)],
    isConsequenceOf: [{ "@id": occ["@id"], "@type": occ["@type"], gipodId: occ.gipodId }],
    description: `Hinder door ${occ.description.split(" – ")[1] ?? "werken"}: ${facts.consequences.map((c) => c.prefLabel.toLowerCase()).join(", ")}.`,
    owner: occ.owner,
    contactOrganisation: occ.contactOrganisation,
    zone: [zone],
    period: occ.period,
    timeSchedule: null,
    permittedBy: occ.permittedBy,
    status: ref(status),
    nisCode: occ.nisCode,
    lastModifiedOn: occ.lastModifiedOn,
    lastModifiedBy: occ.owner,
    createdOn: occ.createdOn,
    createdBy: occ.owner,
  };

  // History: k versions between createdOn and lastModifiedOn; the last one is the current state.
  const k = status === STATUSES.gevalideerd ? rng.int(2, 4) : rng.int(1, 3);
  const events: string[] = EVENTS_IN_ORDER.slice(0, k);
  if (status === STATUSES.gevalideerd) events[k - 1] = "MobilityHindranceStatusWasUpdated";
  const fromMs = facts.createdMs;
  const toMs = facts.modifiedMs;
  const times = events.map((_, i) =>
    i === events.length - 1 ? toMs : fromMs + ((toMs - fromMs) * (i + rng.next() * 0.5)) / events.length,
  );
  const versions = events.map((eventName, i): HindranceVersion => {
    const last = i === events.length - 1;
    const stamp = last
      ? (parseStamp(item.lastModifiedOn) ?? randomStamp(rng, toMs, toMs))
      : randomStamp(rng, times[i] ?? toMs, times[i] ?? toMs);
    const state: HindranceItem = last
      ? item
      : {
          ...item,
          status: ref(STATUSES.inOpmaak),
          zone: i === 0 ? [] : [{ ...zone, consequence: i === 1 ? [] : facts.consequences }],
          lastModifiedOn: formatStamp(stamp),
        };
    return { seq: nextSeq(), generatedAtTime: formatStamp(stamp), eventName, state };
  });
  return { item, versions };
}

/** A detour around a closed street: a three-leg line around the hindrance zone. */
export function buildDetour(rng: Prng, facts: OccupancyFacts, hindrance: HindranceItem): DetourItem {
  const [x, y] = facts.anchor;
  const d = 40 + rng.next() * 80;
  const a = facts.angle;
  const along = (t: number, off: number): [number, number] => [
    Math.round((x + t * Math.cos(a) - off * Math.sin(a)) * 100) / 100,
    Math.round((y + t * Math.sin(a) + off * Math.cos(a)) * 100) / 100,
  ];
  const id = randomUuid(rng);
  return {
    "@id": `/api/v1/detours/${id}`,
    "@type": "Detour",
    id,
    hindrance: { "@id": hindrance["@id"], gipodId: hindrance.gipodId },
    description: `Omleiding via parallelle straten (${hindrance.gipodId})`,
    status: { prefLabel: rng.pick(["Voorstel", "In aanvraag", "Vergund"] as const) },
    geometry: { "@type": "Geometry", wkt: lineWkt([along(-d, 0), along(-d, d), along(d, d), along(d, 0)]) },
    lastModifiedOn: hindrance.lastModifiedOn,
  };
}

function hindranceLength(f: OccupancyFacts): number {
  const [p0, p1] = f.ring;
  return p0 && p1 ? Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) : 2;
}

function hindranceWidth(f: OccupancyFacts): number {
  const [, p1, p2] = f.ring;
  return p1 && p2 ? Math.hypot(p2[0] - p1[0], p2[1] - p1[1]) : 1;
}
