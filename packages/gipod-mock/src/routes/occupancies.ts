import { normaliseUuid } from "../data/taxonomies.js";
import { formatStamp } from "../data/timestamp.js";
import type { OccupancyItem } from "../data/wire-types.js";
import { ProblemError, type RequestContext } from "../http/context.js";
import type { MockEnv } from "./env.js";
import { gipodIdParam, instantParam, niscodes, pageOf, paging } from "./query.js";

/**
 * `GET /api/v{1,2}/public-domain-occupancies`: a bare array ordered by gipodId, `X-Total-Count` header.
 * Filters: `niscode` (repeatable), `lastmodified.start` ≤ lastModifiedOn ≤ `lastmodified.end`, `statusid` (repeatable).
 */
export function listOccupancies(ctx: RequestContext, env: MockEnv): void {
  const p = paging(ctx.url, { limit: 50, maxLimit: 500 });
  const filter = occupancyFilter(ctx.url);
  const select = () =>
    filter ? env.store.sortedOccupancies().filter(filter) : env.store.sortedOccupancies();
  let matching = select();
  if (ctx.fault?.kind === "drift") {
    drift(env, matching, p.offset, ctx.url);
    matching = select();
  }
  ctx.json(200, pageOf(matching, p, ctx.fault?.kind === "duplicate"), {
    "X-Total-Count": String(matching.length),
  });
}

/** `GET /api/v{1,2}/public-domain-occupancies/{gipodId}`. */
export function getOccupancy(ctx: RequestContext, env: MockEnv): void {
  const id = gipodIdParam(ctx.params[0], "public-domain occupancy");
  const item = env.store.get(id);
  if (!item) throw new ProblemError(404, "Not Found", `No public-domain occupancy with gipodId ${id}.`);
  ctx.json(200, item);
}

/** The filter of the query, or undefined when it has none (then nothing needs scanning). */
function occupancyFilter(url: URL): ((o: OccupancyItem) => boolean) | undefined {
  const nis = niscodes(url);
  const start = instantParam(url, "lastmodified.start");
  const end = instantParam(url, "lastmodified.end");
  const statuses = url.searchParams.getAll("statusid").map((raw) => {
    const uuid = normaliseUuid(raw);
    if (!uuid) throw new ProblemError(400, "Bad Request", `statusid must be a UUID, got "${raw}".`);
    return uuid;
  });
  if (!nis && !start && !end && statuses.length === 0) return undefined;
  const startText = start ? formatStamp(start) : undefined;
  const endText = end ? formatStamp(end) : undefined;
  return (o) => {
    if (nis && !nis.has(o.nisCode)) return false;
    if (statuses.length > 0 && !statuses.some((s) => o.status["@id"].endsWith(s))) return false;
    // Stored stamps are fixed-width 7-digit UTC strings, so string order is time order.
    if (startText !== undefined && o.lastModifiedOn < startText) return false;
    if (endText !== undefined && o.lastModifiedOn > endText) return false;
    return true;
  };
}

/**
 * Offset drift, as if other users edited GIPOD between two page requests: one record before the requested
 * offset is deleted, one is inserted in an id gap before it, and one existing record gets a new lastModifiedOn.
 */
function drift(env: MockEnv, matching: readonly OccupancyItem[], offset: number, url: URL): void {
  const { store, faults } = env;
  const before = matching.slice(0, Math.min(offset, matching.length));
  const pivot = matching[Math.min(offset, matching.length - 1)];
  if (before.length === 0 || !pivot) return;
  const victim = before[Math.floor(faults.random() * before.length)] as OccupancyItem;
  const pivotIndex = store.sortedIds().indexOf(pivot.gipodId);
  const freeId = store.freeIdBelow(pivotIndex);
  const nis = url.searchParams.getAll("niscode");
  if (freeId !== undefined) {
    store.insert({ gipodId: freeId, nisCode: nis[0] ?? victim.nisCode });
  }
  store.remove(victim.gipodId);
  const others = store.occupancies();
  const touched = others[Math.floor(faults.random() * others.length)];
  if (touched) store.update(touched.gipodId, {});
}
