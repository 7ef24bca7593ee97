import { ProblemError, type RequestContext } from "../http/context.js";
import type { MockEnv } from "../routes/env.js";
import type { MockStore } from "../store.js";
import { Cql2Error, compileCql2 } from "./cql2.js";
import {
  buildFeatures,
  COLLECTIONS,
  type CollectionId,
  type IndexedFeature,
  propertiesOf,
} from "./features.js";

/** Base path of the OGC API Features service. */
export const OGC_BASE = "/GIPOD/ogc/features/v1";

const CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
const EPSG4326 = /^https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/[^/]+\/4326$/;
const EPSG31370 = /^https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/[^/]+\/31370$/;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

const cache = new WeakMap<MockStore, Map<string, { revision: number; features: IndexedFeature[] }>>();

function featuresOf(id: CollectionId, store: MockStore, origin: string): IndexedFeature[] {
  let byCollection = cache.get(store);
  if (!byCollection) {
    byCollection = new Map();
    cache.set(store, byCollection);
  }
  const key = `${origin} ${id}`;
  const hit = byCollection.get(key);
  if (hit && hit.revision === store.revision) return hit.features;
  const features = buildFeatures(id, store, origin);
  byCollection.set(key, { revision: store.revision, features });
  return features;
}

function collectionId(raw: string | undefined): CollectionId {
  const id = (raw ?? "") as CollectionId;
  if (!COLLECTIONS.includes(id))
    throw new ProblemError(
      404,
      "Not Found",
      `No collection "${raw ?? ""}". Known: ${COLLECTIONS.join(", ")}.`,
    );
  return id;
}

function describe(id: CollectionId, origin: string) {
  return {
    id,
    title: id,
    itemType: "feature",
    crs: [CRS84],
    storageCrs: "http://www.opengis.net/def/crs/EPSG/0/31370",
    links: [
      { rel: "self", type: "application/json", href: `${origin}${OGC_BASE}/collections/${id}` },
      { rel: "items", type: "application/geo+json", href: `${origin}${OGC_BASE}/collections/${id}/items` },
    ],
  };
}

/** `GET /GIPOD/ogc/features/v1`: landing page. */
export function ogcLanding(ctx: RequestContext): void {
  ctx.json(200, {
    title: "GIPOD open data (gipod-mock)",
    links: [
      { rel: "self", type: "application/json", href: `${ctx.origin}${OGC_BASE}` },
      { rel: "data", type: "application/json", href: `${ctx.origin}${OGC_BASE}/collections` },
    ],
  });
}

/** `GET …/collections`. */
export function ogcCollections(ctx: RequestContext): void {
  ctx.json(200, {
    collections: COLLECTIONS.map((id) => describe(id, ctx.origin)),
    links: [{ rel: "self", type: "application/json", href: `${ctx.origin}${OGC_BASE}/collections` }],
  });
}

/** `GET …/collections/{id}`. */
export function ogcCollection(ctx: RequestContext): void {
  ctx.json(200, describe(collectionId(ctx.params[0]), ctx.origin));
}

/** `GET …/collections/{id}/items/{featureId}`. */
export function ogcItem(ctx: RequestContext, env: MockEnv): void {
  const id = collectionId(ctx.params[0]);
  const f = featuresOf(id, env.store, ctx.origin).find((x) => x.feature.id === ctx.params[1]);
  if (!f)
    throw new ProblemError(404, "Not Found", `Collection ${id} has no feature "${ctx.params[1] ?? ""}".`);
  ctx.json(200, f.feature, { "Content-Type": "application/geo+json" });
}

/**
 * `GET …/collections/{id}/items?filter=&filter-lang=cql2-text&bbox=&bbox-crs=&limit=&offset=`: a GeoJSON
 * FeatureCollection (WGS84) with `numberMatched`, `numberReturned` and an absolute `next` link.
 */
export function ogcItems(ctx: RequestContext, env: MockEnv): void {
  const id = collectionId(ctx.params[0]);
  const q = ctx.url.searchParams;
  const limitRaw = q.get("limit");
  const offsetRaw = q.get("offset");
  if (limitRaw !== null && !/^\d{1,9}$/.test(limitRaw))
    throw new ProblemError(400, "Bad Request", `limit must be a positive integer, got "${limitRaw}".`);
  if (offsetRaw !== null && !/^\d{1,9}$/.test(offsetRaw))
    throw new ProblemError(400, "Bad Request", `offset must be a non-negative integer, got "${offsetRaw}".`);
  const limit = Math.min(limitRaw === null ? DEFAULT_LIMIT : Number(limitRaw), MAX_LIMIT);
  if (limit < 1) throw new ProblemError(400, "Bad Request", "limit must be at least 1.");
  const offset = offsetRaw === null ? 0 : Number(offsetRaw);

  const lang = q.get("filter-lang");
  if (lang !== null && lang !== "cql2-text")
    throw new ProblemError(400, "Bad Request", `filter-lang "${lang}" is not supported; use cql2-text.`);
  let predicate: ((f: IndexedFeature) => boolean) | undefined;
  const filter = q.get("filter");
  if (filter !== null) {
    try {
      const test = compileCql2(filter, new Set(propertiesOf(id)));
      predicate = (f) => test(f.feature.properties);
    } catch (e) {
      if (e instanceof Cql2Error) throw new ProblemError(400, "Bad Request", e.message);
      throw e;
    }
  }
  const inBox = bboxFilter(q.get("bbox"), q.get("bbox-crs"));

  const matched = featuresOf(id, env.store, ctx.origin).filter(
    (f) => (!predicate || predicate(f)) && (!inBox || inBox(f)),
  );
  const page = matched.slice(offset, offset + limit);
  const self = new URL(ctx.url.pathname + ctx.url.search, ctx.origin);
  const links: { rel: string; type: string; href: string }[] = [
    { rel: "self", type: "application/geo+json", href: self.href },
  ];
  if (offset + page.length < matched.length) {
    const next = new URL(self.href);
    next.searchParams.set("offset", String(offset + limit));
    next.searchParams.set("limit", String(limit));
    links.push({ rel: "next", type: "application/geo+json", href: next.href });
  }
  ctx.json(
    200,
    {
      type: "FeatureCollection",
      timeStamp: env.now().toISOString(),
      numberMatched: matched.length,
      numberReturned: page.length,
      features: page.map((f) => f.feature),
      links,
    },
    { "Content-Type": "application/geo+json" },
  );
}

function bboxFilter(raw: string | null, crs: string | null): ((f: IndexedFeature) => boolean) | undefined {
  if (raw === null) return undefined;
  const parts = raw.split(",").map((s) => Number(s.trim()));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
    throw new ProblemError(
      400,
      "Bad Request",
      `bbox must be four numbers minx,miny,maxx,maxy, got "${raw}".`,
    );
  }
  let [a, b, c, d] = parts as [number, number, number, number];
  let lambert = false;
  if (crs === null || crs === CRS84) {
    // lon,lat order
  } else if (EPSG4326.test(crs)) {
    [a, b, c, d] = [b, a, d, c]; // EPSG:4326 is lat,lon
  } else if (EPSG31370.test(crs)) {
    lambert = true;
  } else {
    throw new ProblemError(
      400,
      "Bad Request",
      `bbox-crs "${crs}" is not supported; use CRS84, EPSG 4326 or EPSG 31370.`,
    );
  }
  if (a > c || b > d) throw new ProblemError(400, "Bad Request", "bbox minimum must not exceed its maximum.");
  return (f) => {
    const [x0, y0, x1, y1] = lambert ? f.lambertBox : f.wgs84Box;
    return x0 <= c && x1 >= a && y0 <= d && y1 >= b;
  };
}
