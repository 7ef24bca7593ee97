import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AuthServer, type ClientCredentials, type CreateClientOptions } from "./auth.js";
import { type FaultConfig, FaultInjector, type FaultKind } from "./faults.js";
import { createContext, ProblemError, type RequestContext } from "./http/context.js";
import type { MockEnv } from "./routes/env.js";
import { ROUTES, type Route } from "./routes/table.js";
import { createStats, type MockStats } from "./stats.js";
import { createStore, type MockStore } from "./store.js";

/**
 * Options of {@link startGipodMock}.
 *
 * @example
 * const options: GipodMockOptions = { port: 0, seed: 42, niscodes: ["44021"], versions: ["v1"], requireAuth: false };
 * const mock = await startGipodMock(options); // listens on 127.0.0.1
 */
export interface GipodMockOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** Port; 0 (default) picks a free one. */
  readonly port?: number;
  /** Seed of the data generator and (unless `faults.seed`) of fault injection. Default 1. */
  readonly seed?: number;
  /** Number of occupancies. Default 500. */
  readonly size?: number;
  /** Municipalities by NIS code: 11002 Antwerpen (default), 44021 Gent, 24062 Leuven, 12025 Mechelen, 71022 Hasselt. */
  readonly niscodes?: readonly string[];
  /** API versions served under `/api/vN`; without `v2` every `/api/v2` path answers 404. Default both. */
  readonly versions?: readonly ("v1" | "v2")[];
  /** Latency added to every request, in ms. Default 0. */
  readonly latencyMs?: number;
  readonly faults?: FaultConfig;
  /** The server's clock (token expiry, lastModifiedOn of mutations, generated data). Default: system time. */
  readonly now?: () => Date;
  /** Require a bearer token on REST routes. Default true. */
  readonly requireAuth?: boolean;
  /** Lifetime of issued access tokens. Default 300 s. */
  readonly tokenTtlSeconds?: number;
  /** LDES: members per fragment (default 100) and an extra relation to another origin (for refusal tests). */
  readonly ldes?: { readonly pageSize?: number; readonly offOriginRelation?: string };
  /** Called once per response with `METHOD path status` (never bodies, tokens or secrets). */
  readonly log?: (line: string) => void;
}

/**
 * A running mock GIPOD.
 *
 * @example
 * const mock: GipodMock = await startGipodMock({ seed: 1, size: 100 });
 * try {
 *   console.log(mock.url, mock.store.size, mock.stats.total());
 * } finally {
 *   await mock.close();
 * }
 */
export interface GipodMock {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `${url}/op/v1/token`: also the `aud` client assertions must carry. */
  readonly tokenUrl: string;
  /** `${url}/GIPOD/ogc/features/v1` */
  readonly ogcUrl: string;
  /** `${url}/api/v1/ldes/mobility-hindrances` */
  readonly ldesUrl: string;
  readonly store: MockStore;
  readonly stats: MockStats;
  /** Registers an OAuth client with the given scopes; `private_key_jwt` (default) returns an RS256 private JWK. */
  createClient(o: CreateClientOptions): Promise<ClientCredentials>;
  /** Replaces the fault configuration (undefined = no faults) and restarts its PRNG. */
  setFaults(f: FaultConfig | undefined): void;
  close(): Promise<void>;
}

/**
 * Starts a local GIPOD: REST (`/api/v1`, `/api/v2`), token endpoint, OGC API Features, LDES, with seeded data
 * and optional fault injection.
 *
 * @example
 * const gipod = await startGipodMock({ seed: 42, size: 200 });
 * const client = await gipod.createClient({ scopes: ["gipod_pdo_read"], auth: "client_secret" });
 * const token = await fetch(gipod.tokenUrl, {
 *   method: "POST",
 *   headers: { "Content-Type": "application/x-www-form-urlencoded" },
 *   body: new URLSearchParams({ grant_type: "client_credentials", scope: "gipod_pdo_read",
 *     client_id: client.clientId, client_secret: client.clientSecret ?? "" }),
 * }).then((r) => r.json());
 * const page = await fetch(`${gipod.url}/api/v2/public-domain-occupancies?limit=10`, {
 *   headers: { Authorization: `Bearer ${token.access_token}` },
 * }).then((r) => r.json());
 * await gipod.close();
 */
export async function startGipodMock(options: GipodMockOptions = {}): Promise<GipodMock> {
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => new Date());
  const versions = new Set(options.versions ?? ["v1", "v2"]);
  const requireAuth = options.requireAuth ?? true;
  const stats = createStats();
  const store = createStore({
    seed,
    size: options.size ?? 500,
    niscodes: options.niscodes ?? ["11002"],
    now,
  });
  const faults = new FaultInjector(options.faults, seed);
  const pageSize = options.ldes?.pageSize ?? 100;
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`gipod-mock: ldes.pageSize must be a positive integer, got ${pageSize}`);
  const env: MockEnv = {
    store,
    faults,
    now,
    ldes: {
      pageSize,
      ...(options.ldes?.offOriginRelation ? { offOriginRelation: options.ldes.offOriginRelation } : {}),
    },
  };
  let origin = "";
  const auth = new AuthServer({
    tokenUrl: () => `${origin}/op/v1/token`,
    now,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 300,
    stats,
  });

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", origin);
    if (options.log) {
      const started = url.pathname;
      res.on("close", () =>
        options.log?.(`${req.method} ${started} ${res.headersSent ? res.statusCode : "reset"}`),
      );
    }
    const match = matchRoute(req.method ?? "GET", url.pathname, versions);
    if (match.kind !== "ok") {
      const ctx = createContext({
        req,
        res,
        url,
        route: match.kind,
        params: [],
        origin,
        fault: undefined,
        stats,
      });
      if (match.kind === "method-not-allowed") {
        ctx.problem(405, "Method Not Allowed", `${req.method} is not allowed on ${url.pathname}.`, {
          Allow: match.allow.join(", "),
        });
      } else ctx.problem(404, "Not Found", `No resource at ${url.pathname}.`);
      return;
    }
    const { route, params } = match;
    const offset = Number(url.searchParams.get("offset") ?? "0");
    const applies = (k: FaultKind) =>
      k === "drift" ? !!route.drift && offset > 0 : k === "duplicate" ? !!route.list && offset > 0 : true;
    const fault = faults.draw(route.name, applies);
    if (fault) {
      const row = stats.faults[route.name] ?? {};
      row[fault.kind] = (row[fault.kind] ?? 0) + 1;
      stats.faults[route.name] = row;
    }
    const ctx = createContext({ req, res, url, route: route.name, params, origin, fault, stats });
    if (options.latencyMs) await sleep(options.latencyMs);
    if (fault?.kind === "latency") await sleep(fault.spec.latencyMs ?? 250);
    if (fault?.kind === "429" || fault?.kind === "503" || fault?.kind === "500") {
      const status = Number(fault.kind);
      const retry = fault.kind === "500" ? {} : { "Retry-After": String(fault.spec.retryAfterSeconds ?? 1) };
      ctx.problem(
        status,
        status === 429
          ? "Too Many Requests"
          : status === 503
            ? "Service Unavailable"
            : "Internal Server Error",
        "Injected fault.",
        retry,
      );
      return;
    }
    await run(route, ctx);
  }

  async function run(route: Route, ctx: RequestContext): Promise<void> {
    try {
      if (route.handler === "token") return await auth.token(ctx);
      if (route.handler === "discovery") {
        return ctx.json(200, {
          issuer: origin,
          token_endpoint: `${origin}/op/v1/token`,
          grant_types_supported: ["client_credentials"],
          token_endpoint_auth_methods_supported: [
            "private_key_jwt",
            "client_secret_post",
            "client_secret_basic",
          ],
        });
      }
      if (requireAuth && route.scopes.length > 0 && !auth.authorize(ctx, route.scopes)) return;
      await route.handler(ctx, env);
    } catch (e) {
      if (e instanceof ProblemError) ctx.problem(e.status, e.title, e.detail, e.headers);
      else ctx.problem(500, "Internal Server Error", "The mock failed to handle this request.");
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.address === "0.0.0.0" || address.address === "::" ? "127.0.0.1" : address.address;
  origin = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;

  return {
    url: origin,
    tokenUrl: `${origin}/op/v1/token`,
    ogcUrl: `${origin}/GIPOD/ogc/features/v1`,
    ldesUrl: `${origin}/api/v1/ldes/mobility-hindrances`,
    store,
    stats,
    createClient: (o) => auth.createClient(o),
    setFaults: (f) => faults.set(f),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

type Match =
  | { kind: "ok"; route: Route; params: string[] }
  | { kind: "method-not-allowed"; allow: string[] }
  | { kind: "not-found" };

function matchRoute(method: string, pathname: string, versions: ReadonlySet<string>): Match {
  const versioned = /^\/api\/(v1|v2)(\/.*)$/.exec(pathname);
  const allow: string[] = [];
  for (const route of ROUTES) {
    let m: RegExpExecArray | null = null;
    if (route.versioned) {
      if (versioned && versions.has(versioned[1] as string)) m = route.pattern.exec(versioned[2] as string);
    } else m = route.pattern.exec(pathname);
    if (!m) continue;
    if (route.method !== method) {
      allow.push(route.method);
      continue;
    }
    return { kind: "ok", route, params: m.slice(1).map(safeDecode) };
  }
  return allow.length > 0
    ? { kind: "method-not-allowed", allow: [...new Set(allow)] }
    : { kind: "not-found" };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed escapes simply match nothing
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
