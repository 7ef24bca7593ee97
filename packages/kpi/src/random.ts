/**
 * A seeded pseudo-random generator: returns floats in [0, 1).
 * @example
 * const random: RandomSource = createSeededRandom(7);
 * random(); // a float in [0, 1), the same sequence for the same seed
 */
export type RandomSource = () => number;

/**
 * A small, fast, seeded PRNG (mulberry32). Same seed, same sequence, in every runtime.
 * @example
 * const random = createSeededRandom(42);
 * random(); // 0.6011037519201636
 */
export function createSeededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
