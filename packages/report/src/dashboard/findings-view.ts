import { type FindingRecord, scoreChecklist } from "@digitale-nuts/findings";
import { Vaststellingsstatussen } from "@digitale-nuts/oslo";
import type { DayPlan } from "@digitale-nuts/prioritisation";
import { type FindingLike, vaststellingOf } from "../datasets/finding-input.js";
import { assertPseudonymous } from "../privacy.js";
import type { CategoryCount } from "./charts.js";
import type { MapPoint } from "./map-chart.js";

const recordOf = (f: FindingLike): FindingRecord =>
  ({ vaststelling: vaststellingOf(f), meta: {}, audit: [] }) as FindingRecord;

/** Findings (not withdrawn) per follow-up status, in the code list's order; unknown codes last. */
export function countByStatus(findings: readonly FindingLike[]): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const v = vaststellingOf(f);
    if (v.registratiestatus === "withdrawn") continue;
    counts.set(v.status, (counts.get(v.status) ?? 0) + 1);
  }
  const known: string[] = [...Vaststellingsstatussen.codes];
  const codes = [...known, ...[...counts.keys()].filter((c) => !known.includes(c)).sort()];
  return codes.map((code) => {
    const concept = Vaststellingsstatussen.lookup(code);
    return { code, label: concept.unknown ? code : concept.prefLabel.nl, count: counts.get(code) ?? 0 };
  });
}

/**
 * Open NOKs as map points: findings with a NOK (findings' `scoreChecklist`) that are neither closed
 * nor withdrawn, the same criteria as kpi's `open_nok_items`.
 */
export function openNokPoints(findings: readonly FindingLike[]): MapPoint[] {
  const points: MapPoint[] = [];
  for (const f of findings) {
    const v = vaststellingOf(f);
    if (v.status === "afgesloten" || v.registratiestatus === "withdrawn") continue;
    const { nokCount } = scoreChecklist(recordOf(f));
    if (nokCount === 0) continue;
    points.push({
      kind: "open_nok",
      id: v.vaststellingId,
      lat: v.context.locatie.breedtegraad,
      lon: v.context.locatie.lengtegraad,
      detail: `${nokCount} NOK · ${v.context.gipodId ?? v.context.werkId ?? "vrij"} · ${v.status}`,
    });
  }
  return points;
}

/** The plan's assigned visits as map points, by inspector id then assignment order; ids must be pseudonyms. */
export function visitPoints(plan: DayPlan): MapPoint[] {
  const points: MapPoint[] = [];
  for (const inspectorId of Object.keys(plan.assignments).sort()) {
    assertPseudonymous(inspectorId, `dashboard plan ${plan.date}, inspector`);
    for (const a of plan.assignments[inspectorId] ?? []) {
      points.push({
        kind: "bezoek",
        id: a.id,
        lat: a.location.lat,
        lon: a.location.lon,
        detail: `${a.workId} · ${a.visitType}${a.mandatory ? " · verplicht" : ""} · ${a.inspectorId}`,
      });
    }
  }
  return points;
}
