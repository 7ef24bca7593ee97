import { GipodRequestError } from "../errors.js";
import { compareInstants } from "../time-key.js";

/**
 * Where a sync stands: JSON-serialisable, safe to persist after every page and pass back to resume.
 * `known` is the caller's set as GIPOD last showed it (gipodId → lastModifiedOn), which makes resumes
 * and incremental runs deliver each version once and lets deletions be detected.
 *
 * @example
 * const checkpoint: SyncCheckpoint = JSON.parse(await readFile("sync-11002.json", "utf8"));
 * const result = await gipod.syncOccupancies({ niscodes: checkpoint.niscodes, checkpoint });
 * await writeFile("sync-11002.json", JSON.stringify(result.checkpoint));
 */
export interface SyncCheckpoint {
  readonly version: 1;
  readonly niscodes: readonly string[];
  /** The newest version seen (ties broken by gipodId); the next run lists from here minus the overlap. */
  readonly watermark: { readonly lastModifiedOn: string; readonly gipodId: number } | null;
  readonly known: Readonly<Record<string, string>>;
  /** An unfinished paging pass, resumed at `nextOffset`. */
  readonly scan?: {
    readonly since: string | null;
    readonly nextOffset: number;
    readonly pageSize: number;
    readonly lastGipodId: number | null;
    /** Where the reconciliation sweep starts: no later than the newest stamp when the pass began. */
    readonly sweepFrom?: string;
  };
}

/** Checks a checkpoint read back from storage; a typed error names what is wrong. */
export function readCheckpoint(value: unknown, niscodes: readonly string[]): SyncCheckpoint {
  const c = value as Partial<SyncCheckpoint> | null;
  const fail = (what: string): never => {
    throw new GipodRequestError(
      "GIPOD_INVALID_CHECKPOINT",
      `The sync checkpoint is invalid: ${what}. Start a full sync without it.`,
    );
  };
  if (!c || typeof c !== "object" || c.version !== 1) fail("unknown version");
  const checkpoint = c as SyncCheckpoint;
  if (!Array.isArray(checkpoint.niscodes) || !checkpoint.known || typeof checkpoint.known !== "object")
    fail("missing niscodes or known");
  const same = [...checkpoint.niscodes].sort().join(",") === [...niscodes].sort().join(",");
  if (!same)
    fail(
      `it was made for NIS codes ${checkpoint.niscodes.join(",") || "(all)"}, not ${niscodes.join(",") || "(all)"}`,
    );
  return checkpoint;
}

/** The newest (lastModifiedOn, gipodId) in a known set. */
export function watermarkOf(known: ReadonlyMap<number, string>): SyncCheckpoint["watermark"] {
  let best: { lastModifiedOn: string; gipodId: number } | null = null;
  for (const [gipodId, lastModifiedOn] of known) {
    if (!best) {
      best = { lastModifiedOn, gipodId };
      continue;
    }
    const c = compareInstants(lastModifiedOn, best.lastModifiedOn);
    if (c > 0 || (c === 0 && gipodId > best.gipodId)) best = { lastModifiedOn, gipodId };
  }
  return best;
}
