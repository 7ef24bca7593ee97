import { hashString as osloHashString, seededRandom as osloSeededRandom } from "@digitale-nuts/oslo";

/**
 * A seeded pseudo-random generator returning floats in [0, 1).
 * @example
 * const random: Random = seededRandom("2026-03-10");
 * const pick = works[Math.floor(random() * works.length)];
 */
export type Random = () => number;

/**
 * Mulberry32 seeded from a number or a string (FNV-1a hash): small, fast and reproducible everywhere.
 * @example
 * const random = seededRandom(42);
 * random(); // 0.6011037519201636, the same in every runtime
 */
export function seededRandom(seed: number | string): Random {
  return osloSeededRandom(seed);
}

/** FNV-1a 32-bit hash of a string. */
export function hashString(value: string): number {
  return osloHashString(value);
}
