import { seededRandom as osloSeededRandom } from "@digitale-nuts/oslo";

/**
 * A seeded PRNG (mulberry32): same seed, same sequence, values in [0, 1).
 *
 * @example
 * const random = seededRandom("tablet-3");
 * random(); // in [0, 1); the same sequence every run for the same seed
 */
export function seededRandom(seed: number | string): () => number {
  return osloSeededRandom(seed);
}
