import { createPrng, type Prng } from "./data/prng.js";

/**
 * What can go wrong on a request.
 *
 * @example
 * const kind: FaultKind = "truncate";
 * mock.setFaults({ routes: { ldes: { probability: 1, kinds: [kind] } } });
 */
export type FaultKind = "latency" | "429" | "500" | "503" | "reset" | "truncate" | "drift" | "duplicate";

/**
 * Every fault kind.
 *
 * @example
 * mock.setFaults({ global: { probability: 0.1, kinds: FAULT_KINDS.filter((k) => k !== "latency") } });
 */
export const FAULT_KINDS: readonly FaultKind[] = [
  "latency",
  "429",
  "500",
  "503",
  "reset",
  "truncate",
  "drift",
  "duplicate",
];

/**
 * One fault rule: with `probability`, one of `kinds` (uniformly among those that apply to the route).
 *
 * @example
 * const spec: FaultSpec = { probability: 0.5, kinds: ["latency", "503"], latencyMs: 1_000, retryAfterSeconds: 1 };
 * mock.setFaults({ global: spec });
 */
export interface FaultSpec {
  readonly probability: number;
  readonly kinds: readonly FaultKind[];
  /** Delay of the `latency` kind. Default 250 ms. */
  readonly latencyMs?: number;
  /** `Retry-After` of 429 and 503. Default 1 s. */
  readonly retryAfterSeconds?: number;
}

/**
 * Fault injection: a global rule and/or rules per route name (a route rule replaces the global one).
 *
 * @example
 * const faults: FaultConfig = {
 *   seed: 3,
 *   global: { probability: 0.05, kinds: ["500", "reset"] },
 *   routes: { occupancies: { probability: 0.2, kinds: ["429", "drift"], retryAfterSeconds: 2 } },
 * };
 * const mock = await startGipodMock({ faults });
 */
export interface FaultConfig {
  /** PRNG seed; the same seed and request order inject the same faults. Default: the mock's seed. */
  readonly seed?: number;
  readonly global?: FaultSpec;
  readonly routes?: Readonly<Record<string, FaultSpec>>;
}

/** A fault drawn for one request. */
export interface DrawnFault {
  readonly kind: FaultKind;
  readonly spec: FaultSpec;
}

/** Draws faults from a seeded PRNG. */
export class FaultInjector {
  #config: FaultConfig | undefined;
  #rng: Prng;
  readonly #defaultSeed: number;

  constructor(config: FaultConfig | undefined, defaultSeed: number) {
    this.#defaultSeed = defaultSeed;
    this.#config = validateFaults(config);
    this.#rng = createPrng(config?.seed ?? defaultSeed);
  }

  /** Replaces the configuration and restarts the PRNG from its seed. */
  set(config: FaultConfig | undefined): void {
    this.#config = validateFaults(config);
    this.#rng = createPrng(config?.seed ?? this.#defaultSeed);
  }

  /** A uniform number in [0, 1) from the fault PRNG (for the choices a fault makes, e.g. which record drifts). */
  random(): number {
    return this.#rng.next();
  }

  /** The fault for one request on `route`, if any; only kinds for which `applies` holds are candidates. */
  draw(route: string, applies: (kind: FaultKind) => boolean): DrawnFault | undefined {
    const spec = this.#config?.routes?.[route] ?? this.#config?.global;
    if (!spec || spec.probability <= 0) return undefined;
    const roll = this.#rng.next();
    const pickRoll = this.#rng.next();
    const candidates = spec.kinds.filter(applies);
    if (roll >= spec.probability || candidates.length === 0) return undefined;
    return { kind: candidates[Math.floor(pickRoll * candidates.length)] as FaultKind, spec };
  }
}

function validateFaults(config: FaultConfig | undefined): FaultConfig | undefined {
  if (!config) return undefined;
  const specs = [config.global, ...Object.values(config.routes ?? {})];
  for (const spec of specs) {
    if (!spec) continue;
    if (!(spec.probability >= 0 && spec.probability <= 1)) {
      throw new RangeError(`gipod-mock faults: probability must be between 0 and 1, got ${spec.probability}`);
    }
    for (const k of spec.kinds) {
      if (!FAULT_KINDS.includes(k))
        throw new RangeError(`gipod-mock faults: unknown kind "${k}"; use ${FAULT_KINDS.join(", ")}`);
    }
  }
  return config;
}
