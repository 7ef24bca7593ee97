import type { Reason } from "@digitale-nuts/prioritisation";

/**
 * The `count` reasons that moved a score most, as `factor=value (+contribution)`, numbers to one decimal.
 * Ties on size are broken by factor name, so the text is the same on every run.
 */
export function topReasons(explanation: readonly Reason[], count = 3): string[] {
  return [...explanation]
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.factor.localeCompare(b.factor))
    .slice(0, count)
    .map((r) => `${r.factor}=${round(r.value)} (${r.contribution > 0 ? "+" : ""}${round(r.contribution)})`);
}

/** Numbers to one decimal for printing; codes and flags as they are. */
export function round(value: number | string | boolean): number | string | boolean {
  return typeof value === "number" ? Math.round(value * 10) / 10 : value;
}
