/**
 * A deterministic PRNG (mulberry32) in [0, 1): the same seed gives the same jitter sequence.
 *
 * @example
 * const random = seededRandom(42);
 * random() === seededRandom(42)(); // true: same seed, same jitter
 * const gipod = createGipodClient({ environment: "test", auth, retry: { random } });
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
