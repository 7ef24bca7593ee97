import type { Inname } from "@digitale-nuts/oslo";
import type { GipodClient } from "../client.js";
import { GipodRequestError } from "../errors.js";
import { mapOccupancy } from "../mapping/occupancy.js";
import { validateNiscodes } from "../rest/query.js";
import { compareInstants, previousTick, timeKey } from "../time-key.js";
import { readCheckpoint, type SyncCheckpoint, watermarkOf } from "./checkpoint.js";

/**
 * Options of {@link syncOccupancies}.
 *
 * @example
 * const options: SyncOptions = { niscodes: ["11002", "12025"], since: "2026-01-01T00:00:00Z", pageSize: 500, concurrency: 2 };
 * const { records, removed, report } = await syncOccupancies(gipod, options);
 */
export interface SyncOptions {
  /** Municipalities to sync (5-digit NIS codes); empty = everything the client may read. */
  readonly niscodes: readonly string[];
  /** Only records changed since this instant (ignored when a checkpoint has a watermark). */
  readonly since?: string | Date;
  /** Resume or continue from a checkpoint of an earlier run. */
  readonly checkpoint?: SyncCheckpoint;
  /** Page size (`limit`); default 500, GIPOD's (mock) maximum. */
  readonly pageSize?: number;
  /** Pages in flight at once; default 4. The client's rate limit still applies. */
  readonly concurrency?: number;
  /** Overlap subtracted from the watermark for an incremental run; default 5 minutes. */
  readonly overlapMs?: number;
  /** Reconciliation rounds before giving up on a moving target; default 8. */
  readonly maxRounds?: number;
  /** After each committed page and each reconciliation round: the records and removals so far, and a checkpoint covering them. */
  readonly onProgress?: (event: SyncProgress) => void | Promise<void>;
  readonly includeRaw?: boolean;
  readonly signal?: AbortSignal;
  /** Clock for `dataLagMs`. */
  readonly now?: () => number;
}

/**
 * One progress event: persist `records`, `removed` and `checkpoint()` together to resume exactly.
 *
 * @example
 * const onProgress = async ({ records, removed, checkpoint }: SyncProgress) => {
 *   await writeFile("sync-11002.json", JSON.stringify({ records, removed, checkpoint: checkpoint() }));
 * };
 * await gipod.syncOccupancies({ niscodes: ["11002"], onProgress });
 */
export interface SyncProgress {
  readonly records: readonly Inname[];
  readonly removed: readonly number[];
  checkpoint(): SyncCheckpoint;
}

/**
 * A record that could not be mapped; the caller sees why.
 *
 * @example
 * const { report } = await gipod.syncOccupancies({ niscodes: ["11002"] });
 * const rejected: readonly SyncReject[] = report.rejected;
 * for (const r of rejected) console.warn(r.gipodId ?? "(no id)", r.reason);
 */
export interface SyncReject {
  readonly gipodId?: number;
  readonly reason: string;
}

/**
 * What a sync did.
 *
 * @example
 * const { report } = await gipod.syncOccupancies({ niscodes: ["11002"] });
 * const summary: SyncReport = report;
 * console.log(`${summary.new} new, ${summary.updated} updated, ${summary.removed} removed; consistent: ${summary.consistent}`);
 */
export interface SyncReport {
  readonly pages: number;
  readonly fetched: number;
  readonly new: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
  readonly rejected: readonly SyncReject[];
  readonly duplicatesDropped: number;
  readonly gapsRepaired: number;
  readonly reconciliationRounds: number;
  /** True when the final count check matched the server. */
  readonly consistent: boolean;
  readonly requests: number;
  readonly retries: number;
  readonly durationMs: number;
  /** now − newest lastModifiedOn, in ms (null when nothing is known). */
  readonly dataLagMs: number | null;
}

/**
 * Result of {@link syncOccupancies}. Apply `records` (upsert by gipodId) and `removed` to your copy.
 *
 * @example
 * const result: SyncResult = await syncOccupancies(gipod, { niscodes: ["11002"] });
 * for (const inname of result.records) byId.set(inname.gipodId, inname);
 * for (const gipodId of result.removed) byId.delete(gipodId);
 */
export interface SyncResult {
  readonly records: Inname[];
  readonly removed: number[];
  readonly checkpoint: SyncCheckpoint;
  readonly report: SyncReport;
}

interface RawItem {
  readonly gipodId: number;
  readonly lastModifiedOn: string;
  readonly payload: unknown;
}

/**
 * Incremental, resumable sync of public-domain occupancies that ends with exactly the server's set.
 *
 * 1. A paging pass (concurrent, pages overlapping by one item so a shifted offset shows as a gap and is re-read);
 *    incremental runs list from the watermark minus an overlap window.
 * 2. Reconciliation rounds: list everything changed since the newest version seen (GIPOD stamps grow strictly),
 *    then compare `X-Total-Count` with the known set; on a mismatch, bisect on lastModifiedOn ranges to find and
 *    re-read exactly the ranges that differ (deletions, missed records). Repeat until the counts agree.
 *
 * Dedupe is on (gipodId, lastModifiedOn). Rejected records are reported, never dropped silently.
 *
 * @example
 * const { records, checkpoint, report } = await syncOccupancies(client, { niscodes: ["11002"] });
 * save(records); persist(JSON.stringify(checkpoint));
 * const next = await syncOccupancies(client, { niscodes: ["11002"], checkpoint });
 */
export async function syncOccupancies(client: GipodClient, options: SyncOptions): Promise<SyncResult> {
  const started = performance.now();
  const now = options.now ?? Date.now;
  const niscodes = [...options.niscodes];
  validateNiscodes(niscodes);
  const pageSize = options.pageSize ?? 500;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  if (!Number.isInteger(pageSize) || pageSize < 2)
    throw new GipodRequestError("GIPOD_INVALID_OPTION", "pageSize must be an integer ≥ 2.");
  const checkpointIn = options.checkpoint ? readCheckpoint(options.checkpoint, niscodes) : undefined;
  const statsBefore = client.stats();
  const callOptions = options.signal ? { signal: options.signal } : {};
  const filtersBase = niscodes.length > 0 ? { niscodes } : {};

  const known = new Map<number, string>(
    Object.entries(checkpointIn?.known ?? {}).map(([k, v]) => [Number(k), v]),
  );
  const knownAtStart = new Map(known);
  const changes = new Map<number, Inname>();
  const removedIds = new Set<number>();
  const seenThisRun = new Set<string>();
  const rejected: SyncReject[] = [];
  const counters = { pages: 0, fetched: 0, new: 0, updated: 0, unchanged: 0, duplicates: 0, gaps: 0 };
  let scan = checkpointIn?.scan;
  let pendingRecords: Inname[] = [];
  let pendingRemoved: number[] = [];

  const checkpoint = (): SyncCheckpoint => ({
    version: 1,
    niscodes,
    watermark: watermarkOf(known),
    known: Object.fromEntries([...known].map(([k, v]) => [String(k), v])),
    ...(scan ? { scan } : {}),
  });

  const flush = async () => {
    if (!options.onProgress) return;
    const event = { records: pendingRecords, removed: pendingRemoved, checkpoint };
    pendingRecords = [];
    pendingRemoved = [];
    await options.onProgress(event);
  };

  const readRaw = (item: unknown): RawItem | SyncReject => {
    const o = (item ?? {}) as Record<string, unknown>;
    const gipodId =
      typeof o.gipodId === "number" && Number.isSafeInteger(o.gipodId) && o.gipodId > 0
        ? o.gipodId
        : undefined;
    if (gipodId === undefined) return { reason: "item without a valid gipodId" };
    if (typeof o.lastModifiedOn !== "string" || timeKey(o.lastModifiedOn) === undefined) {
      return { gipodId, reason: "item without a valid lastModifiedOn" };
    }
    return { gipodId, lastModifiedOn: o.lastModifiedOn, payload: item };
  };

  /** Takes one listed item into the known set; returns its gipodId (or undefined when unusable). */
  const take = (item: unknown): number | undefined => {
    counters.fetched++;
    const raw = readRaw(item);
    if (!("payload" in raw)) {
      rejected.push(raw);
      return raw.gipodId;
    }
    const key = `${raw.gipodId}@${timeKey(raw.lastModifiedOn)}`;
    if (seenThisRun.has(key)) {
      counters.duplicates++;
      return raw.gipodId;
    }
    seenThisRun.add(key);
    const prior = known.get(raw.gipodId);
    if (prior !== undefined && compareInstants(prior, raw.lastModifiedOn) > 0) return raw.gipodId; // an older copy
    if (prior !== undefined && compareInstants(prior, raw.lastModifiedOn) === 0) {
      if (!changes.has(raw.gipodId)) counters.unchanged++;
      else counters.duplicates++;
      return raw.gipodId;
    }
    known.set(raw.gipodId, raw.lastModifiedOn);
    removedIds.delete(raw.gipodId);
    if (knownAtStart.has(raw.gipodId) || changes.has(raw.gipodId)) counters.updated++;
    else counters.new++;
    try {
      const record = mapOccupancy(raw.payload, {
        baseUrl: client.endpoints.apiBaseUrl,
        includeRaw: options.includeRaw ?? false,
      });
      changes.set(raw.gipodId, record);
      pendingRecords.push(record);
    } catch (error) {
      changes.delete(raw.gipodId);
      rejected.push({ gipodId: raw.gipodId, reason: (error as Error).message });
    }
    return raw.gipodId;
  };

  const forget = (gipodId: number) => {
    known.delete(gipodId);
    changes.delete(gipodId);
    if (knownAtStart.has(gipodId)) removedIds.add(gipodId);
    pendingRemoved.push(gipodId);
  };

  const page = (
    filters: Parameters<GipodClient["fetchOccupancyPage"]>[0],
    offset: number,
    limit = pageSize,
  ) => {
    counters.pages++;
    return client.fetchOccupancyPage(filters, { limit, offset }, callOptions);
  };

  // 1. Paging pass ------------------------------------------------------------------------------
  const since = scan
    ? scan.since
    : checkpointIn?.watermark
      ? shiftInstant(checkpointIn.watermark.lastModifiedOn, -(options.overlapMs ?? 300_000))
      : options.since === undefined
        ? null
        : options.since instanceof Date
          ? options.since.toISOString()
          : options.since;
  const passFilters = { ...filtersBase, ...(since ? { lastModifiedStart: since } : {}) };

  /**
   * A stamp no later than the newest one on the server right now, found by asking for records changed at or after
   * a candidate (stepping back exponentially until one exists). Every change made after this call gets a larger
   * stamp (GIPOD's stamps grow strictly), so a later sweep from here misses nothing. Undefined = the set is empty.
   */
  const lowerBound = async (candidate: string): Promise<string | undefined> => {
    let probe = candidate;
    for (let k = 0; k < 40; k++) {
      const result = await page({ ...filtersBase, lastModifiedStart: probe }, 0, 1);
      const first = result.items[0] === undefined ? undefined : readRaw(result.items[0]);
      if (first && "lastModifiedOn" in first && compareInstants(first.lastModifiedOn, probe) >= 0)
        return first.lastModifiedOn;
      if ((result.total ?? result.items.length) > 0) return probe;
      probe = shiftInstant(candidate, -(2 ** k) * 1000);
    }
    return undefined;
  };
  const nowIso = () => new Date(now() - 1000).toISOString();
  let sweepFrom = scan?.sweepFrom ?? (await lowerBound(checkpointIn?.watermark?.lastModifiedOn ?? nowIso()));
  const step = pageSize - 1; // one item of overlap between neighbouring pages
  let commitOffset = scan ? Math.max(0, scan.nextOffset - 1) : 0;
  let lastId: number | null = scan?.lastGipodId ?? null;
  scan = {
    since,
    nextOffset: commitOffset,
    pageSize,
    lastGipodId: lastId,
    ...(sweepFrom ? { sweepFrom } : {}),
  };
  let end = commitOffset + 1; // until the first page tells the total, fetch one at a time
  let nextSchedule = commitOffset;
  const inFlight = new Map<number, Promise<{ items: unknown[]; total?: number }>>();
  try {
    for (;;) {
      while (inFlight.size < concurrency && nextSchedule < end) {
        const p = page(passFilters, nextSchedule);
        p.catch(() => {}); // awaited in order below; avoid unhandled rejections for pages past the end
        inFlight.set(nextSchedule, p);
        nextSchedule += step;
      }
      const pending = inFlight.get(commitOffset);
      if (!pending) break;
      let result = await pending;
      inFlight.delete(commitOffset);
      // A gap: the page starts after the previous page's last id, so records shifted past us. Step back.
      for (let back = 1; back <= 3 && lastId !== null && result.items.length > 0; back++) {
        const first = readRaw(result.items[0]);
        if (first.gipodId === undefined || first.gipodId <= lastId || commitOffset === 0) break;
        counters.gaps++;
        result = await page(passFilters, Math.max(0, commitOffset - back * step));
      }
      for (const item of result.items) {
        const id = take(item);
        if (id !== undefined && (lastId === null || id > lastId)) lastId = id;
      }
      const total = result.total;
      end = total === undefined ? commitOffset + step + 1 : Math.max(total, commitOffset + 1);
      commitOffset += step;
      const done = result.items.length < pageSize || (total !== undefined && commitOffset >= total);
      scan = done
        ? undefined
        : {
            since,
            nextOffset: commitOffset,
            pageSize,
            lastGipodId: lastId,
            ...(sweepFrom ? { sweepFrom } : {}),
          };
      await flush();
      if (done) break;
    }
  } finally {
    for (const p of inFlight.values()) p.catch(() => {});
  }
  scan = undefined;

  // 2. Reconciliation ---------------------------------------------------------------------------
  const maxRounds = options.maxRounds ?? 8;
  let rounds = 0;
  let consistent = false;
  const countOf = async (start?: string, endAt?: string) => {
    const result = await page(
      {
        ...filtersBase,
        ...(start ? { lastModifiedStart: start } : {}),
        ...(endAt ? { lastModifiedEnd: endAt } : {}),
      },
      0,
      1,
    );
    return result.total;
  };
  const readRange = async (start?: string, endAt?: string) => {
    const filters = {
      ...filtersBase,
      ...(start ? { lastModifiedStart: start } : {}),
      ...(endAt ? { lastModifiedEnd: endAt } : {}),
    };
    const ids = new Set<number>();
    for (let offset = 0; ; offset += step) {
      const result = await page(filters, offset);
      for (const item of result.items) {
        const id = take(item);
        if (id !== undefined) ids.add(id);
      }
      if (result.items.length < pageSize) break;
    }
    return ids;
  };
  const inRange = (stamp: string, start?: string, endAt?: string) =>
    (start === undefined || compareInstants(stamp, start) >= 0) &&
    (endAt === undefined || compareInstants(stamp, endAt) <= 0);

  /** Compares counts on [start, endAt]; re-reads the range when small, else splits it on our own stamps. */
  const reconcileRange = async (
    start: string | undefined,
    endAt: string | undefined,
    serverCount?: number,
  ): Promise<void> => {
    const ours = [...known].filter(([, s]) => inRange(s, start, endAt));
    const server = serverCount ?? (await countOf(start, endAt));
    if (server === ours.length) return;
    const stamps = [...new Set(ours.map(([, s]) => timeKey(s) as string))].sort();
    if (server === undefined || server <= pageSize * 2 || stamps.length < 2) {
      const seen = await readRange(start, endAt);
      for (const [id, s] of ours) if (!seen.has(id) && known.get(id) === s) forget(id);
      return;
    }
    const middle = stamps[Math.floor(stamps.length / 2)] as string;
    const leftEnd = previousTick(middle) as string;
    await reconcileRange(start, leftEnd);
    await reconcileRange(middle, endAt);
  };

  while (rounds < maxRounds) {
    rounds++;
    // The next round's sweep starts no later than the server's newest stamp now, before this round reads.
    const nextSweep = await lowerBound(watermarkOf(known)?.lastModifiedOn ?? nowIso());
    const changedBefore = counters.new + counters.updated;
    await readRange(sweepFrom); // everything changed or added since the previous round (or the pass) began
    sweepFrom = nextSweep;
    const quiet = counters.new + counters.updated === changedBefore;
    const total = await countOf();
    if (total === undefined) break; // no X-Total-Count: cannot verify
    if (total === known.size) {
      await flush();
      if (quiet) {
        consistent = true;
        break;
      }
      continue;
    }
    await reconcileRange(undefined, undefined, total);
    await flush();
  }

  for (const id of removedIds) if (known.has(id)) removedIds.delete(id);
  const statsAfter = client.stats();
  const newest = watermarkOf(known);
  const records = [...changes.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
  return {
    records,
    removed: [...removedIds].sort((a, b) => a - b),
    checkpoint: checkpoint(),
    report: {
      pages: counters.pages,
      fetched: counters.fetched,
      new: counters.new,
      updated: counters.updated,
      unchanged: counters.unchanged,
      removed: removedIds.size,
      rejected,
      duplicatesDropped: counters.duplicates,
      gapsRepaired: counters.gaps,
      reconciliationRounds: rounds,
      consistent,
      requests: statsAfter.requests - statsBefore.requests,
      retries: statsAfter.retries - statsBefore.retries,
      durationMs: performance.now() - started,
      dataLagMs: newest
        ? now() - Date.parse(`${(timeKey(newest.lastModifiedOn) as string).slice(0, 23)}Z`)
        : null,
    },
  };
}

function shiftInstant(text: string, deltaMs: number): string {
  const key = timeKey(text) as string;
  const ms = Date.parse(`${key.slice(0, 19)}Z`) + deltaMs;
  return `${new Date(ms).toISOString().slice(0, 19)}.${key.slice(20, 27)}Z`;
}
