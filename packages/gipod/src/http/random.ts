import { seededRandom as osloSeededRandom } from "@digitale-nuts/oslo";

/**
 * A deterministic PRNG (mulberry32) in [0, 1): the same seed gives the same jitter sequence.
 *
 * @example
 * const random = seededRandom(42);
 * random() === seededRandom(42)(); // true: same seed, same jitter
 * const gipod = createGipodClient({ environment: "test", auth, retry: { random } });
 */
export function seededRandom(seed: number): () => number {
  return osloSeededRandom(seed);
}
