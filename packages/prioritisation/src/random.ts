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
  let state = typeof seed === "number" ? seed >>> 0 : hashString(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash of a string. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
