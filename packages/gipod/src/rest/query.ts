import { GipodRequestError } from "../errors.js";

/**
 * Filters of the REST list endpoints. `niscode` is confirmed only in DN's plans (domain brief §5.3).
 *
 * @example
 * const filters: OccupancyFilters = { niscodes: ["11002"], lastModifiedStart: "2026-03-01T00:00:00Z", statusIds: ["3603c0b5-778e-4407-ae57-7300e0694888"] };
 * const innames = await gipod.listOccupancies({ ...filters, limit: 500 }).collect();
 */
export interface OccupancyFilters {
  /** 5-digit municipality NIS codes (repeatable), e.g. `11002` for Antwerpen. */
  readonly niscodes?: readonly string[];
  /** Only records changed at or after this instant (`lastmodified.start`). */
  readonly lastModifiedStart?: string | Date;
  /** Only records changed before this instant (`lastmodified.end`). */
  readonly lastModifiedEnd?: string | Date;
  /** GIPOD status taxonomy ids (repeatable `statusid`). */
  readonly statusIds?: readonly string[];
}

/**
 * Offset paging. GIPOD caps `limit` (the mock at 500).
 *
 * @example
 * const paging: Paging = { limit: 100, offset: 200 };
 * const detours = await gipod.listDetours(paging).collect();
 */
export interface Paging {
  readonly limit?: number;
  readonly offset?: number;
}

const NISCODE = /^\d{5}$/;

/**
 * Throws a typed error unless every NIS code has exactly 5 digits.
 *
 * @example
 * validateNiscodes(["11002", "44021"]); // passes
 * validateNiscodes(["2000"]); // throws GipodRequestError (code "GIPOD_INVALID_NISCODE")
 */
export function validateNiscodes(niscodes: readonly string[]): void {
  for (const code of niscodes) {
    if (typeof code !== "string" || !NISCODE.test(code)) {
      throw new GipodRequestError(
        "GIPOD_INVALID_NISCODE",
        `NIS code ${JSON.stringify(code)} is invalid: a NIS code has exactly 5 digits (e.g. "11002" for Antwerpen).`,
      );
    }
  }
}

function instant(value: string | Date, name: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new GipodRequestError(
      "GIPOD_INVALID_FILTER",
      `${name} is not a date: ${JSON.stringify(String(value))}.`,
    );
  return typeof value === "string" ? value : date.toISOString();
}

function checkPaging(paging: Paging): void {
  if (
    paging.limit !== undefined &&
    (!Number.isInteger(paging.limit) || paging.limit < 1 || paging.limit > 10_000)
  ) {
    throw new GipodRequestError(
      "GIPOD_INVALID_FILTER",
      `limit must be an integer from 1, got ${paging.limit}.`,
    );
  }
  if (paging.offset !== undefined && (!Number.isInteger(paging.offset) || paging.offset < 0)) {
    throw new GipodRequestError(
      "GIPOD_INVALID_FILTER",
      `offset must be a non-negative integer, got ${paging.offset}.`,
    );
  }
}

/** Writes filters and paging onto a URL's query with URLSearchParams (never string concatenation). */
export function applyOccupancyFilters(url: URL, filters: OccupancyFilters, paging: Paging): URL {
  checkPaging(paging);
  const q = url.searchParams;
  if (paging.limit !== undefined) q.set("limit", String(paging.limit));
  if (paging.offset !== undefined) q.set("offset", String(paging.offset));
  if (filters.niscodes) {
    validateNiscodes(filters.niscodes);
    for (const code of filters.niscodes) q.append("niscode", code);
  }
  if (filters.lastModifiedStart !== undefined)
    q.set("lastmodified.start", instant(filters.lastModifiedStart, "lastModifiedStart"));
  if (filters.lastModifiedEnd !== undefined)
    q.set("lastmodified.end", instant(filters.lastModifiedEnd, "lastModifiedEnd"));
  for (const id of filters.statusIds ?? []) q.append("statusid", id);
  return url;
}

/** Writes plain paging onto a URL. */
export function applyPaging(url: URL, paging: Paging): URL {
  checkPaging(paging);
  if (paging.limit !== undefined) url.searchParams.set("limit", String(paging.limit));
  if (paging.offset !== undefined) url.searchParams.set("offset", String(paging.offset));
  return url;
}
