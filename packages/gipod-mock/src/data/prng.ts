import { seededRandom } from "@digitale-nuts/oslo";

/**
 * A seeded pseudo-random generator (mulberry32): same seed, same sequence, on every platform.
 *
 * @example
 * const rng: Prng = createPrng(42);
 * const die = rng.int(1, 6);
 * const category = rng.weighted(CATEGORY_MIX); // "categorie3" most of the time
 */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One key of a weight table, proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/**
 * Creates a {@link Prng} from a 32-bit seed.
 *
 * @example
 * const rng = createPrng(7);
 * rng.next() === createPrng(7).next(); // true: same seed, same sequence
 */
export function createPrng(seed: number): Prng {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const entries = Object.entries(weights) as [K, number][];
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [key, w] of entries) {
        r -= w;
        if (r < 0) return key;
      }
      return (entries[entries.length - 1] as [K, number])[0];
    },
    chance: (p) => next() < p,
  };
}
