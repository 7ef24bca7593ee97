import type { Inname, Klacht, SyncEvent, Toezichtbezoek, Vaststelling } from "@digitale-nuts/oslo";

/**
 * One input event of a KPI run. Four kinds wrap an OSLO model unchanged; the others carry the few
 * planning facts DN's dashboard KPIs need and OSLO has no model for (a visit's weighted load, an
 * inspector's daily capacity, a record that failed to parse).
 * @example
 * const inputs: KpiInput[] = findings.map((vaststelling) => ({ kind: "vaststelling", vaststelling }));
 */
export type KpiInput =
  | InnameInput
  | BezoekInput
  | CapaciteitInput
  | VaststellingInput
  | SyncInput
  | KlachtInput
  | RuwInput;

/**
 * The `kind` of a {@link KpiInput}.
 * @example
 * const kind: KpiInputKind = "vaststelling";
 */
export type KpiInputKind = KpiInput["kind"];

/**
 * Every input kind, in a fixed order.
 * @example
 * KPI_INPUT_KINDS.join(", "); // "inname, bezoek, capaciteit, vaststelling, sync, klacht, ruw"
 */
export const KPI_INPUT_KINDS = [
  "inname",
  "bezoek",
  "capaciteit",
  "vaststelling",
  "sync",
  "klacht",
  "ruw",
] as const satisfies readonly KpiInputKind[];

/**
 * A work (GIPOD occupancy) in the caller's filter context. Pass each work once.
 * @example
 * const input: InnameInput = { kind: "inname", inname: grondwerk, bron: "gipod-rest", locatiebron: "exact", impactscore: 43 };
 */
export interface InnameInput {
  readonly kind: "inname";
  readonly inname: Inname;
  /** Where the record came from, e.g. `gipod-rest`, `gipod-xlsx` (for per-source KPIs). */
  readonly bron?: string;
  /** How the work's location was found (`exact`, `postcode`, …; Locatiebronnen codes). */
  readonly locatiebron?: string;
  /** The work's societal impact score 0–100 from the prioritisation package, if known. */
  readonly impactscore?: number;
}

/**
 * A planned visit of a day plan; unassigned when `bezoek.toezichter` is absent.
 * @example
 * const input: BezoekInput = { kind: "bezoek", bezoek, gewicht: 1.5, district: "Berchem", einddatum: "2026-03-20" };
 */
export interface BezoekInput {
  readonly kind: "bezoek";
  readonly bezoek: Toezichtbezoek;
  /** Weighted load of the visit as the planner counted it (DN: 1.0 standard, 1.5 complex). Default 1. */
  readonly gewicht?: number;
  /** Impact score 0–100 of the visited work (tie-breaker of the top-priority list). */
  readonly impactscore?: number;
  /** Dossier id shown in priority lists; defaults to the GIPOD id, then the visit id. */
  readonly dossierId?: string;
  /** End date of the visited work (last tie-breaker of the top-priority list). */
  readonly einddatum?: string;
  /** District of the visited work. */
  readonly district?: string;
}

/**
 * An inspector deployable on a day, with the configured weighted limits (DN "5 + 1 overflow").
 * @example
 * const input: CapaciteitInput = { kind: "capaciteit", toezichter: "insp-07", datum: "2026-03-10", zachteLimiet: 5, hardeLimiet: 6 };
 */
export interface CapaciteitInput {
  readonly kind: "capaciteit";
  /** Pseudonymous inspector id. */
  readonly toezichter: string;
  /** ISO date. */
  readonly datum: string;
  /** Weighted load from which the inspector counts as under pressure. Default: run option. */
  readonly zachteLimiet?: number;
  /** Weighted load from which the inspector counts as overloaded. Default: run option. */
  readonly hardeLimiet?: number;
  /** Load already fixed for the day (DN `fixedDailyLoad`). Default 0. */
  readonly vasteLast?: number;
}

/**
 * A finding; pass the latest version of each finding once.
 * @example
 * const input: VaststellingInput = { kind: "vaststelling", vaststelling, bron: "findings-app", wachtrijstatus: "synced" };
 */
export interface VaststellingInput {
  readonly kind: "vaststelling";
  readonly vaststelling: Vaststelling;
  /** Channel, e.g. `findings-app`. */
  readonly bron?: string;
  /** The client outbox state (DN queue: queued, failed, synced); defaults from `registratiestatus`. */
  readonly wachtrijstatus?: "queued" | "failed" | "synced";
}

/**
 * One synchronisation event.
 * @example
 * const input: SyncInput = { kind: "sync", event };
 */
export interface SyncInput {
  readonly kind: "sync";
  readonly event: SyncEvent;
}

/**
 * A resident complaint.
 * @example
 * const input: KlachtInput = { kind: "klacht", klacht, bron: "meldpunt" };
 */
export interface KlachtInput {
  readonly kind: "klacht";
  readonly klacht: Klacht;
  readonly bron?: string;
}

/**
 * A record as received, not (yet) parsed: counted by the OSLO-conformity KPI.
 * @example
 * const input: RuwInput = { kind: "ruw", entiteit: "Vaststelling", record: JSON.parse(line), bron: "findings-app", datum: "2026-03-10" };
 */
export interface RuwInput {
  readonly kind: "ruw";
  /** The OSLO model it should satisfy. */
  readonly entiteit: "Inname" | "Vaststelling" | "Toezichtbezoek" | "SyncEvent" | "Klacht";
  readonly record: unknown;
  readonly bron?: string;
  /** ISO date the record belongs to, for period filtering; undated records always count. */
  readonly datum?: string;
}
