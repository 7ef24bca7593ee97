/**
 * Prioritisation benchmarks:
 *  1. planDay for 30,000 active works × 60 inspectors, against a simple baseline that only filters, builds
 *     and sorts the day's candidates (the part every planner needs before assigning anyone).
 *  2. scoreWorks + top-100 for 1,000,000 works, against a hand-written typed-array loop computing the same
 *     weighted sum from the same works, then the same top-k. Target ≤ 2×.
 */
import {
  antwerpenProfile,
  areaImpactScores,
  buildCandidates,
  type CityProfile,
  categoryCode,
  createWorkingCalendar,
  filterWorks,
  type PlanningWork,
  permitStatusCode,
  planDay,
  scoreWorks,
  seededRandom,
  toDayNumber,
  topK,
} from "@digitale-nuts/prioritisation";
import { atMost, type Benchmark, compare } from "./harness.ts";

const DATE = "2026-03-10";
const postcodes = antwerpenProfile.areas.map((a) => a.postcode);
const categories = ["Categorie 1", "Categorie 2", "Categorie 3", "Dringend"];
const permits = ["AFGELEVERD", "IN_VOORBEREIDING", "NIET_VEREIST", "ONBEKEND_MAAR_VERWACHT"];
const utilities = ["fluvius", "proximus", "telenet", "water-link", "wyre"];
const consequences = [
  [],
  ["geen_doorgang_voetgangers"],
  ["afgesloten_een_rijrichting"],
  ["versmalde_rijstroken"],
];
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

function makeWorks(n: number, seed: number): PlanningWork[] {
  const random = seededRandom(seed);
  const today = toDayNumber(DATE);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const start = today - Math.floor(random() * 40);
    const postcode = pick(postcodes);
    const centre =
      antwerpenProfile.areas.find((a) => a.postcode === postcode)?.centroid ?? antwerpenProfile.defaultCenter;
    return {
      id: `w${String(i).padStart(7, "0")}`,
      status: random() < 0.5 ? "VERGUND" : "IN EFFECT",
      category: pick(categories),
      permitStatus: pick(permits),
      postcode,
      startDate: iso(start),
      endDate: iso(today + Math.floor(random() * 60)),
      location: { lat: centre.lat + (random() - 0.5) * 0.02, lon: centre.lon + (random() - 0.5) * 0.03 },
      utility: pick(utilities),
      severeHindrance: random() < 0.1,
      consequences: pick(consequences),
    };
  });
}

function sixtyInspectors(): CityProfile {
  return {
    ...antwerpenProfile,
    inspectors: Array.from({ length: 60 }, (_, i) => ({
      id: `insp-${String(i + 1).padStart(2, "0")}`,
      primaryPostcodes: [postcodes[i % postcodes.length] as string],
      backupPostcodes: [
        postcodes[(i + 3) % postcodes.length] as string,
        postcodes[(i + 7) % postcodes.length] as string,
      ],
      isReserve: i >= 56,
      absences: i % 20 === 0 ? [{ start: DATE, end: DATE }] : [],
      fixedDailyLoad: 0,
      experienceFactor: 1,
    })),
  };
}

/** The same weighted sum as scoreWorks with the given signals, written by hand over typed arrays. */
function handWrittenScores(
  works: readonly PlanningWork[],
  profile: CityProfile,
  nok: Record<string, { inspections: number; nok: number }>,
  complaints: Record<string, number>,
): Float64Array {
  const s = profile.scoring;
  const calendar = createWorkingCalendar(profile.calendar);
  const day = toDayNumber(DATE);
  const impact = areaImpactScores(profile.areas, profile.impact);
  let ins = 0;
  let bad = 0;
  for (const h of Object.values(nok)) {
    ins += h.inspections;
    bad += h.nok;
  }
  const mean = bad / ins;
  const nokValue = new Map(
    Object.entries(nok).map(([u, h]) => [
      u,
      Math.min(
        1,
        Math.max(
          0,
          (0.5 * (h.nok + s.nokPriorStrength * mean)) / (h.inspections + s.nokPriorStrength) / mean,
        ),
      ),
    ]),
  );
  const w = s.weights;
  const total =
    w.visitObligation +
    w.deadlineProximity +
    w.permitStatus +
    w.category +
    w.hindrance +
    w.areaImpact +
    w.utilityNokRate +
    w.openComplaints;
  const k = 100 / total;
  const permitCache = new Map<string | undefined, number>();
  const categoryCache = new Map<string | undefined, number>();
  const severity: Record<string, number> = { geen_doorgang_voetgangers: 1, afgesloten_een_rijrichting: 0.5 };
  const every = profile.cadence.intermediateEveryWorkingDays;
  const working = calendar.isWorkingDayNumber(day);
  const n = works.length;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const work = works[i] as PlanningWork;
    const start = toDayNumber(work.startDate);
    const end = toDayNumber(work.endDate);
    let obligation = 0;
    if (working && start <= day && day <= end) {
      const adjustedStart = calendar.adjust(start, "forward");
      if (day === adjustedStart || day === calendar.adjust(end, "backward")) obligation = 1;
      else if (calendar.workingDaysBetween(adjustedStart, day) % every === 0) obligation = 0.5;
    }
    const daysToEnd = end - day;
    const deadline = daysToEnd <= 0 ? 1 : Math.max(0, 1 - daysToEnd / s.deadlineHorizonDays);
    let permit = permitCache.get(work.permitStatus);
    if (permit === undefined) {
      permit = s.permitRisk[permitStatusCode(work.permitStatus)] ?? s.unknownPermitRisk;
      permitCache.set(work.permitStatus, permit);
    }
    let category = categoryCache.get(work.category);
    if (category === undefined) {
      category = s.categoryValue[categoryCode(work.category)] ?? s.unknownCategoryValue;
      categoryCache.set(work.category, category);
    }
    let hindrance = work.severeHindrance ? 1 : 0;
    for (const c of work.consequences ?? []) hindrance = Math.max(hindrance, severity[c] ?? 0.3);
    const area = (impact.get(work.postcode) ?? 0) / 100;
    const utility = work.utility === undefined ? 0 : (nokValue.get(work.utility) ?? 0.5);
    const c = complaints[work.id] ?? 0;
    const complaint = c > 0 ? 1 - 1 / (1 + c) : 0;
    scores[i] =
      k * w.visitObligation * obligation +
      k * w.deadlineProximity * deadline +
      k * w.permitStatus * permit +
      k * w.category * category +
      k * w.hindrance * hindrance +
      k * w.areaImpact * area +
      k * w.utilityNokRate * utility +
      k * w.openComplaints * complaint;
  }
  return scores;
}

const bench: Benchmark = async () => {
  const results = [];

  // 1. planDay, 30,000 active works × 60 inspectors.
  // 30,000 active works, plus 3,000 finished ones that may be due a hand-over follow-up.
  const finished = makeWorks(3_000, 3).map((w, i) => ({
    ...w,
    id: `f${i}`,
    startDate: "2025-12-01",
    endDate: iso(toDayNumber(DATE) - 7 * (1 + (i % 9))),
  }));
  const planWorks = [...makeWorks(30_000, 1), ...finished];
  const profile60 = sixtyInspectors();
  const calendar = createWorkingCalendar(profile60.calendar);
  // planDay takes a few runs to reach optimised code (first runs ~3× slower): warm both sides up first.
  let plan = planDay(DATE, planWorks, profile60, { calendar });
  for (let i = 0; i < 5; i++) plan = planDay(DATE, planWorks, profile60, { calendar });
  results.push(
    await compare({
      name: "planDay 30k works × 60 inspectors",
      subject: ["planDay", () => (plan = planDay(DATE, planWorks, profile60, { calendar }))],
      baseline: [
        "filter + candidates + sort only",
        () =>
          buildCandidates(
            filterWorks(planWorks, profile60.filter).included,
            toDayNumber(DATE),
            calendar,
            profile60.cadence,
            profile60.dispatch,
          ),
      ],
      goal: atMost(4),
      runs: 7,
      notes: {
        candidates: plan.totals.candidates,
        planned: plan.totals.plannedVisits,
        unassigned: plan.totals.unassignedVisits,
        followUps: plan.totals.followUps,
      },
    }),
  );

  // 2. scoreWorks + top-100 over 1,000,000 works against the hand-written typed-array baseline.
  const works = makeWorks(1_000_000, 2);
  const nok = {
    fluvius: { inspections: 400, nok: 40 },
    proximus: { inspections: 50, nok: 15 },
    telenet: { inspections: 120, nok: 10 },
    "water-link": { inspections: 300, nok: 60 },
  };
  const complaints: Record<string, number> = {};
  for (let i = 0; i < works.length; i += 97) complaints[(works[i] as PlanningWork).id] = 1 + (i % 3);
  const signals = { date: DATE, nokByUtility: nok, openComplaints: complaints, calendar };
  const library = scoreWorks(works, antwerpenProfile, signals, { top: 100 });
  const hand = handWrittenScores(works, antwerpenProfile, nok, complaints);
  let maxDiff = 0;
  for (let i = 0; i < hand.length; i++)
    maxDiff = Math.max(maxDiff, Math.abs((hand[i] as number) - (library.scores[i] as number)));
  if (maxDiff > 1e-9) throw new Error(`baseline and scoreWorks disagree (max |Δ| = ${maxDiff})`);
  const ids = works.map((w) => w.id);
  results.push(
    await compare({
      name: "scoreWorks + top-100, 1M works",
      subject: [
        "scoreWorks(top 100, with reasons)",
        () => scoreWorks(works, antwerpenProfile, signals, { top: 100 }),
      ],
      baseline: [
        "hand-written Float64Array weighted sum + heap top-k",
        () => {
          const scores = handWrittenScores(works, antwerpenProfile, nok, complaints);
          return topK(scores, 100, (a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1));
        },
      ],
      goal: atMost(2),
      runs: 3,
      notes: {
        works: works.length,
        maxAbsDiff: maxDiff,
        topScore: library.ranked[0]?.score.toFixed(1) ?? "",
      },
    }),
  );
  return results;
};

export default bench;
