import type { Klacht, Vaststelling } from "@digitale-nuts/oslo";
import type { PlanningWork } from "./planning-work.js";
import type { NokHistory } from "./score-works.js";

/**
 * NOK history per utility and per contractor from findings: one inspection per finding (withdrawn ones left out),
 * NOK when any answer is NOK. The utility comes from the finding's context, else from the work it refers to.
 * @example
 * const { nokByUtility, nokByContractor } = nokHistoryFromFindings(vaststellingen, works);
 */
export function nokHistoryFromFindings(
  findings: readonly Vaststelling[],
  works: readonly PlanningWork[] = [],
): { nokByUtility: Record<string, NokHistory>; nokByContractor: Record<string, NokHistory> } {
  const byGipod = new Map(works.filter((w) => w.gipodId).map((w) => [w.gipodId as string, w]));
  const byId = new Map(works.map((w) => [w.id, w]));
  const nokByUtility: Record<string, { inspections: number; nok: number }> = {};
  const nokByContractor: Record<string, { inspections: number; nok: number }> = {};
  const count = (
    into: Record<string, { inspections: number; nok: number }>,
    key: string | undefined,
    nok: boolean,
  ) => {
    if (!key) return;
    const h = into[key] ?? { inspections: 0, nok: 0 };
    into[key] = h;
    h.inspections++;
    if (nok) h.nok++;
  };
  for (const f of findings) {
    if (f.registratiestatus === "withdrawn" || f.registratiestatus === "draft") continue;
    const work =
      (f.context.werkId ? byId.get(f.context.werkId) : undefined) ??
      (f.context.gipodId ? byGipod.get(f.context.gipodId) : undefined);
    const nok = f.antwoorden.some((a) => a.resultaat === "NOK");
    count(nokByUtility, f.context.nutsbedrijf ?? work?.utility, nok);
    count(nokByContractor, f.aannemer ?? work?.contractor, nok);
  }
  return { nokByUtility, nokByContractor };
}

/**
 * Open complaints per work id (complaints not yet resolved, matched on GIPOD id).
 * @example
 * const openComplaints = openComplaintsFromKlachten(klachten, works);
 * scoreWorks(works, antwerpenProfile, { date: "2026-03-10", openComplaints });
 */
export function openComplaintsFromKlachten(
  complaints: readonly Klacht[],
  works: readonly PlanningWork[],
): Record<string, number> {
  const byGipod = new Map(works.filter((w) => w.gipodId).map((w) => [w.gipodId as string, w.id]));
  const open: Record<string, number> = {};
  for (const k of complaints) {
    if (k.status === "afgehandeld" || !k.gipodId) continue;
    const workId = byGipod.get(k.gipodId);
    if (workId) open[workId] = (open[workId] ?? 0) + 1;
  }
  return open;
}
