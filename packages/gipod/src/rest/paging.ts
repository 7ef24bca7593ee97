import { GipodResponseError } from "../errors.js";

/**
 * One page of a list.
 *
 * @example
 * const pages: AsyncIterable<Page<Omleiding>> = gipod.listDetours({ limit: 100 }).pages();
 * for await (const page of pages) console.log(page.offset, page.items.length, page.total);
 */
export interface Page<T> {
  readonly items: readonly T[];
  readonly offset: number;
  readonly limit: number;
  /** `X-Total-Count` (or an envelope's `totalItems`), when GIPOD sends one. */
  readonly total?: number;
}

/**
 * A paginated list: iterate items with `for await`, or pages with `.pages()`, or `.collect()` them all.
 *
 * @example
 * const hinders: Paged<Mobiliteitshinder> = gipod.listMobilityHindrances({ limit: 200 });
 * for await (const hinder of hinders) console.log(hinder.gipodId);
 * const all = await gipod.listMobilityHindrances().collect();
 */
export interface Paged<T> extends AsyncIterable<T> {
  pages(): AsyncIterable<Page<T>>;
  collect(): Promise<T[]>;
}

/** Reads a list body: a bare array, or an `{items|data|member: […]}` envelope (GIPOD's is unconfirmed). */
export function listItems(body: unknown, source: string): { items: unknown[]; total?: number } {
  if (Array.isArray(body)) return { items: body };
  if (body && typeof body === "object") {
    const o = body as Record<string, unknown>;
    for (const key of ["items", "data", "member"]) {
      if (Array.isArray(o[key])) {
        const total =
          typeof o.totalItems === "number" ? o.totalItems : typeof o.total === "number" ? o.total : undefined;
        return total === undefined ? { items: o[key] as unknown[] } : { items: o[key] as unknown[], total };
      }
    }
  }
  throw new GipodResponseError("(root)", "expected a JSON array or an {items|data|member} envelope", source);
}

/** `X-Total-Count` as a number, when present and sane. */
export function totalCount(headers: Headers): number | undefined {
  const raw = headers.get("x-total-count");
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  return Number(raw);
}

/**
 * Builds a {@link Paged} from a page fetcher. With a total it reads until the total or an empty page (a server
 * may cap `limit` below what was asked, so a short page alone does not mean the end); without one it stops at
 * a short or empty page.
 */
export function paged<T>(
  limit: number,
  start: number,
  fetchPage: (offset: number) => Promise<Page<T>>,
): Paged<T> {
  async function* pages(): AsyncGenerator<Page<T>> {
    let offset = start;
    for (;;) {
      const page = await fetchPage(offset);
      yield page;
      offset += page.items.length;
      if (page.items.length === 0) return;
      if (page.total === undefined ? page.items.length < limit : offset >= page.total) return;
    }
  }
  async function* items(): AsyncGenerator<T> {
    for await (const page of pages()) yield* page.items;
  }
  return {
    pages,
    [Symbol.asyncIterator]: items,
    async collect() {
      const all: T[] = [];
      for await (const item of items()) all.push(item);
      return all;
    },
  };
}
