/**
 * One factor of a score, as data: what was measured, how much it weighs, and what it added.
 * @example
 * const reason: Reason = { factor: "distanceKm", value: 3.4, weight: -3, contribution: -10.2 };
 */
export interface Reason {
  /** Stable factor name, e.g. `role`, `distanceKm`, `deadlineProximity`. */
  readonly factor: string;
  /** The value measured (a number, code or flag). */
  readonly value: number | string | boolean;
  /** The weight applied. */
  readonly weight: number;
  /** What the factor added to the score (negative lowers it). */
  readonly contribution: number;
}
