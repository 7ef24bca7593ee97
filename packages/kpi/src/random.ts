import { seededRandom } from "@digitale-nuts/oslo";

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
  return seededRandom(seed);
}
