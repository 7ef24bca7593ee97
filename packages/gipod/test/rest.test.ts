import { inspect } from "node:util";
import {
  createGipodClient,
  GipodAuthError,
  type GipodHooks,
  GipodHttpError,
  GipodRequestError,
} from "@digitale-nuts/gipod";
import type { GipodMock } from "@digitale-nuts/gipod-mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpointsOf, withMock } from "./helpers/mock.js";
import { startProxy } from "./helpers/proxy.js";

let mock: GipodMock;
let makeClient: Awaited<ReturnType<typeof withMock>>["client"];

beforeAll(async () => {
  const m = await withMock({ seed: 11, size: 240, niscodes: ["11002", "44021"] });
  mock = m.mock;
  makeClient = m.client;
});
afterAll(() => mock.close());

describe("public-domain occupancies", () => {
  it("lists every occupancy of a municipality over pages, mapped to oslo, in gipodId order", async () => {
    const client = makeClient();
    const got = await client.listOccupancies({ niscodes: ["44021"], limit: 37 }).collect();
    const expected = mock.store.occupancies().filter((o) => o.nisCode === "44021");
    expect(got.map((r) => r.gipodId)).toEqual(expected.map((o) => o.gipodId));
    expect(got.map((r) => r.laatstGewijzigdOp)).toEqual(expected.map((o) => o.lastModifiedOn));
    const pages = [];
    for await (const page of client.listOccupancies({ niscodes: ["44021"], limit: 50 }).pages())
      pages.push(page);
    expect(pages[0]?.total).toBe(expected.length);
    const one = expected[3];
    if (!one) throw new Error("fixture too small");
    expect((await client.getOccupancy(one.gipodId, { includeRaw: true })).raw).toEqual(one);
  });

  it("reads on past a short page while X-Total-Count says more (a server capping limit loses nothing)", async () => {
    // A fetch that caps every page at 7 items, as a server with a lower maximum than the asked limit would.
    const capping: typeof fetch = (input, init) => {
      const target = new URL(String(input));
      if (target.searchParams.has("limit")) target.searchParams.set("limit", "7");
      return fetch(target, init);
    };
    const client = makeClient({ fetch: capping });
    const got = await client.listOccupancies({ niscodes: ["44021"], limit: 20 }).collect();
    const expected = mock.store.occupancies().filter((o) => o.nisCode === "44021");
    expect(expected.length).toBeGreaterThan(20);
    expect(got.map((r) => r.gipodId)).toEqual(expected.map((o) => o.gipodId));
  });

  it("validates NIS codes before sending anything", async () => {
    const seen: string[] = [];
    const client = makeClient({ hooks: { onRequest: (e) => seen.push(e.url) } });
    await expect(client.listOccupancies({ niscodes: ["1100"] }).collect()).rejects.toThrow(GipodRequestError);
    await expect(client.listOccupancies({ niscodes: ["11002&x=1"] }).collect()).rejects.toThrow(
      /exactly 5 digits/,
    );
    expect(seen).toEqual([]);
  });

  it("falls back from /api/v2 to /api/v1 on 404 (and 410), warns once, and remembers the choice", async () => {
    for (const status of [404, 410]) {
      const proxy = await startProxy(mock.url, (r) =>
        r.path.startsWith("/api/v2/")
          ? { status, body: JSON.stringify({ title: "Gone", status }) }
          : undefined,
      );
      const warnings: string[] = [];
      const client = makeClient({
        environment: endpointsOf(mock, proxy.url),
        hooks: { onWarning: (w) => warnings.push(w.code) },
      });
      expect(client.occupancyApiVersion).toBe("v2");
      const first = await client.listOccupancies({ limit: 20 }).pages()[Symbol.asyncIterator]().next();
      expect(first.value?.items.length).toBe(20);
      await client.getOccupancy(first.value?.items[0]?.gipodId as number);
      expect(client.occupancyApiVersion).toBe("v1");
      expect(warnings).toEqual(["GIPOD_V1_FALLBACK"]);
      const paths = proxy.seen
        .filter((r) => r.path.startsWith("/api/"))
        .map((r) => r.path.split("?")[0]?.slice(0, 7));
      expect(paths).toEqual(["/api/v2", "/api/v1", "/api/v1"]);
      await proxy.close();
    }
  });

  it("uses v1 directly when the mock serves only v1", async () => {
    const { mock: v1only, client } = await withMock({ seed: 2, size: 20, versions: ["v1"] });
    const c = client();
    expect((await c.listOccupancies({ limit: 50 }).collect()).length).toBe(20);
    expect(c.occupancyApiVersion).toBe("v1");
    await v1only.close();
  });

  it("does not fall back on other errors (500, 403, 400)", async () => {
    for (const status of [500, 403, 400]) {
      const proxy = await startProxy(mock.url, (r) =>
        r.path.startsWith("/api/v2/") ? { status, body: "{}" } : undefined,
      );
      const client = makeClient({
        environment: endpointsOf(mock, proxy.url),
        retry: { retries: 1, baseDelayMs: 1 },
      });
      const error = await client
        .listOccupancies({ limit: 5 })
        .collect()
        .catch((e) => e);
      expect(error).toBeInstanceOf(status === 403 ? GipodAuthError : GipodHttpError);
      expect(proxy.seen.some((r) => r.path.startsWith("/api/v1/"))).toBe(false);
      expect(client.occupancyApiVersion).toBe("v2");
      await proxy.close();
    }
  });
});

describe("authentication", () => {
  it("concurrent callers share one token request", async () => {
    const client = makeClient();
    const before = mock.stats.tokensIssued;
    const ids = mock.store
      .occupancies()
      .slice(0, 16)
      .map((o) => o.gipodId);
    await Promise.all(ids.map((id) => client.getOccupancy(id)));
    expect(mock.stats.tokensIssued - before).toBe(1);
    expect(client.stats().tokenRequests).toBe(1);
    // A second scope set is a second token; the first stays cached.
    await Promise.all([
      client.listMobilityHindrances({ limit: 5 }).collect(),
      client.listMobilityHindrances({ limit: 5 }).collect(),
    ]);
    await client.getOccupancy(ids[0] as number);
    expect(mock.stats.tokensIssued - before).toBe(2);
  });

  it("refreshes a token before it expires", async () => {
    let now = Date.now();
    const client = makeClient({ now: () => now });
    const id = mock.store.occupancies()[0]?.gipodId as number;
    await client.getOccupancy(id);
    now += 250_000; // the mock's tokens live 300 s; refresh 60 s before
    await client.getOccupancy(id);
    expect(client.stats().tokenRequests).toBe(2);
  });

  it("a 401 triggers exactly one re-authentication and retry, then a typed error — never a loop", async () => {
    let rejectAll = true;
    const proxy = await startProxy(mock.url, (r) =>
      r.path.startsWith("/api/") && rejectAll
        ? { status: 401, headers: { "www-authenticate": 'Bearer error="invalid_token"' }, body: "{}" }
        : undefined,
    );
    const client = makeClient({ environment: endpointsOf(mock, proxy.url) });
    const id = mock.store.occupancies()[0]?.gipodId as number;
    const error = await client.getOccupancy(id).catch((e) => e);
    expect(error).toBeInstanceOf(GipodAuthError);
    expect(error.code).toBe("GIPOD_AUTH_UNAUTHORIZED");
    expect(client.stats().tokenRequests).toBe(2);
    expect(proxy.seen.filter((r) => r.path.startsWith("/api/")).length).toBe(2);
    // One 401 (e.g. a revoked token) then success: one re-auth, the call succeeds.
    let first = true;
    const once = await startProxy(mock.url, (r) => {
      if (!r.path.startsWith("/api/") || !first) return undefined;
      first = false;
      return { status: 401, body: "{}" };
    });
    const c2 = makeClient({ environment: endpointsOf(mock, once.url) });
    expect((await c2.getOccupancy(id)).gipodId).toBe(id);
    expect(c2.stats()).toMatchObject({ tokenRequests: 2, reauthentications: 1 });
    rejectAll = false;
    await proxy.close();
    await once.close();
  });

  it("a token without the route's scope gets a 403 GipodAuthError, not retried", async () => {
    const creds = await mock.createClient({ scopes: ["gipod_mh_read"], auth: "client_secret" });
    const token = await fetch(mock.tokenUrl, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "client_credentials",
        scope: "gipod_mh_read",
        client_id: creds.clientId,
        client_secret: creds.clientSecret as string,
      }),
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const client = createGipodClient({
      environment: endpointsOf(mock),
      auth: { kind: "bearer", token: token.access_token },
    });
    const error = await client
      .listOccupancies()
      .collect()
      .catch((e) => e);
    expect(error).toBeInstanceOf(GipodAuthError);
    expect(error.code).toBe("GIPOD_AUTH_FORBIDDEN");
    expect(error.status).toBe(403);
    expect(client.stats()).toMatchObject({ requests: 1, retries: 0 });
    // Asking the token endpoint for a scope the client was not granted is refused there, typed too.
    const jwt = await mock.createClient({ scopes: ["gipod_mh_read"] });
    const c2 = createGipodClient({
      environment: endpointsOf(mock),
      auth: { kind: "private_key_jwt", clientId: jwt.clientId, privateJwk: jwt.privateJwk as never },
    });
    const refused = await c2
      .listOccupancies()
      .collect()
      .catch((e) => e);
    expect(refused.code).toBe("GIPOD_AUTH_FAILED");
    expect(refused.message).toContain("gipod_pdo_read");
  });

  it("never puts a token, secret, assertion or key in errors, hooks or toString()", async () => {
    const secretCreds = await mock.createClient({ scopes: ["gipod_pdo_read"], auth: "client_secret" });
    const jwtCreds = await mock.createClient({ scopes: ["gipod_pdo_read"] });
    const captured: unknown[] = [];
    const hooks: GipodHooks = {
      onRequest: (e) => captured.push(e),
      onResponse: (e) => captured.push(e),
      onRetry: (e) => captured.push(e),
      onWarning: (e) => captured.push(e),
    };
    const secrets: string[] = [secretCreds.clientSecret as string, (jwtCreds.privateJwk as { d: string }).d];
    const tokens: string[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const body = init?.body instanceof URLSearchParams ? init.body : undefined;
      if (body?.get("client_assertion")) secrets.push(body.get("client_assertion") as string);
      if (String(input).endsWith("/op/v1/token") && response.ok) {
        const json = (await response.clone().json()) as { access_token: string };
        tokens.push(json.access_token);
      }
      return response;
    };
    const errors: unknown[] = [];
    const run = async (client: ReturnType<typeof createGipodClient>) => {
      await client.listOccupancies({ limit: 5 }).collect();
      errors.push(await client.getOccupancy(1).catch((e) => e)); // 404
      errors.push(
        await client
          .listNotifications()
          .collect()
          .catch((e) => e),
      ); // scope not granted: the token endpoint refuses
      captured.push(inspect(client, { depth: 5 }), JSON.stringify(client), String(client));
    };
    await run(
      createGipodClient({
        environment: endpointsOf(mock),
        auth: {
          kind: "client_secret",
          clientId: secretCreds.clientId,
          clientSecret: secretCreds.clientSecret as string,
        },
        hooks,
        fetch: recordingFetch,
      }),
    );
    await run(
      createGipodClient({
        environment: endpointsOf(mock),
        auth: {
          kind: "private_key_jwt",
          clientId: jwtCreds.clientId,
          privateJwk: jwtCreds.privateJwk as never,
        },
        hooks,
        fetch: recordingFetch,
      }),
    );
    // Wrong secret: the token endpoint refuses.
    errors.push(
      await createGipodClient({
        environment: endpointsOf(mock),
        auth: {
          kind: "client_secret",
          clientId: secretCreds.clientId,
          clientSecret: "wrong-secret-value-123",
        },
        hooks,
      })
        .listOccupancies()
        .collect()
        .catch((e) => e),
    );
    secrets.push("wrong-secret-value-123");
    // Static bearer refused: 401 without a loop.
    errors.push(
      await createGipodClient({
        environment: endpointsOf(mock),
        auth: { kind: "bearer", token: "static-bearer-token-xyz" },
        hooks,
      })
        .listOccupancies()
        .collect()
        .catch((e) => e),
    );
    tokens.push("static-bearer-token-xyz");
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    expect(errors.every((e) => e instanceof Error)).toBe(true);
    expect(errors.map((e) => (e as { code: string }).code)).toEqual([
      "GIPOD_HTTP_404",
      "GIPOD_AUTH_FAILED",
      "GIPOD_HTTP_404",
      "GIPOD_AUTH_FAILED",
      "GIPOD_AUTH_FAILED",
      "GIPOD_AUTH_UNAUTHORIZED",
    ]);
    const dump = [
      ...errors.flatMap((e) => [
        String(e),
        (e as Error).stack ?? "",
        inspect(e, { depth: 8, showHidden: true }),
        JSON.stringify(e),
      ]),
      ...captured.map((c) => (typeof c === "string" ? c : JSON.stringify(c))),
    ].join("\n");
    for (const secret of [...secrets, ...tokens]) expect(dump).not.toContain(secret);
    expect(dump).toContain("Bearer REDACTED");
  });
});

describe("reliability", () => {
  it("a token response that is not JSON gives a typed error that does not quote the body (the token)", async () => {
    const leaked = "tk-leak42"; // short, so V8's SyntaxError message quotes the whole body
    const proxy = await startProxy(mock.url, (r) =>
      r.path === "/op/v1/token"
        ? { status: 200, headers: { "content-type": "text/plain" }, body: `token=${leaked}` }
        : undefined,
    );
    const error = await makeClient({
      environment: { ...endpointsOf(mock), tokenUrl: `${proxy.url}/op/v1/token` },
      retry: { retries: 1, baseDelayMs: 1 },
    })
      .listOccupancies({ limit: 5 })
      .collect()
      .catch((e) => e);
    await proxy.close();
    expect(error.code).toBe("GIPOD_NETWORK_TRUNCATED");
    const dump = [String(error), error.stack, inspect(error, { depth: 8, showHidden: true })].join("\n");
    expect(dump).not.toContain(leaked);
  });

  it("retries reads on 429 honouring a capped Retry-After, and on 5xx, resets and truncated bodies", async () => {
    const retries: { delayMs: number; reason: string }[] = [];
    const client = makeClient({
      hooks: { onRetry: (e) => retries.push(e) },
      retry: { retries: 10, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 15 },
    });
    mock.setFaults({
      seed: 5,
      routes: {
        occupancies: {
          probability: 0.5,
          kinds: ["429", "503", "500", "reset", "truncate"],
          retryAfterSeconds: 2,
        },
      },
    });
    try {
      const got = await client.listOccupancies({ limit: 20 }).collect();
      expect(got.length).toBe(mock.store.occupancies().length);
    } finally {
      mock.setFaults(undefined);
    }
    expect(retries.length).toBeGreaterThan(0);
    const faults = mock.stats.faults.occupancies ?? {};
    expect(retries.length).toBe(Object.values(faults).reduce((a, b) => a + b, 0));
    for (const r of retries.filter((r) => /429|503/.test(r.reason))) expect(r.delayMs).toBe(15); // Retry-After 2 s, capped
  });

  it("never retries a write on an HTTP error", async () => {
    const client = makeClient();
    const id = mock.store.occupancies().find((o) => o["@type"] === "Groundwork")?.gipodId as number;
    let sent = 0;
    const counting = makeClient({ hooks: { onRequest: (e) => (e.method === "PATCH" ? sent++ : undefined) } });
    mock.setFaults({ routes: { groundworks: { probability: 1, kinds: ["503"], retryAfterSeconds: 0 } } });
    try {
      const error = await counting
        .patchGroundwork(id, [{ key: "Description", value: "nieuw" }])
        .catch((e) => e);
      expect(error).toBeInstanceOf(GipodHttpError);
      expect(error.status).toBe(503);
    } finally {
      mock.setFaults(undefined);
    }
    expect(sent).toBe(1);
    expect(mock.store.get(id)?.description).not.toBe("nieuw");
    await client.patchGroundwork(id, [{ key: "Description", value: "nieuw" }]);
    expect(mock.store.get(id)?.description).toBe("nieuw");
  });

  it("times out a slow request per attempt and honours an AbortSignal", async () => {
    const client = makeClient({ timeoutMs: 30, retry: { retries: 1, baseDelayMs: 1 } });
    mock.setFaults({ routes: { occupancies: { probability: 1, kinds: ["latency"], latencyMs: 300 } } });
    try {
      const error = await client
        .listOccupancies({ limit: 5 })
        .collect()
        .catch((e) => e);
      expect(error.code).toBe("GIPOD_NETWORK_TIMEOUT");
      const controller = new AbortController();
      const pending = makeClient().listOccupancies({ limit: 5 }, { signal: controller.signal }).collect();
      setTimeout(() => controller.abort(new Error("stop")), 20);
      await expect(pending).rejects.toThrow("stop");
    } finally {
      mock.setFaults(undefined);
    }
  });
});

describe("other resources", () => {
  it("groundworks: get, zones, contact organisations, occurrences, create, patch, delete", async () => {
    const client = makeClient();
    const gw = mock.store.occupancies().find((o) => o["@type"] === "Groundwork" && o.zone.length > 0);
    if (!gw) throw new Error("fixture lacks a groundwork");
    const g = await client.getGroundwork(gw.gipodId);
    expect(g).toMatchObject({ type: "Grondwerk", gipodId: gw.gipodId });
    const zones = await client.listGroundworkZones(gw.gipodId);
    expect(zones.length).toBe(gw.zone.length);
    const zoneId = gw.zone[0]?.["@id"].split("/").at(-1) as string;
    expect((await client.getGroundworkZone(gw.gipodId, zoneId)).geometrie.geojson.type).toBeDefined();
    expect((await client.listGroundworkContactOrganisations(gw.gipodId)).length).toBe(
      gw.contactOrganisation.length,
    );
    expect(Array.isArray(await client.listGroundworkOccurrences(gw.gipodId))).toBe(true);
    await client.patchGroundwork(gw.gipodId, [
      { key: "Period", value: { start: "2030-01-01T06:00:00Z", end: "2030-01-03T16:00:00Z" } },
    ]);
    expect((await client.getGroundwork(gw.gipodId)).periode.begin).toBe("2030-01-01T06:00:00Z");
    await expect(client.getGroundworkZone(gw.gipodId, "../../x")).rejects.toThrow(GipodRequestError);
    await client.deleteGroundwork(gw.gipodId);
    expect(mock.store.get(gw.gipodId)).toBeUndefined();
  });

  it("hindrances, detours, organisations, taxonomies (cached) and notifications with a status update", async () => {
    const requests: string[] = [];
    const client = makeClient({ hooks: { onRequest: (e) => requests.push(new URL(e.url).pathname) } });
    const hindrances = await client.listMobilityHindrances({ limit: 25 }).collect();
    expect(hindrances.length).toBeGreaterThan(0);
    expect((await client.getMobilityHindrance(hindrances[0]?.gipodId as number)).gipodId).toBe(
      hindrances[0]?.gipodId,
    );
    expect((await client.listDetours({ limit: 10 }).collect()).every((d) => d.type === "Omleiding")).toBe(
      true,
    );
    const ownerId = mock.store.occupancies()[0]?.owner["@id"].split("/").at(-1) as string;
    expect((await client.getOrganisation(ownerId)).voorkeursnaam).toBe(
      mock.store.occupancies()[0]?.owner.preferredName,
    );
    const statuses = await client.taxonomy("statuses");
    await client.taxonomy("statuses");
    expect(statuses.some((s) => s.prefLabel === "Uitgevoerd")).toBe(true);
    expect(requests.filter((p) => p.endsWith("/taxonomies/statuses")).length).toBe(1);

    const tax = await client.notificationTaxonomies();
    const nieuw = tax.statuses.find((s) => s.prefLabel === "Nieuw");
    const done = tax.statuses.find((s) => s.prefLabel === "Afgehandeld");
    const open = await client.listNotifications({ status: nieuw?.uuid as string, limit: 7 }).collect();
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((n) => n.status === "nieuw")).toBe(true);
    const target = open[0]?.notificatieId as string;
    await client.updateNotificationStatus(target, done?.uuid as string);
    expect((await client.getNotification(target)).status).toBe("afgehandeld");
  });
});
