/**
 * The SDK's one seeded PRNG (mulberry32): same seed, same sequence, values in [0, 1), in every runtime.
 * A string seed is hashed with FNV-1a first. Packages that need randomness take one of these, so
 * determinism never depends on `Math.random`.
 *
 * @example
 * const random = seededRandom("2026-03-10");
 * random() === seededRandom("2026-03-10")(); // true
 */
export function seededRandom(seed: number | string): () => number {
  let state = typeof seed === "number" ? seed >>> 0 : hashString(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a hash of a string as an unsigned 32-bit number (the seed of a string-seeded {@link seededRandom}).
 *
 * @example
 * hashString("insp-07") === hashString("insp-07"); // true
 */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
