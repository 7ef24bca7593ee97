import { GipodRequestError, GipodResponseError } from "../errors.js";
import { send, type TransportConfig } from "../http/transport.js";
import type { Page, Paged } from "../rest/paging.js";
import { OGC_COLLECTIONS, OGC_MULTI_VALUED, OGC_PROPERTIES, type OgcCollection } from "./collections.js";
import type { CqlExpression } from "./cql.js";

/**
 * A GeoJSON feature of a GIPOD collection, multi-valued properties split into arrays.
 *
 * @example
 * const [feature]: OgcFeature[] = await gipod.ogc.features("INNAME_PUNT", { limit: 1 }).collect();
 * if (feature) console.log(feature.id, feature.geometry?.type, feature.properties.GipodId);
 */
export interface OgcFeature {
  readonly id?: string | number;
  readonly geometry: { readonly type: string; readonly coordinates: unknown } | null;
  readonly properties: Readonly<Record<string, unknown>>;
}

/**
 * Query of one collection.
 *
 * @example
 * const query: OgcQuery = {
 *   filter: cql.gte("HindranceStart", new Date("2026-03-01T00:00:00Z")),
 *   bbox: [150000, 208000, 158000, 216000],
 *   bboxCrs: "http://www.opengis.net/def/crs/EPSG/0/31370",
 *   limit: 200,
 * };
 */
export interface OgcQuery {
  /** A CQL2 filter built with {@link cql}; properties are checked against the collection. */
  readonly filter?: CqlExpression;
  /** `[minX, minY, maxX, maxY]` in `bboxCrs` (default CRS84 lon/lat). */
  readonly bbox?: readonly [number, number, number, number];
  /** CRS IRI of the bbox, e.g. `http://www.opengis.net/def/crs/EPSG/0/31370` for Lambert 72. */
  readonly bboxCrs?: string;
  /** Page size (`limit`). */
  readonly limit?: number;
  readonly signal?: AbortSignal;
}

/**
 * Client of GIPOD's OGC API Features (open data, no auth).
 *
 * @example
 * const ogc: OgcClient = gipod.ogc;
 * const filter = cql.eq("HindranceStatus", "Gevalideerd");
 * for await (const feature of ogc.features("HINDER", { filter, limit: 100 })) console.log(feature.properties.HindranceGipodId);
 */
export interface OgcClient {
  /** Features of a collection, following `links[rel=next]` on the same origin only. */
  features(collection: OgcCollection, query?: OgcQuery): Paged<OgcFeature>;
  /** The request URL for a query (for logging, or to hand to a map library). */
  itemsUrl(collection: OgcCollection, query?: Omit<OgcQuery, "signal">): URL;
}

/**
 * Splits `"a; b;c"` into `["a", "b", "c"]`; other values pass through.
 *
 * @example
 * splitMultiValue("Fluvius; Proximus;Telenet"); // ["Fluvius", "Proximus", "Telenet"]
 */
export function splitMultiValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return value
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/**
 * Creates an OGC API Features client on a base like `https://geo.api.vlaanderen.be/GIPOD/ogc/features/v1`.
 *
 * @example
 * // Usually reached as createGipodClient(…).ogc; standalone it needs a transport of its own:
 * const ogc = createOgcClient({
 *   baseUrl: "https://geo.api.vlaanderen.be/GIPOD/ogc/features/v1",
 *   transport: { fetch, timeoutMs: 30_000, retry: createRetryPolicy(), limiter: createRateLimiter(60), hooks: {}, stats: { requests: 0, retries: 0, reauthentications: 0 } },
 * });
 */
export function createOgcClient(options: { baseUrl: string; transport: TransportConfig }): OgcClient {
  const base = () => {
    if (!options.baseUrl)
      throw new GipodRequestError("GIPOD_CONFIG", "No OGC API base URL configured (ogcBaseUrl).");
    return new URL(options.baseUrl.endsWith("/") ? options.baseUrl : `${options.baseUrl}/`);
  };

  const itemsUrl: OgcClient["itemsUrl"] = (collection, query = {}) => {
    if (!(OGC_COLLECTIONS as readonly string[]).includes(collection)) {
      throw new GipodRequestError(
        "GIPOD_OGC_UNKNOWN_COLLECTION",
        `Unknown OGC collection "${collection}". Known: ${OGC_COLLECTIONS.join(", ")}.`,
      );
    }
    const url = new URL(`collections/${collection}/items`, base());
    const q = url.searchParams;
    if (query.filter) {
      q.set("filter", query.filter.render(OGC_PROPERTIES[collection]));
      q.set("filter-lang", "cql2-text");
    }
    if (query.bbox) {
      if (query.bbox.length !== 4 || !query.bbox.every(Number.isFinite)) {
        throw new GipodRequestError(
          "GIPOD_INVALID_FILTER",
          "bbox needs four finite numbers [minX, minY, maxX, maxY].",
        );
      }
      q.set("bbox", query.bbox.join(","));
      if (query.bboxCrs) q.set("bbox-crs", new URL(query.bboxCrs).toString());
    }
    if (query.limit !== undefined) {
      if (!Number.isInteger(query.limit) || query.limit < 1)
        throw new GipodRequestError("GIPOD_INVALID_FILTER", "limit must be a positive integer.");
      q.set("limit", String(query.limit));
    }
    return url;
  };

  const readPage = (body: unknown, url: URL): { features: OgcFeature[]; next?: URL } => {
    const o = body as Record<string, unknown> | null;
    if (!o || typeof o !== "object" || !Array.isArray(o.features)) {
      throw new GipodResponseError("features", "expected a GeoJSON FeatureCollection", "ogc");
    }
    const features = o.features.map((f, i): OgcFeature => {
      const feature = f as Record<string, unknown> | null;
      if (!feature || typeof feature !== "object")
        throw new GipodResponseError(`features[${i}]`, "expected a Feature", "ogc");
      const raw = (feature.properties ?? {}) as Record<string, unknown>;
      const properties: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(raw))
        properties[k] = OGC_MULTI_VALUED.has(k) ? splitMultiValue(v) : v;
      const geometry = (feature.geometry ?? null) as OgcFeature["geometry"];
      const id = typeof feature.id === "string" || typeof feature.id === "number" ? feature.id : undefined;
      return id === undefined ? { geometry, properties } : { id, geometry, properties };
    });
    const links = Array.isArray(o.links) ? (o.links as Record<string, unknown>[]) : [];
    const href = links.find((l) => l && l.rel === "next" && typeof l.href === "string")?.href as
      | string
      | undefined;
    if (!href) return { features };
    const next = new URL(href, url);
    if (next.origin !== base().origin) {
      throw new GipodRequestError(
        "GIPOD_OFF_ORIGIN_LINK",
        `The OGC next link points to another origin (${next.origin}); refusing to follow it.`,
      );
    }
    return { features, next };
  };

  return {
    itemsUrl,
    features(collection, query = {}) {
      async function* pages(): AsyncGenerator<Page<OgcFeature>> {
        let url: URL | undefined = itemsUrl(collection, query);
        const seen = new Set<string>();
        let offset = 0;
        while (url && !seen.has(url.toString())) {
          seen.add(url.toString());
          const response = await send(options.transport, {
            method: "GET",
            url,
            idempotent: true,
            parse: "json",
            headers: { accept: "application/geo+json, application/json" },
            ...(query.signal ? { signal: query.signal } : {}),
          });
          const page = readPage(response.body, url);
          yield { items: page.features, offset, limit: query.limit ?? page.features.length };
          offset += page.features.length;
          url = page.features.length === 0 ? undefined : page.next;
        }
      }
      async function* items(): AsyncGenerator<OgcFeature> {
        for await (const page of pages()) yield* page.items;
      }
      return {
        pages,
        [Symbol.asyncIterator]: items,
        async collect() {
          const all: OgcFeature[] = [];
          for await (const f of items()) all.push(f);
          return all;
        },
      };
    },
  };
}
