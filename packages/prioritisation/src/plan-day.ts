import { buildCandidates, followUpsDue, type VisitCandidate, type VisitType } from "./cadence.js";
import { createWorkingCalendar, type WorkingCalendar } from "./calendar.js";
import { toDayNumber } from "./dates.js";
import { PrioritisationError } from "./errors.js";
import { type Exclusion, filterWorks } from "./filter-works.js";
import { haversineKm, type LatLon } from "./geo.js";
import { availableInspectors, type Geography, geographyOf, type UnavailableInspector } from "./inspectors.js";
import { categoryCode, type PlanningWork } from "./planning-work.js";
import type { CityProfile, InspectorProfile, WorkFilter } from "./profile.js";
import type { Reason } from "./reason.js";

/**
 * What the day's plan needs besides works and profile: history and the dispatcher's decisions.
 * @example
 * const context: PlanContext = {
 *   firstInspectorByWorkId,
 *   manualInspectorByWorkId: { "gipod-19170001": "I2" },
 *   unavailableInspectorIds: ["I5"],
 * };
 */
export interface PlanContext {
  /** The first inspector ever assigned per work id (continuity; DN `dn_dispatch_first_inspector_v1`). */
  readonly firstInspectorByWorkId?: Readonly<Record<string, string>>;
  /** The dispatcher's manual choice per work id; ignored when that inspector is absent or inactive. */
  readonly manualInspectorByWorkId?: Readonly<Record<string, string>>;
  /** Inspectors not deployable today, besides the profile's absences and active windows. */
  readonly unavailableInspectorIds?: readonly string[];
  /** Absences entered today, per inspector id. */
  readonly absences?: Readonly<Record<string, readonly { start: string; end: string }[]>>;
  /** Visits already assigned this ISO week per inspector (weekly fairness). */
  readonly weeklyAssignedVisits?: Readonly<Record<string, number>>;
  /** Overrides of the profile's work filter. */
  readonly filter?: Partial<WorkFilter>;
  /** A calendar to reuse across calls (built from the profile otherwise). */
  readonly calendar?: WorkingCalendar;
}

/**
 * DN's assignment role label.
 * @example
 * const role: AssignmentRole = "DEDICATED"; // the work's postcode is one of the inspector's primary postcodes
 */
export type AssignmentRole = "DEDICATED" | "BACKUP" | "RESERVE";
/**
 * The pool an inspector was picked from.
 * @example
 * const pool: PoolName = "emergency";
 * const emergency = Object.values(plan.assignments).flat().filter((a) => a.pool === pool);
 */
export type PoolName = "manual" | "primary" | "backup" | "reserve" | "emergency";

/**
 * A visit assigned to an inspector, with the score that chose the inspector, explained.
 * @example
 * const visits: readonly Assignment[] = plan.assignments.I1 ?? [];
 * for (const a of visits) console.log(a.workId, a.visitType, a.pool, a.loadAfter, a.score);
 */
export interface Assignment {
  readonly id: string;
  readonly workId: string;
  readonly gipodId?: string;
  readonly postcode: string;
  readonly location: LatLon;
  readonly visitType: VisitType;
  readonly mandatory: boolean;
  readonly priority: number;
  readonly candidateSource: VisitCandidate["source"];
  readonly permitTier: 0 | 1 | 2;
  readonly inspectorId: string;
  readonly role: AssignmentRole;
  readonly source: "AUTO" | "MANUAL";
  readonly pool: PoolName;
  /** Whether the pick was made in an overflow step (soft limit lifted). */
  readonly overflow: boolean;
  readonly visitLoad: number;
  readonly loadBefore: number;
  readonly loadAfter: number;
  /** Inspector score, rounded to 0.1 (the sum of `explanation` contributions). */
  readonly score: number;
  readonly explanation: readonly Reason[];
}

/**
 * A weekly hand-over follow-up (mail/phone), not a field visit.
 * @example
 * const followUps: readonly FollowUp[] = plan.followUps.I1 ?? [];
 * followUps.map((f) => `${f.workId}: ${f.daysSinceEnd} days after the end (${f.via})`);
 */
export interface FollowUp {
  readonly id: string;
  readonly workId: string;
  readonly inspectorId: string;
  readonly daysSinceEnd: number;
  readonly reason: string;
  /** How the inspector was chosen. */
  readonly via: "preferred" | "primary" | "backup" | "nearest";
}

/**
 * A candidate no inspector could take.
 * @example
 * const full: UnassignedVisit[] = plan.unassigned.filter((u) => u.reason === "capacity");
 */
export interface UnassignedVisit {
  readonly workId: string;
  readonly visitType: VisitType;
  readonly mandatory: boolean;
  readonly priority: number;
  /** `capacity`: every eligible inspector is full; `no_eligible_inspector`: no pool has anyone for this postcode. */
  readonly reason: "capacity" | "no_eligible_inspector";
}

/**
 * Day totals (DN `totals`).
 * @example
 * const { plannedVisits, unassignedVisits, withoutPermitSharePct }: PlanTotals = plan.totals;
 */
export interface PlanTotals {
  readonly activeWorks: number;
  readonly candidates: number;
  readonly plannedVisits: number;
  readonly mandatoryVisits: number;
  readonly optionalVisits: number;
  readonly unassignedVisits: number;
  readonly overflowInspectors: number;
  readonly followUps: number;
  readonly approvedPermitVisits: number;
  readonly permitBackedVisits: number;
  readonly withoutPermitVisits: number;
  readonly withoutPermitSharePct: number;
}

/**
 * The plan for one day.
 * @example
 * const plan: DayPlan = planDay("2026-03-10", works, antwerpenProfile);
 * if (plan.isWorkingDay) console.log(plan.totals.plannedVisits, plan.loads);
 */
export interface DayPlan {
  readonly date: string;
  readonly isWorkingDay: boolean;
  /** Candidates in the order they were assigned. */
  readonly candidates: readonly {
    readonly workId: string;
    readonly visitType: VisitType;
    readonly mandatory: boolean;
    readonly priority: number;
    readonly source: VisitCandidate["source"];
    readonly permitTier: 0 | 1 | 2;
    readonly strategicPriority: number;
  }[];
  /** Every profile inspector, with their visits in assignment order (empty when unavailable). */
  readonly assignments: Readonly<Record<string, readonly Assignment[]>>;
  readonly followUps: Readonly<Record<string, readonly FollowUp[]>>;
  readonly unassigned: readonly UnassignedVisit[];
  readonly unavailableInspectors: readonly UnavailableInspector[];
  /** The continuity inspector per work in scope. */
  readonly preferredInspectorByWorkId: Readonly<Record<string, string>>;
  readonly excluded: readonly Exclusion[];
  /** End-of-day load per deployable inspector. */
  readonly loads: Readonly<Record<string, number>>;
  readonly totals: PlanTotals;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

interface InspectorState {
  readonly inspector: InspectorProfile;
  readonly index: number;
  readonly soft: number;
  readonly hard: number;
  readonly primary: ReadonlySet<string>;
  readonly backup: ReadonlySet<string>;
  readonly home: LatLon;
  load: number;
  latSum: number;
  lonSum: number;
  count: number;
  weekly: number;
  readonly postcodes: Set<string>;
}

interface Pools {
  readonly primary: InspectorState[];
  readonly backup: InspectorState[];
  readonly reserve: InspectorState[];
  readonly emergency: InspectorState[];
}

/**
 * Plans one day: filters works, builds cadence candidates, orders them, and assigns each to an inspector through
 * DN_DISPATCH's pools (manual → primary → backup → reserve → emergency for mandatory visits), capacity with
 * overflow, and inspector score; then the weekly hand-over follow-ups. Deterministic: same input, same plan.
 * @example
 * const plan = planDay("2026-03-10", works, antwerpenProfile, { firstInspectorByWorkId });
 * for (const visit of plan.assignments.I1 ?? []) console.log(visit.workId, visit.score, visit.explanation);
 */
export function planDay(
  date: string,
  works: readonly PlanningWork[],
  profile: CityProfile,
  context: PlanContext = {},
): DayPlan {
  const day = toDayNumber(date, "date");
  assertUniqueIds(works);
  const calendar = context.calendar ?? createWorkingCalendar(profile.calendar);
  const isWorkingDay = calendar.isWorkingDayNumber(day);
  const geo = geographyOf(profile);
  const { included, excluded } = filterWorks(works, { ...profile.filter, ...context.filter });
  const { active, unavailable } = availableInspectors(
    profile,
    day,
    context.unavailableInspectorIds,
    context.absences,
  );

  const states = active.map((inspector, index) =>
    inspectorState(inspector, index, profile, geo, context.weeklyAssignedVisits),
  );
  const stateById = new Map(states.map((s) => [s.inspector.id, s]));
  const preferred = preferredInspectors(included, states, geo, context.firstInspectorByWorkId ?? {});

  const assignments: Record<string, Assignment[]> = {};
  const followUps: Record<string, FollowUp[]> = {};
  for (const inspector of profile.inspectors) {
    assignments[inspector.id] = [];
    followUps[inspector.id] = [];
  }
  const unassigned: UnassignedVisit[] = [];
  const candidates = isWorkingDay
    ? buildCandidates(included, day, calendar, profile.cadence, profile.dispatch)
    : [];
  const activeWorks = isWorkingDay ? countActive(included, day) : 0;
  const assigner = createAssigner(profile, geo, states);
  let openInspectors = states.filter((s) => s.load < s.hard).length;

  for (const candidate of candidates) {
    const manualId = context.manualInspectorByWorkId?.[candidate.work.id];
    const manual = manualId === undefined ? undefined : stateById.get(manualId);
    const preferredId = manual ? manual.inspector.id : (manualId ?? preferred[candidate.work.id]);
    const pick = openInspectors > 0 ? assigner.pick(candidate, manual, preferredId) : undefined;
    if (!pick) {
      unassigned.push({
        workId: candidate.work.id,
        visitType: candidate.visitType,
        mandatory: candidate.mandatory,
        priority: candidate.priority,
        reason: assigner.hasEligible(candidate, manual) ? "capacity" : "no_eligible_inspector",
      });
      continue;
    }
    const assignment = assigner.commit(candidate, pick, date);
    if (pick.state.load >= pick.state.hard) openInspectors--;
    assignments[pick.state.inspector.id]?.push(assignment);
  }

  if (isWorkingDay && states.length > 0) {
    for (const { work, daysSinceEnd } of followUpsDue(included, day, calendar, profile.cadence)) {
      const { state, via } = followUpInspector(work, states, stateById, preferred, geo);
      followUps[state.inspector.id]?.push({
        id: `${work.id}-${date}-followup-${state.inspector.id}`,
        workId: work.id,
        inspectorId: state.inspector.id,
        daysSinceEnd,
        reason: profile.cadence.followUp.reason,
        via,
      });
    }
  }

  const all = Object.values(assignments).flat();
  const planned = all.length;
  const mandatory = all.filter((a) => a.mandatory).length;
  const permitBacked = all.filter((a) => a.permitTier > 0).length;
  const withoutPermit = planned - permitBacked;
  const loads: Record<string, number> = {};
  for (const s of states) loads[s.inspector.id] = round(s.load);
  return {
    date,
    isWorkingDay,
    candidates: candidates.map((c) => ({
      workId: c.work.id,
      visitType: c.visitType,
      mandatory: c.mandatory,
      priority: c.priority,
      source: c.source,
      permitTier: c.permitTier,
      strategicPriority: c.strategicPriority,
    })),
    assignments,
    followUps,
    unassigned,
    unavailableInspectors: unavailable,
    preferredInspectorByWorkId: preferred,
    excluded,
    loads,
    totals: {
      activeWorks,
      candidates: candidates.length,
      plannedVisits: planned,
      mandatoryVisits: mandatory,
      optionalVisits: planned - mandatory,
      unassignedVisits: unassigned.length,
      overflowInspectors: states.filter((s) => s.load > s.soft).length,
      followUps: Object.values(followUps).reduce((n, f) => n + f.length, 0),
      approvedPermitVisits: all.filter((a) => a.permitTier === 2).length,
      permitBackedVisits: permitBacked,
      withoutPermitVisits: withoutPermit,
      withoutPermitSharePct: planned > 0 ? round((withoutPermit / planned) * 100, 1) : 0,
    },
  };
}

function assertUniqueIds(works: readonly PlanningWork[]): void {
  const seen = new Set<string>();
  for (const [i, work] of works.entries()) {
    if (seen.has(work.id)) {
      throw new PrioritisationError(
        "PRIORITISATION_INPUT_INVALID",
        `works[${i}].id: duplicate work id ${JSON.stringify(work.id)}; give every work a unique id`,
      );
    }
    seen.add(work.id);
  }
}

function countActive(works: readonly PlanningWork[], day: number): number {
  let n = 0;
  for (const w of works) if (toDayNumber(w.startDate) <= day && day <= toDayNumber(w.endDate)) n++;
  return n;
}

function inspectorState(
  inspector: InspectorProfile,
  index: number,
  profile: CityProfile,
  geo: Geography,
  weekly: Readonly<Record<string, number>> | undefined,
): InspectorState {
  const soft = inspector.softDailyLimit ?? profile.capacity.softDailyLimit;
  // As DN: an overridden hard limit is raised to the soft limit; a default one is not.
  const hard =
    inspector.hardDailyLimit === undefined
      ? profile.capacity.hardDailyLimit
      : Math.max(inspector.hardDailyLimit, soft);
  const seeded = Number(weekly?.[inspector.id]);
  return {
    inspector,
    index,
    soft,
    hard,
    primary: new Set(inspector.primaryPostcodes),
    backup: new Set(inspector.backupPostcodes),
    home: geo.homeOf(inspector),
    load: round(inspector.fixedDailyLoad),
    latSum: 0,
    lonSum: 0,
    count: 0,
    weekly: Number.isFinite(seeded) ? Math.max(0, Math.round(seeded)) : 0,
    postcodes: new Set(),
  };
}

/**
 * Continuity (DN `buildPreferredInspectorMap`): per work, a valid sticky first inspector wins,
 * else the best by role rank (primary, backup, other, reserve), distance to the inspector's home (0.001 km
 * tolerance), then id.
 */
function preferredInspectors(
  works: readonly PlanningWork[],
  states: readonly InspectorState[],
  geo: Geography,
  sticky: Readonly<Record<string, string>>,
): Record<string, string> {
  const valid = new Set(states.map((s) => s.inspector.id));
  // Role rank is fixed per postcode, so only the best-ranked group needs distances.
  const groups = new Map<string, { rank: number; members: InspectorState[] }>();
  const groupFor = (postcode: string) => {
    let group = groups.get(postcode);
    if (!group) {
      let rank = 4;
      let members: InspectorState[] = [];
      for (const s of states) {
        const r = s.primary.has(postcode) ? 0 : s.backup.has(postcode) ? 1 : s.inspector.isReserve ? 3 : 2;
        if (r < rank) {
          rank = r;
          members = [s];
        } else if (r === rank) members.push(s);
      }
      group = { rank, members };
      groups.set(postcode, group);
    }
    return group;
  };
  const preferred: Record<string, string> = {};
  // DN walks works by start date; each work's choice is independent of the others, so input order is kept.
  for (const work of works) {
    const stickyId = sticky[work.id];
    if (stickyId !== undefined && valid.has(stickyId)) {
      preferred[work.id] = stickyId;
      continue;
    }
    const point = geo.locate(work);
    let best: InspectorState | undefined;
    let bestKm = 0;
    for (const s of groupFor(work.postcode).members) {
      const km = haversineKm(point, s.home);
      if (
        best === undefined ||
        km - bestKm < -0.001 ||
        (Math.abs(km - bestKm) <= 0.001 && s.inspector.id.localeCompare(best.inspector.id, "nl-BE") < 0)
      ) {
        best = s;
        bestKm = km;
      }
    }
    if (best) preferred[work.id] = best.inspector.id;
  }
  return preferred;
}

interface Pick {
  readonly state: InspectorState;
  readonly score: number;
  readonly pool: PoolName;
  readonly overflow: boolean;
  readonly preferredId: string | undefined;
}

function createAssigner(profile: CityProfile, geo: Geography, states: readonly InspectorState[]) {
  const w = profile.dispatch.inspectorScore;
  const { capacity } = profile;
  const poolCache = new Map<string, Pools>();
  const hasExplicitReserve = states.some((s) => s.inspector.isReserve);

  const poolsFor = (postcode: string): Pools => {
    let pools = poolCache.get(postcode);
    if (pools) return pools;
    const primary = states.filter((s) => !s.inspector.isReserve && s.primary.has(postcode));
    const backup = states.filter(
      (s) => !s.inspector.isReserve && !s.primary.has(postcode) && s.backup.has(postcode),
    );
    if (primary.length + backup.length === states.length) {
      pools = { primary, backup, reserve: [], emergency: [] };
    } else {
      const inPool = new Set([...primary, ...backup]);
      const rest = states.filter((s) => !inPool.has(s));
      pools = {
        primary,
        backup,
        reserve: rest.filter((s) => s.inspector.isReserve),
        emergency: hasExplicitReserve ? [] : rest,
      };
    }
    poolCache.set(postcode, pools);
    return pools;
  };

  const visitLoadOf = (work: PlanningWork, state: InspectorState): number => {
    const complex = capacity.complexCategories.includes(categoryCode(work.category));
    const base = complex ? capacity.complexVisitWeight : capacity.standardVisitWeight;
    return round(clamp(base / clamp(state.inspector.experienceFactor, 0.5, 1.5), 0.25, 4));
  };

  const centroidOf = (s: InspectorState): LatLon =>
    s.count > 0 ? { lat: s.latSum / s.count, lon: s.lonSum / s.count } : s.home;

  /** The inspector score as DN computes it, factor by factor (same order of floating-point operations). */
  const explain = (
    candidate: VisitCandidate,
    s: InspectorState,
    preferredId: string | undefined,
    weeklyBaseline: number,
  ): Reason[] => {
    const work = candidate.work;
    const isPrimary = s.primary.has(work.postcode);
    const isBackup = !isPrimary && s.backup.has(work.postcode);
    const isPreferred = preferredId !== undefined && s.inspector.id === preferredId;
    const reasons: Reason[] = [];
    const roleWeight = isPrimary ? w.primary : isBackup ? w.backup : w.outsideArea;
    reasons.push({
      factor: "role",
      value: isPrimary ? "primary" : isBackup ? "backup" : "other",
      weight: roleWeight,
      contribution: roleWeight,
    });
    if (isPreferred)
      reasons.push({
        factor: "preferredInspector",
        value: true,
        weight: w.preferred,
        contribution: w.preferred,
      });
    if (s.postcodes.size > 0) {
      if (s.postcodes.has(work.postcode))
        reasons.push({
          factor: "samePostcode",
          value: true,
          weight: w.samePostcode,
          contribution: w.samePostcode,
        });
      else if (!isPrimary && !isBackup)
        reasons.push({
          factor: "foreignPostcode",
          value: true,
          weight: w.foreignPostcode,
          contribution: w.foreignPostcode,
        });
    }
    const km = haversineKm(geo.locate(work), centroidOf(s));
    const perKm = isPrimary
      ? w.distancePerKmPrimary
      : isBackup
        ? w.distancePerKmBackup
        : w.distancePerKmOther;
    reasons.push({ factor: "distanceKm", value: km, weight: -perKm, contribution: -(km * perKm) });
    reasons.push({
      factor: "load",
      value: s.load,
      weight: -w.loadPerUnit,
      contribution: -(s.load * w.loadPerUnit),
    });
    if (s.load > 0 && !isPrimary && !isBackup && !isPreferred) {
      reasons.push({
        factor: "outsideAreaLoad",
        value: true,
        weight: -w.outsideAreaLoadPenalty,
        contribution: -w.outsideAreaLoadPenalty,
      });
    }
    if (candidate.mandatory)
      reasons.push({ factor: "mandatoryVisit", value: true, weight: w.mandatory, contribution: w.mandatory });
    if (w.weeklyFairness > 0) {
      const delta = Math.max(0, s.weekly - weeklyBaseline);
      if (delta > 0)
        reasons.push({
          factor: "weeklyFairness",
          value: delta,
          weight: -w.weeklyFairness,
          contribution: -(delta * w.weeklyFairness),
        });
    }
    return reasons;
  };

  const sum = (reasons: readonly Reason[]) => {
    let score = 0;
    for (const r of reasons) score += r.contribution;
    return score;
  };

  const fits = (candidate: VisitCandidate, s: InspectorState, overflow: boolean) => {
    if (s.load >= s.hard) return false;
    if (!overflow && s.load >= s.soft) return false;
    if (capacity.strictHardLimit && s.load + visitLoadOf(candidate.work, s) > s.hard + 1e-9) return false;
    return true;
  };

  const pickIn = (
    candidate: VisitCandidate,
    pool: readonly InspectorState[],
    overflow: boolean,
    preferredId: string | undefined,
  ) => {
    let baseline = Number.POSITIVE_INFINITY;
    for (const s of pool) baseline = Math.min(baseline, s.weekly);
    if (!Number.isFinite(baseline)) baseline = 0;
    let best: InspectorState | undefined;
    let bestScore = 0;
    for (const s of pool) {
      if (!fits(candidate, s, overflow)) continue;
      const score = sum(explain(candidate, s, preferredId, baseline));
      if (best === undefined || score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return best ? { state: best, score: bestScore, baseline } : undefined;
  };

  const stepCache = new Map<string, [PoolName, readonly InspectorState[], boolean][]>();
  const steps = (candidate: VisitCandidate, manual: InspectorState | undefined) => {
    const key = `${candidate.work.postcode}|${candidate.mandatory ? 1 : 0}`;
    if (!manual) {
      const cached = stepCache.get(key);
      if (cached) return cached;
    }
    const pools = poolsFor(candidate.work.postcode);
    const order: [PoolName, readonly InspectorState[], boolean][] = [];
    if (manual) order.push(["manual", [manual], true]);
    order.push(["primary", pools.primary, false], ["primary", pools.primary, true]);
    order.push(["backup", pools.backup, false], ["backup", pools.backup, true]);
    order.push(["reserve", pools.reserve, false], ["reserve", pools.reserve, true]);
    // Emergency path: mandatory visits only, and only when no explicit reserve pool exists.
    if (candidate.mandatory)
      order.push(["emergency", pools.emergency, false], ["emergency", pools.emergency, true]);
    if (!manual) stepCache.set(key, order);
    return order;
  };

  return {
    hasEligible(candidate: VisitCandidate, manual: InspectorState | undefined): boolean {
      return steps(candidate, manual).some(([, pool]) => pool.length > 0);
    },
    pick(
      candidate: VisitCandidate,
      manual: InspectorState | undefined,
      preferredId: string | undefined,
    ): Pick | undefined {
      for (const [pool, members, overflow] of steps(candidate, manual)) {
        if (members.length === 0) continue;
        const hit = pickIn(candidate, members, overflow, preferredId);
        if (hit) return { state: hit.state, score: hit.score, pool, overflow, preferredId };
      }
      return undefined;
    },
    commit(candidate: VisitCandidate, pick: Pick, date: string): Assignment {
      const s = pick.state;
      const work = candidate.work;
      let baseline = Number.POSITIVE_INFINITY;
      for (const member of pick.pool === "manual" ? [s] : poolMembers(poolsFor(work.postcode), pick.pool))
        baseline = Math.min(baseline, member.weekly);
      const explanation = explain(candidate, s, pick.preferredId, Number.isFinite(baseline) ? baseline : 0);
      const visitLoad = visitLoadOf(work, s);
      const loadBefore = s.load;
      const location = geo.locate(work);
      s.load = loadBefore + visitLoad;
      s.weekly += 1;
      s.latSum += location.lat;
      s.lonSum += location.lon;
      s.count += 1;
      s.postcodes.add(work.postcode);
      const isPrimary = s.primary.has(work.postcode);
      return {
        id: `${work.id}-${date}-${candidate.visitType}-${s.inspector.id}`,
        workId: work.id,
        ...(work.gipodId === undefined ? {} : { gipodId: work.gipodId }),
        postcode: work.postcode,
        location,
        visitType: candidate.visitType,
        mandatory: candidate.mandatory,
        priority: candidate.priority,
        candidateSource: candidate.source,
        permitTier: candidate.permitTier,
        inspectorId: s.inspector.id,
        role: s.inspector.isReserve
          ? "RESERVE"
          : isPrimary
            ? "DEDICATED"
            : s.backup.has(work.postcode)
              ? "BACKUP"
              : "RESERVE",
        source: pick.pool === "manual" ? "MANUAL" : "AUTO",
        pool: pick.pool,
        overflow: pick.overflow,
        visitLoad,
        loadBefore: round(loadBefore),
        loadAfter: round(s.load),
        score: Math.round(pick.score * 10) / 10,
        explanation,
      };
    },
  };
}

function poolMembers(pools: Pools, name: PoolName): readonly InspectorState[] {
  return name === "primary"
    ? pools.primary
    : name === "backup"
      ? pools.backup
      : name === "reserve"
        ? pools.reserve
        : pools.emergency;
}

/** DN `pickInspectorForFollowUp`: preferred, else first primary, else first backup, else nearest home. */
function followUpInspector(
  work: PlanningWork,
  states: readonly InspectorState[],
  byId: ReadonlyMap<string, InspectorState>,
  preferred: Readonly<Record<string, string>>,
  geo: Geography,
): { state: InspectorState; via: FollowUp["via"] } {
  const p = preferred[work.id];
  const pref = p === undefined ? undefined : byId.get(p);
  if (pref) return { state: pref, via: "preferred" };
  const primary = states.find((s) => s.primary.has(work.postcode));
  if (primary) return { state: primary, via: "primary" };
  const backup = states.find((s) => s.backup.has(work.postcode));
  if (backup) return { state: backup, via: "backup" };
  const point = geo.locate(work);
  let best = states[0] as InspectorState;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const s of states) {
    const km = haversineKm(point, s.home);
    if (km < bestKm) {
      best = s;
      bestKm = km;
    }
  }
  return { state: best, via: "nearest" };
}
