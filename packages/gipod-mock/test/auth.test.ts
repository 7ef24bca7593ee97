import { type ClientCredentials, type GipodMock, startGipodMock } from "@digitale-nuts/gipod-mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertion, get, postForm, tokenFor } from "./support/helpers.js";

const JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

describe("token endpoint and bearer checks", () => {
  let mock: GipodMock;
  let client: ClientCredentials;
  let clock = Date.now();

  beforeAll(async () => {
    mock = await startGipodMock({ size: 20, now: () => new Date(clock), tokenTtlSeconds: 60 });
    client = await mock.createClient({ scopes: ["gipod_pdo_read", "gipod_mh_read"] });
  });
  afterAll(() => mock.close());

  const requestToken = async (jwt: string, scope = "gipod_pdo_read") =>
    postForm(mock.tokenUrl, {
      grant_type: "client_credentials",
      scope,
      client_assertion_type: JWT_BEARER,
      client_assertion: jwt,
    });
  const claims = () => ({ iss: client.clientId, sub: client.clientId, aud: mock.tokenUrl });

  it("issues a token for a valid private_key_jwt assertion, with requested ∩ registered scopes", async () => {
    expect(client.privateJwk?.d).toBeTypeOf("string");
    const res = await requestToken(await assertion(client.privateJwk ?? {}, claims()));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 60, scope: "gipod_pdo_read" });
    expect(body.access_token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const list = await get(
      `${mock.url}/api/v2/public-domain-occupancies?limit=1`,
      body.access_token as string,
    );
    expect(list.status).toBe(200);
    expect(mock.stats.tokensIssued).toBeGreaterThan(0);
  });

  it.each([
    ["a wrong audience", { aud: "https://authenticatie.vlaanderen.be/op/v1/token" }, "invalid_client"],
    ["sub differing from iss", { sub: "someone-else" }, "invalid_client"],
    ["an expired assertion", { expiresInS: -60, iatOffsetS: -120 }, "invalid_grant"],
    ["a lifetime above 10 minutes", { expiresInS: 3600 }, "invalid_grant"],
  ])("rejects %s", async (_name, override, error) => {
    const res = await requestToken(await assertion(client.privateJwk ?? {}, { ...claims(), ...override }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error });
  });

  it("rejects a reused jti", async () => {
    const jti = crypto.randomUUID();
    expect((await requestToken(await assertion(client.privateJwk ?? {}, { ...claims(), jti }))).status).toBe(
      200,
    );
    const again = await requestToken(await assertion(client.privateJwk ?? {}, { ...claims(), jti }));
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("rejects a signature by another key and a tampered token", async () => {
    const other = await mock.createClient({ scopes: ["gipod_pdo_read"] });
    const forged = await assertion(other.privateJwk ?? {}, claims());
    const res = await requestToken(forged);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_client" });
    const good = await assertion(client.privateJwk ?? {}, claims());
    const [h, p, s] = good.split(".");
    const tampered = [h, p, `${(s ?? "").slice(0, -4)}AAAA`].join(".");
    expect((await requestToken(tampered)).status).toBe(400);
    expect((await requestToken("not-a-jwt")).status).toBe(400);
  });

  it("rejects scopes the client was not registered for (invalid_scope)", async () => {
    const res = await requestToken(
      await assertion(client.privateJwk ?? {}, claims()),
      "gipod_pdo_read gipod_pdo_write",
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_scope" });
  });

  it("supports client_secret in the form and via HTTP Basic, and rejects a wrong secret", async () => {
    const c = await mock.createClient({ scopes: ["gipod_notifications"], auth: "client_secret" });
    const form = await postForm(mock.tokenUrl, {
      grant_type: "client_credentials",
      client_id: c.clientId,
      client_secret: c.clientSecret ?? "",
    });
    expect(form.status).toBe(200);
    expect(await form.json()).toMatchObject({ scope: "gipod_notifications" });
    const basic = Buffer.from(`${c.clientId}:${c.clientSecret ?? ""}`).toString("base64");
    const viaBasic = await postForm(
      mock.tokenUrl,
      { grant_type: "client_credentials" },
      { Authorization: `Basic ${basic}` },
    );
    expect(viaBasic.status).toBe(200);
    // A malformed percent-escape in Basic credentials is the client's error (400 invalid_client), not a 500.
    const malformed = await postForm(
      mock.tokenUrl,
      { grant_type: "client_credentials" },
      { Authorization: `Basic ${Buffer.from(`${c.clientId}:%E0%A4%A`).toString("base64")}` },
    );
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: "invalid_client" });
    const wrong = await postForm(mock.tokenUrl, {
      grant_type: "client_credentials",
      client_id: c.clientId,
      client_secret: "nope",
    });
    expect(wrong.status).toBe(400);
    const text = await wrong.text();
    expect(text).toContain("invalid_client");
    expect(text).not.toContain(c.clientSecret ?? "§");
  });

  it("rejects other grant types and content types", async () => {
    expect(await (await postForm(mock.tokenUrl, { grant_type: "password" })).json()).toMatchObject({
      error: "unsupported_grant_type",
    });
    const json = await fetch(mock.tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(json.status).toBe(400);
  });

  it("answers 401 with WWW-Authenticate for missing, unknown and expired tokens", async () => {
    const url = `${mock.url}/api/v1/public-domain-occupancies`;
    for (const token of [undefined, "unknown-token"]) {
      const res = await get(url, token);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(await res.json()).toMatchObject({
        status: 401,
        title: "Unauthorized",
        instance: "/api/v1/public-domain-occupancies",
      });
    }
    const token = await tokenFor(mock, ["gipod_pdo_read"]);
    expect((await get(url, token)).status).toBe(200);
    clock += 61_000; // past the 60 s token lifetime
    const expired = await get(url, token);
    expect(expired.status).toBe(401);
    expect((await expired.json()) as { detail: string }).toMatchObject({
      detail: expect.stringMatching(/expired/),
    });
  });

  it("answers 403 when the token lacks the route's scope", async () => {
    const token = await tokenFor(mock, ["gipod_mh_read"]);
    const occupancies = await get(`${mock.url}/api/v2/public-domain-occupancies`, token);
    expect(occupancies.status).toBe(403);
    expect(occupancies.headers.get("www-authenticate")).toMatch(/insufficient_scope/);
    expect((await get(`${mock.url}/api/v1/notifications`, token)).status).toBe(403);
    expect((await get(`${mock.url}/api/v1/mobility-hindrances`, token)).status).toBe(200);
    const write = await fetch(`${mock.url}/api/v1/groundworks`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
      body: "{}",
    });
    expect(write.status).toBe(403);
  });
});

describe("requireAuth: false", () => {
  it("serves REST routes without a token", async () => {
    const mock = await startGipodMock({ size: 5, requireAuth: false });
    try {
      expect((await get(`${mock.url}/api/v2/public-domain-occupancies`)).status).toBe(200);
    } finally {
      await mock.close();
    }
  });
});
