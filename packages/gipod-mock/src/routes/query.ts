import { parseStamp, type Stamp } from "../data/timestamp.js";
import { ProblemError } from "../http/context.js";

/** `limit` / `offset` of a list request; 400 problem when out of range. */
export function paging(
  url: URL,
  defaults: { limit: number; maxLimit: number },
): { limit: number; offset: number } {
  const limit = integerParam(url, "limit", defaults.limit);
  const offset = integerParam(url, "offset", 0);
  if (limit < 1 || limit > defaults.maxLimit) {
    throw new ProblemError(
      400,
      "Bad Request",
      `limit must be between 1 and ${defaults.maxLimit}, got ${limit}.`,
    );
  }
  return { limit, offset };
}

function integerParam(url: URL, name: string, fallback: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!/^\d{1,9}$/.test(raw))
    throw new ProblemError(400, "Bad Request", `${name} must be a non-negative integer, got "${raw}".`);
  return Number(raw);
}

/** Repeatable `niscode` parameters, each 5 digits. */
export function niscodes(url: URL): Set<string> | undefined {
  const values = url.searchParams.getAll("niscode");
  if (values.length === 0) return undefined;
  for (const v of values) {
    if (!/^\d{5}$/.test(v))
      throw new ProblemError(400, "Bad Request", `niscode must be 5 digits (e.g. 11002), got "${v}".`);
  }
  return new Set(values);
}

/** An ISO 8601 instant parameter, or undefined when absent. */
export function instantParam(url: URL, name: string): Stamp | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  const stamp = parseStamp(raw);
  if (!stamp)
    throw new ProblemError(
      400,
      "Bad Request",
      `${name} must be an ISO 8601 instant with a zone (e.g. 2025-01-31T00:00:00Z), got "${raw}".`,
    );
  return stamp;
}

/** A page of `items` with the previous page's last item repeated first when the `duplicate` fault is active. */
export function pageOf<T>(
  items: readonly T[],
  p: { limit: number; offset: number },
  duplicate: boolean,
): T[] {
  const page = items.slice(p.offset, p.offset + p.limit);
  const previous = items[p.offset - 1];
  return duplicate && p.offset > 0 && previous !== undefined ? [previous, ...page] : page;
}

/** Parses a path segment as a gipodId (404 problem for anything but digits). */
export function gipodIdParam(raw: string | undefined, what: string): number {
  if (!raw || !/^\d{1,12}$/.test(raw))
    throw new ProblemError(404, "Not Found", `No ${what} with id "${raw ?? ""}".`);
  return Number(raw);
}
