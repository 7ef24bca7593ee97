import type {
  Inname,
  Mobiliteitshinder,
  Notificatie,
  Omleiding,
  Organisatie,
  Zone,
} from "@digitale-nuts/oslo";
import { GIPOD_SCOPES } from "./auth/scopes.js";
import { createTokenProvider, type GipodAuth } from "./auth/token-provider.js";
import { type GipodEndpoints, type GipodEnvironmentName, resolveEndpoints } from "./environments.js";
import { GipodHttpError, GipodRequestError } from "./errors.js";
import type { GipodHooks } from "./http/hooks.js";
import { createRateLimiter } from "./http/rate-limiter.js";
import { createRetryPolicy, type RetryOptions } from "./http/retry-policy.js";
import { anySignal, type HttpRequest, send, type TransportConfig } from "./http/transport.js";
import { type LdesOptions, type LdesStream, streamMobilityHindrances } from "./ldes/stream.js";
import { mapMobilityHindrance, mapOccupancy } from "./mapping/occupancy.js";
import { mapDetour, mapNotification, mapOrganisation } from "./mapping/other.js";
import type { MapOptions } from "./mapping/parts.js";
import { zones } from "./mapping/parts.js";
import { Reader } from "./mapping/read.js";
import { createOgcClient, type OgcClient } from "./ogc/ogc-client.js";
import { listItems, type Page, type Paged, paged, totalCount } from "./rest/paging.js";
import { applyOccupancyFilters, applyPaging, type OccupancyFilters, type Paging } from "./rest/query.js";
import { createTaxonomyCache, type TaxonomyEntry } from "./rest/taxonomies.js";
import { type SyncOptions, type SyncResult, syncOccupancies } from "./sync/sync-occupancies.js";

/**
 * Options of {@link createGipodClient}.
 *
 * @example
 * const options: GipodClientOptions = {
 *   environment: { apiBaseUrl: "http://127.0.0.1:8080", tokenUrl: "http://127.0.0.1:8080/op/v1/token" },
 *   auth: { kind: "client_secret", clientId: "dn-antwerpen", clientSecret: process.env.GIPOD_CLIENT_SECRET ?? "" },
 *   timeoutMs: 10_000, retry: { retries: 3 }, rateLimit: { requestsPerMinute: 600 },
 * };
 */
export interface GipodClientOptions {
  /** `"production" | "beta" | "test"` (hosts per domain brief §1.3) or explicit endpoints (e.g. the mock). */
  readonly environment: GipodEnvironmentName | GipodEndpoints;
  /** Credentials; optional when only open data (OGC, LDES) is read. */
  readonly auth?: GipodAuth;
  /** Injectable fetch (default: the global one). */
  readonly fetch?: typeof fetch;
  /** Per-attempt timeout in ms; default 30 000. */
  readonly timeoutMs?: number;
  readonly retry?: RetryOptions;
  /** Client-wide request rate limit (all endpoints except the token endpoint). */
  readonly rateLimit?: { readonly requestsPerMinute: number };
  readonly hooks?: GipodHooks;
  /** Aborts everything this client does. */
  readonly signal?: AbortSignal;
  /** Taxonomy cache lifetime in ms; default one hour. */
  readonly taxonomyTtlMs?: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/**
 * Per-call options.
 *
 * @example
 * const controller = new AbortController();
 * const inname = await gipod.getOccupancy(10045378, { signal: controller.signal, includeRaw: true });
 * console.log(inname.raw); // the GIPOD payload as received
 */
export interface CallOptions {
  readonly signal?: AbortSignal;
  /** Keep the source payload on each record as `raw`. */
  readonly includeRaw?: boolean;
}

/**
 * One `[{key, value}]` operation of a groundwork PATCH (keys confirmed on the NGC wiki).
 *
 * @example
 * const operations: GroundworkPatch[] = [
 *   { key: "Period", value: { start: "2026-03-10T07:00:00Z", end: "2026-03-14T16:00:00Z" } },
 *   { key: "EstimatedDurationDays", value: 5 },
 * ];
 * await gipod.patchGroundwork(10045378, operations);
 */
export type GroundworkPatch =
  | { readonly key: "Period"; readonly value: { readonly start: string; readonly end: string } }
  | { readonly key: "Description"; readonly value: string }
  | { readonly key: "StatusId"; readonly value: string }
  | { readonly key: "EstimatedDurationDays"; readonly value: number };

/**
 * Raw page of occupancies as GIPOD sent them (for sync, which maps and rejects per item).
 *
 * @example
 * const page: RawPage = await gipod.fetchOccupancyPage({ niscodes: ["11002"] }, { limit: 500, offset: 0 });
 * console.log(page.items.length, page.total);
 */
export interface RawPage {
  readonly items: unknown[];
  readonly total?: number;
}

/**
 * The GIPOD client. Every method takes an `AbortSignal`; lists are async iterables with `.collect()`.
 *
 * @example
 * const gipod: GipodClient = createGipodClient({ environment: "test", auth });
 * const groundwork = await gipod.getGroundwork(10045378);
 * console.log(groundwork.status, gipod.occupancyApiVersion, gipod.stats().requests);
 */
export interface GipodClient {
  readonly endpoints: GipodEndpoints;
  /** Which REST version serves occupancies: `v2` until a 404/410 made the client fall back to `v1`. */
  readonly occupancyApiVersion: "v1" | "v2";
  /** Counters since creation: requests, retries, re-authentications, token requests. */
  stats(): { requests: number; retries: number; reauthentications: number; tokenRequests: number };

  listOccupancies(
    filters?: OccupancyFilters & Paging,
    options?: CallOptions,
  ): Paged<Inname & { raw?: unknown }>;
  getOccupancy(gipodId: number, options?: CallOptions): Promise<Inname & { raw?: unknown }>;
  /** One raw page of occupancies (no mapping), with `X-Total-Count`. */
  fetchOccupancyPage(
    filters: OccupancyFilters,
    paging: Required<Paging>,
    options?: CallOptions,
  ): Promise<RawPage>;

  getGroundwork(gipodId: number, options?: CallOptions): Promise<Inname & { raw?: unknown }>;
  /** Creates a groundwork; the body is GIPOD's create payload. Never retried (see README). */
  createGroundwork(
    body: unknown,
    options?: CallOptions,
  ): Promise<{ gipodId?: number; location?: string; body: unknown }>;
  patchGroundwork(
    gipodId: number,
    operations: readonly GroundworkPatch[],
    options?: CallOptions,
  ): Promise<void>;
  deleteGroundwork(gipodId: number, options?: CallOptions): Promise<void>;
  listGroundworkOccurrences(gipodId: number, options?: CallOptions): Promise<unknown[]>;
  listGroundworkZones(gipodId: number, options?: CallOptions): Promise<Zone[]>;
  getGroundworkZone(gipodId: number, zoneId: string, options?: CallOptions): Promise<Zone>;
  listGroundworkContactOrganisations(gipodId: number, options?: CallOptions): Promise<Organisatie[]>;
  getGroundworkContactOrganisation(
    gipodId: number,
    contactId: string,
    options?: CallOptions,
  ): Promise<Organisatie>;

  listMobilityHindrances(
    paging?: Paging,
    options?: CallOptions,
  ): Paged<Mobiliteitshinder & { raw?: unknown }>;
  getMobilityHindrance(
    gipodId: number,
    options?: CallOptions,
  ): Promise<Mobiliteitshinder & { raw?: unknown }>;
  listDetours(paging?: Paging, options?: CallOptions): Paged<Omleiding & { raw?: unknown }>;
  getOrganisation(id: string, options?: CallOptions): Promise<Organisatie & { raw?: unknown }>;
  /** A taxonomy (e.g. `statuses`, `zonetypes`), fetched once and cached for `taxonomyTtlMs`. */
  taxonomy(name: string, options?: CallOptions): Promise<readonly TaxonomyEntry[]>;

  listNotifications(
    filters?: NotificationFilters & Paging,
    options?: CallOptions,
  ): Paged<Notificatie & { raw?: unknown }>;
  getNotification(id: string, options?: CallOptions): Promise<Notificatie & { raw?: unknown }>;
  /** `PUT /api/v1/notifications/{id}` with `{statusId}`. Never retried. */
  updateNotificationStatus(id: string, statusId: string, options?: CallOptions): Promise<void>;
  notificationTaxonomies(options?: CallOptions): Promise<{
    types: readonly TaxonomyEntry[];
    categories: readonly TaxonomyEntry[];
    statuses: readonly TaxonomyEntry[];
  }>;

  /** Incremental, resumable sync of occupancies; see {@link syncOccupancies}. */
  syncOccupancies(options: SyncOptions): Promise<SyncResult>;

  /** OGC API Features (open data, no auth). */
  readonly ogc: OgcClient;
  /** The mobility-hindrance LDES, with this client's fetch, hooks and signal. */
  streamMobilityHindrances(options?: Omit<LdesOptions, "fetch">): LdesStream;
}

/**
 * Notification list filters.
 *
 * @example
 * const { statuses } = await gipod.notificationTaxonomies();
 * const nieuw = statuses.filter((s) => s.prefLabel === "Nieuw").map((s) => s.uuid ?? s.id);
 * const filters: NotificationFilters = { status: nieuw, since: "2026-03-01T00:00:00Z" };
 * for await (const n of gipod.listNotifications({ ...filters, limit: 50 })) console.log(n.notificatieId, n.soort);
 */
export interface NotificationFilters {
  readonly status?: string | readonly string[];
  readonly since?: string | Date;
}

const ID = /^[A-Za-z0-9._~-]{1,100}$/;

function pathId(value: string | number, name: string): string {
  const text = String(value);
  if (!ID.test(text))
    throw new GipodRequestError("GIPOD_INVALID_ID", `${name} ${JSON.stringify(text)} is not a valid id.`);
  return encodeURIComponent(text);
}

function gipodIdOf(value: number): string {
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new GipodRequestError("GIPOD_INVALID_ID", `gipodId must be a positive integer, got ${value}.`);
  return String(value);
}

/**
 * Creates a GIPOD client: REST (with OAuth2 client credentials), OGC API Features and the LDES.
 *
 * @example
 * const gipod = createGipodClient({
 *   environment: "beta",
 *   auth: { kind: "private_key_jwt", clientId: "my-client", privateJwk },
 *   rateLimit: { requestsPerMinute: 600 },
 * });
 * for await (const inname of gipod.listOccupancies({ niscodes: ["11002"], limit: 100 })) console.log(inname.gipodId);
 */
export function createGipodClient(options: GipodClientOptions): GipodClient {
  const endpoints = resolveEndpoints(options.environment);
  const hooks = options.hooks ?? {};
  const stats = { requests: 0, retries: 0, reauthentications: 0 };
  const transport: TransportConfig = {
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: options.timeoutMs ?? 30_000,
    retry: createRetryPolicy(options.retry),
    limiter: createRateLimiter(options.rateLimit?.requestsPerMinute),
    hooks,
    stats,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  // The token endpoint is another host with its own limits: it shares retries but not the rate limiter.
  const tokenTransport: TransportConfig = { ...transport, limiter: createRateLimiter(undefined) };
  const tokens = options.auth
    ? createTokenProvider({
        auth: options.auth,
        tokenUrl: endpoints.tokenUrl,
        transport: tokenTransport,
        ...(options.now ? { now: options.now } : {}),
      })
    : undefined;
  const mapOptions = (call?: CallOptions): MapOptions => ({
    baseUrl: endpoints.apiBaseUrl,
    includeRaw: call?.includeRaw ?? false,
  });
  let occupancyVersion: "v1" | "v2" = "v2";

  const url = (path: string) => new URL(path, endpoints.apiBaseUrl);

  const call = async (
    method: HttpRequest["method"],
    target: URL,
    scopes: readonly string[],
    call?: CallOptions,
    body?: unknown,
  ) => {
    if (!tokens)
      throw new GipodRequestError(
        "GIPOD_AUTH_MISSING",
        `${method} ${target.pathname} needs credentials: pass \`auth\` to createGipodClient.`,
      );
    return send(transport, {
      method,
      url: target,
      idempotent: method === "GET",
      parse: "json",
      authorize: (rejected) => tokens.authorization(scopes, rejected),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(call?.signal ? { signal: call.signal } : {}),
    });
  };

  /** Occupancy calls try v2 first and fall back to v1 on 404/410 only; v1 is remembered once it works. */
  const occupancyCall = async (build: (version: "v1" | "v2") => URL, callOptions?: CallOptions) => {
    const version = occupancyVersion;
    try {
      return await call("GET", build(version), [GIPOD_SCOPES.pdoRead], callOptions);
    } catch (error) {
      if (
        version === "v1" ||
        !(error instanceof GipodHttpError) ||
        (error.status !== 404 && error.status !== 410)
      )
        throw error;
      const response = await call("GET", build("v1"), [GIPOD_SCOPES.pdoRead], callOptions);
      if (occupancyVersion === "v2") {
        occupancyVersion = "v1";
        hooks.onWarning?.({
          code: "GIPOD_V1_FALLBACK",
          message: `GIPOD answered ${error.status} on /api/v2; using /api/v1 for public-domain-occupancies from now on (v1 has announced sunset dates).`,
        });
      }
      return response;
    }
  };

  const fetchOccupancyPage: GipodClient["fetchOccupancyPage"] = async (filters, paging, callOptions) => {
    const response = await occupancyCall(
      (v) => applyOccupancyFilters(url(`/api/${v}/public-domain-occupancies`), filters, paging),
      callOptions,
    );
    const list = listItems(response.body, "public-domain-occupancies");
    const total = totalCount(response.headers) ?? list.total;
    return total === undefined ? { items: list.items } : { items: list.items, total };
  };

  const pagedList = <T>(
    build: (paging: Required<Paging>) => URL,
    scopes: readonly string[],
    map: (item: unknown) => T,
    source: string,
    paging: Paging,
    callOptions?: CallOptions,
  ): Paged<T> => {
    const limit = paging.limit ?? 100;
    return paged(limit, paging.offset ?? 0, async (offset): Promise<Page<T>> => {
      const response = await call("GET", build({ limit, offset }), scopes, callOptions);
      const list = listItems(response.body, source);
      const total = totalCount(response.headers) ?? list.total;
      const items = list.items.map(map);
      return total === undefined ? { items, offset, limit } : { items, offset, limit, total };
    });
  };

  const taxonomies = createTaxonomyCache<CallOptions>({
    ttlMs: options.taxonomyTtlMs ?? 3_600_000,
    now: options.now ?? Date.now,
    load: async (name, scopes, callOptions) => {
      const path = `/api/v1/taxonomies/${name
        .split("/")
        .map((s) => pathId(s, "taxonomy"))
        .join("/")}`;
      const response = await call("GET", url(path), scopes, callOptions);
      return listItems(response.body, `taxonomies/${name}`).items;
    },
  });

  const ogc = createOgcClient({
    baseUrl: endpoints.ogcBaseUrl ?? "",
    transport,
  });

  const client: GipodClient = {
    endpoints,
    get occupancyApiVersion() {
      return occupancyVersion;
    },
    stats: () => ({ ...stats, tokenRequests: tokens?.tokenRequests ?? 0 }),

    listOccupancies(filters = {}, callOptions) {
      const limit = filters.limit ?? 100;
      return paged(limit, filters.offset ?? 0, async (offset) => {
        const page = await fetchOccupancyPage(filters, { limit, offset }, callOptions);
        const items = page.items.map((item) => mapOccupancy(item, mapOptions(callOptions)));
        return page.total === undefined
          ? { items, offset, limit }
          : { items, offset, limit, total: page.total };
      });
    },
    async getOccupancy(gipodId, callOptions) {
      const id = gipodIdOf(gipodId);
      const response = await occupancyCall(
        (v) => url(`/api/${v}/public-domain-occupancies/${id}`),
        callOptions,
      );
      return mapOccupancy(response.body, mapOptions(callOptions));
    },
    fetchOccupancyPage,

    async getGroundwork(gipodId, callOptions) {
      const response = await call(
        "GET",
        url(`/api/v1/groundworks/${gipodIdOf(gipodId)}`),
        [GIPOD_SCOPES.pdoRead],
        callOptions,
      );
      return mapOccupancy(response.body, mapOptions(callOptions));
    },
    async createGroundwork(body, callOptions) {
      const response = await call(
        "POST",
        url("/api/v1/groundworks"),
        [GIPOD_SCOPES.pdoWrite],
        callOptions,
        body,
      );
      const location = response.headers.get("location") ?? undefined;
      const fromBody = (response.body as { gipodId?: unknown } | undefined)?.gipodId;
      const fromLocation = location?.match(/(\d+)\/?$/)?.[1];
      const gipodId =
        typeof fromBody === "number" ? fromBody : fromLocation ? Number(fromLocation) : undefined;
      return {
        ...(gipodId === undefined ? {} : { gipodId }),
        ...(location ? { location } : {}),
        body: response.body,
      };
    },
    async patchGroundwork(gipodId, operations, callOptions) {
      if (operations.length === 0)
        throw new GipodRequestError(
          "GIPOD_INVALID_PATCH",
          "A groundwork PATCH needs at least one operation.",
        );
      await call(
        "PATCH",
        url(`/api/v1/groundworks/${gipodIdOf(gipodId)}`),
        [GIPOD_SCOPES.pdoWrite],
        callOptions,
        operations,
      );
    },
    async deleteGroundwork(gipodId, callOptions) {
      await call(
        "DELETE",
        url(`/api/v1/groundworks/${gipodIdOf(gipodId)}`),
        [GIPOD_SCOPES.pdoWrite],
        callOptions,
      );
    },
    async listGroundworkOccurrences(gipodId, callOptions) {
      const response = await call(
        "GET",
        url(`/api/v1/groundworks/${gipodIdOf(gipodId)}/occurrences`),
        [GIPOD_SCOPES.pdoRead],
        callOptions,
      );
      return listItems(response.body, "groundwork occurrences").items;
    },
    async listGroundworkZones(gipodId, callOptions) {
      const response = await call(
        "GET",
        url(`/api/v1/groundworks/${gipodIdOf(gipodId)}/zones`),
        [GIPOD_SCOPES.pdoRead],
        callOptions,
      );
      return zones(
        new Reader("groundwork zones"),
        listItems(response.body, "groundwork zones").items,
        "zone",
      );
    },
    async listGroundworkContactOrganisations(gipodId, callOptions) {
      const response = await call(
        "GET",
        url(`/api/v1/groundworks/${gipodIdOf(gipodId)}/contactorganisations`),
        [GIPOD_SCOPES.pdoRead],
        callOptions,
      );
      return listItems(response.body, "groundwork contact organisations").items.map((item) =>
        mapOrganisation(item, mapOptions(callOptions)),
      );
    },
    async getGroundworkZone(gipodId, zoneId, callOptions) {
      const response = await call(
        "GET",
        url(`/api/v1/groundworks/${gipodIdOf(gipodId)}/zones/${pathId(zoneId, "zoneId")}`),
        [GIPOD_SCOPES.pdoRead],
        callOptions,
      );
      const [zone] = zones(new Reader("groundwork zone"), [response.body], "zone");
      return zone as Zone;
    },
    async getGroundworkContactOrganisation(gipodId, contactId, callOptions) {
      const response = await call(
        "GET",
        url(
          `/api/v1/groundworks/${gipodIdOf(gipodId)}/contactorganisations/${pathId(contactId, "contactId")}`,
        ),
        [GIPOD_SCOPES.pdoRead],
        callOptions,
      );
      return mapOrganisation(response.body, mapOptions(callOptions));
    },

    listMobilityHindrances(paging = {}, callOptions) {
      return pagedList(
        (p) => applyPaging(url("/api/v1/mobility-hindrances"), p),
        [GIPOD_SCOPES.mhRead],
        (item) => mapMobilityHindrance(item, mapOptions(callOptions)),
        "mobility-hindrances",
        paging,
        callOptions,
      );
    },
    async getMobilityHindrance(gipodId, callOptions) {
      const response = await call(
        "GET",
        url(`/api/v1/mobility-hindrances/${gipodIdOf(gipodId)}`),
        [GIPOD_SCOPES.mhRead],
        callOptions,
      );
      return mapMobilityHindrance(response.body, mapOptions(callOptions));
    },
    listDetours(paging = {}, callOptions) {
      return pagedList(
        (p) => applyPaging(url("/api/v1/detours"), p),
        [GIPOD_SCOPES.mhRead],
        (item) => mapDetour(item, mapOptions(callOptions)),
        "detours",
        paging,
        callOptions,
      );
    },
    async getOrganisation(id, callOptions) {
      const response = await call(
        "GET",
        url(`/api/v1/organisations/${pathId(id, "organisation id")}`),
        [GIPOD_SCOPES.pdoRead],
        callOptions,
      );
      return mapOrganisation(response.body, mapOptions(callOptions));
    },
    taxonomy: (name, callOptions) => taxonomies.get(name, [GIPOD_SCOPES.pdoRead], callOptions),

    listNotifications(filters = {}, callOptions) {
      return pagedList(
        (p) => {
          const target = applyPaging(url("/api/v1/notifications"), p);
          const statuses =
            filters.status === undefined
              ? []
              : typeof filters.status === "string"
                ? [filters.status]
                : filters.status;
          for (const s of statuses) target.searchParams.append("status", s);
          if (filters.since !== undefined) {
            const since = filters.since instanceof Date ? filters.since : new Date(filters.since);
            if (Number.isNaN(since.getTime()))
              throw new GipodRequestError("GIPOD_INVALID_FILTER", "since is not a date.");
            target.searchParams.set(
              "since",
              typeof filters.since === "string" ? filters.since : since.toISOString(),
            );
          }
          return target;
        },
        [GIPOD_SCOPES.notifications],
        (item) => mapNotification(item, mapOptions(callOptions)),
        "notifications",
        filters,
        callOptions,
      );
    },
    async getNotification(id, callOptions) {
      const response = await call(
        "GET",
        url(`/api/v1/notifications/${pathId(id, "notification id")}`),
        [GIPOD_SCOPES.notifications],
        callOptions,
      );
      return mapNotification(response.body, mapOptions(callOptions));
    },
    async updateNotificationStatus(id, statusId, callOptions) {
      if (typeof statusId !== "string" || statusId.trim() === "")
        throw new GipodRequestError("GIPOD_INVALID_ID", "statusId must be non-empty.");
      await call(
        "PUT",
        url(`/api/v1/notifications/${pathId(id, "notification id")}`),
        [GIPOD_SCOPES.notifications],
        callOptions,
        { statusId },
      );
    },
    async notificationTaxonomies(callOptions) {
      const scopes = [GIPOD_SCOPES.notifications];
      const [types, categories, statuses] = await Promise.all([
        taxonomies.get("notificationtypes", scopes, callOptions),
        taxonomies.get("notification-categories", scopes, callOptions),
        taxonomies.get("notification-statuses", scopes, callOptions),
      ]);
      return { types, categories, statuses };
    },

    syncOccupancies: (syncOptions) => syncOccupancies(client, syncOptions),
    ogc,
    streamMobilityHindrances: (ldes = {}) => {
      // The client's signal aborts the stream too, also when the call passes its own.
      const signal = anySignal([options.signal, ldes.signal]);
      return streamMobilityHindrances({
        ...(endpoints.ldesUrl ? { url: endpoints.ldesUrl } : {}),
        baseUrl: endpoints.apiBaseUrl,
        hooks,
        ...ldes,
        ...(signal ? { signal } : {}),
        fetch: transport.fetch,
      });
    },
  };
  return client;
}
