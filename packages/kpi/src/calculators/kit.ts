import type { KpiRecord } from "../record-view.js";
import { addToHistogram, type Histogram, mergeHistograms, summariseHistogram } from "../stats.js";
import type { KpiCalculator, KpiContext, KpiOutcome } from "./types.js";

type Pred = (r: KpiRecord, ctx: KpiContext) => boolean;
const always: Pred = () => true;

/** Adds every count of `from` into `into`. */
export function addCounts(
  into: Record<string, number>,
  from: Record<string, number>,
): Record<string, number> {
  for (const k of Object.keys(from)) into[k] = (into[k] ?? 0) + (from[k] ?? 0);
  return into;
}

/** A count of the records that pass `pred`. */
export function count(id: string, pred: Pred = always): KpiCalculator<{ n: number }> {
  return {
    id,
    init: () => ({ n: 0 }),
    add: (s, r, c) => {
      if (pred(r, c)) s.n++;
      return s;
    },
    merge: (a, b) => {
      a.n += b.n;
      return a;
    },
    result: (s) => ({ value: s.n }),
  };
}

/** A sum of an integer per record. */
export function sum(
  id: string,
  valueFor: (r: KpiRecord, ctx: KpiContext) => number,
): KpiCalculator<{ n: number }> {
  return {
    ...count(id),
    add: (s, r, c) => {
      s.n += valueFor(r, c);
      return s;
    },
  };
}

/** `scale × numerator ÷ denominator` over the records; null without denominator. */
export function ratio(
  id: string,
  inDenominator: Pred,
  inNumerator: Pred,
  scale = 100,
): KpiCalculator<{ num: number; den: number }> {
  return {
    id,
    init: () => ({ num: 0, den: 0 }),
    add: (s, r, c) => {
      if (inDenominator(r, c)) {
        s.den++;
        if (inNumerator(r, c)) s.num++;
      }
      return s;
    },
    merge: (a, b) => {
      a.num += b.num;
      a.den += b.den;
      return a;
    },
    result: (s) => ({
      value: s.den === 0 ? null : (scale * s.num) / s.den,
      numerator: s.num,
      denominator: s.den,
    }),
  };
}

/** Mean of an integer per record (sums of integers stay exact under any merge order). */
export function mean(
  id: string,
  valueFor: (r: KpiRecord, ctx: KpiContext) => number | null,
  extra?: (s: { sum: number; n: number }) => Partial<KpiOutcome>,
): KpiCalculator<{ sum: number; n: number }> {
  return {
    id,
    init: () => ({ sum: 0, n: 0 }),
    add: (s, r, c) => {
      const v = valueFor(r, c);
      if (v !== null) {
        s.sum += v;
        s.n++;
      }
      return s;
    },
    merge: (a, b) => {
      a.sum += b.sum;
      a.n += b.n;
      return a;
    },
    result: (s) => ({
      value: s.n === 0 ? null : s.sum / s.n,
      numerator: s.sum,
      denominator: s.n,
      ...extra?.(s),
    }),
  };
}

/**
 * The median of an integer per record, with mean and p90, exact from a histogram. `valueFor`
 * returns null to skip a record; NaN, an infinity or a negative value counts it as invalid.
 */
export function distribution(
  id: string,
  valueFor: (r: KpiRecord, ctx: KpiContext) => number | null,
): KpiCalculator<{ h: Histogram; invalid: number }> {
  return {
    id,
    init: () => ({ h: {}, invalid: 0 }),
    add: (s, r, c) => {
      const v = valueFor(r, c);
      if (v === null) return s;
      if (!Number.isFinite(v) || v < 0) s.invalid++;
      else addToHistogram(s.h, v);
      return s;
    },
    merge: (a, b) => {
      mergeHistograms(a.h, b.h);
      a.invalid += b.invalid;
      return a;
    },
    result: (s) => {
      const stats = summariseHistogram(s.h);
      return { value: stats.median, stats: { ...stats, invalid: s.invalid } };
    },
  };
}

/** Counts per key; value = total, breakdown = the counts. */
export function breakdown(
  id: string,
  keyOf: (r: KpiRecord, ctx: KpiContext) => string | null,
): KpiCalculator<{ counts: Record<string, number> }> {
  return {
    id,
    init: () => ({ counts: {} }),
    add: (s, r, c) => {
      const k = keyOf(r, c);
      if (k !== null) s.counts[k] = (s.counts[k] ?? 0) + 1;
      return s;
    },
    merge: (a, b) => {
      addCounts(a.counts, b.counts);
      return a;
    },
    result: (s) => ({
      value: Object.values(s.counts).reduce((x, y) => x + y, 0),
      breakdown: sortedRecord(s.counts),
    }),
  };
}

const nl = new Intl.Collator("nl", { sensitivity: "variant" });

/** The most frequent key; ties broken alphabetically with Dutch collation (DN `localeCompare(…, "nl")`). */
export function mode(
  id: string,
  keyOf: (r: KpiRecord) => string | null,
): KpiCalculator<{ counts: Record<string, number> }> {
  return {
    ...breakdown(id, keyOf),
    result: (s) => {
      let best: string | undefined;
      let bestCount = 0;
      for (const k of Object.keys(s.counts).sort(
        (x, y) => nl.compare(x, y) || (x < y ? -1 : x > y ? 1 : 0),
      )) {
        const n = s.counts[k] ?? 0;
        if (n > bestCount) {
          best = k;
          bestCount = n;
        }
      }
      return best === undefined ? { value: null } : { value: bestCount, label: best };
    },
  };
}

/** An entry of a top-k list: higher `keys` first (compared left to right), then `id` ascending. */
export interface TopEntry {
  readonly id: string;
  /** Finite numbers only (states are JSON). */
  readonly keys: readonly number[];
  /** What to show for the entry, by name. */
  readonly figures: Readonly<Record<string, number | null>>;
}

function before(a: TopEntry, b: TopEntry): boolean {
  for (let i = 0; i < a.keys.length; i++) {
    const x = a.keys[i] ?? 0;
    const y = b.keys[i] ?? 0;
    if (x !== y) return x > y;
  }
  return a.id < b.id;
}

/** Inserts an entry into a top-k list of distinct ids (each id kept at its best), in place. */
export function insertTop(list: TopEntry[], e: TopEntry, k: number): void {
  const at = list.findIndex((x) => x.id === e.id);
  if (at >= 0) {
    if (!before(e, list[at] as TopEntry)) return;
    list.splice(at, 1);
  } else if (list.length >= k && !before(e, list[list.length - 1] as TopEntry)) return;
  let i = list.length;
  while (i > 0 && before(e, list[i - 1] as TopEntry)) i--;
  list.splice(i, 0, e);
  if (list.length > k) list.pop();
}

/**
 * The k best distinct ids by their best entry. Exact and mergeable with O(k) memory: an id pushed
 * out has k better distinct ids ahead of it, so it cannot belong to the top k.
 */
export function topDistinct(
  id: string,
  k: number,
  entryOf: (r: KpiRecord, ctx: KpiContext) => TopEntry | null,
): KpiCalculator<{ top: TopEntry[] }> {
  return {
    id,
    init: () => ({ top: [] }),
    add: (s, r, c) => {
      const e = entryOf(r, c);
      if (e) insertTop(s.top, e, k);
      return s;
    },
    merge: (a, b) => {
      for (const e of b.top) insertTop(a.top, e, k);
      return a;
    },
    result: (s) => ({
      value: s.top.length,
      ranking: s.top.map((e, i) => ({ rank: i + 1, id: e.id, figures: e.figures })),
    }),
  };
}

/** A record with its keys in code-point order, so JSON output is stable. */
export function sortedRecord<T>(r: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k] as T;
  return out;
}
