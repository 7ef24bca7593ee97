/**
 * A tiny benchmark harness. Every benchmark compares a subject with a baseline measured in the
 * same process, so the printed ratio is meaningful on any machine; absolute times are not.
 */

/** The outcome of one comparison. `ratio` = subject time / baseline time (lower is faster). */
export interface Comparison {
  readonly name: string;
  readonly subject: string;
  readonly baseline: string;
  readonly subjectMs: number;
  readonly baselineMs: number;
  readonly ratio: number;
  /** The target in words, e.g. "ratio ≤ 2.5" or "speed-up ≥ 50×". */
  readonly target: string;
  readonly met: boolean;
  /** Extra figures worth printing (records/s, peak memory, …). */
  readonly notes?: Readonly<Record<string, string | number>>;
}

/** Median wall time in ms of `runs` calls of `fn`, after `warmup` unmeasured calls. */
export async function medianMs(fn: () => unknown, { warmup = 1, runs = 5 } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Target: the subject takes at most `maxRatio` times the baseline. */
export function atMost(maxRatio: number) {
  return { target: `subject/baseline ≤ ${maxRatio}`, met: (ratio: number) => ratio <= maxRatio };
}

/** Target: the subject is at least `factor` times faster than the baseline. */
export function fasterBy(factor: number) {
  return { target: `speed-up ≥ ${factor}×`, met: (ratio: number) => ratio > 0 && 1 / ratio >= factor };
}

/** Measures subject and baseline, interleaved so that machine noise hits both alike. */
export async function compare(options: {
  name: string;
  subject: [label: string, fn: () => unknown];
  baseline: [label: string, fn: () => unknown];
  goal: { target: string; met: (ratio: number) => boolean };
  runs?: number;
  notes?: Record<string, string | number>;
}): Promise<Comparison> {
  const runs = options.runs ?? 5;
  const s: number[] = [];
  const b: number[] = [];
  await options.subject[1]();
  await options.baseline[1]();
  for (let i = 0; i < runs; i++) {
    b.push(await medianMs(options.baseline[1], { warmup: 0, runs: 1 }));
    s.push(await medianMs(options.subject[1], { warmup: 0, runs: 1 }));
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const subjectMs = median(s);
  const baselineMs = median(b);
  const ratio = subjectMs / baselineMs;
  return {
    name: options.name,
    subject: options.subject[0],
    baseline: options.baseline[0],
    subjectMs,
    baselineMs,
    ratio,
    target: options.goal.target,
    met: options.goal.met(ratio),
    ...(options.notes ? { notes: options.notes } : {}),
  };
}

/** A benchmark file's default export. */
export type Benchmark = () => Promise<Comparison[]>;
