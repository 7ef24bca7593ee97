import type { GipodMock } from "@digitale-nuts/gipod-mock";
import { importJWK, type JWK, SignJWT } from "jose";

/** A bearer token for `scopes`, via a client-secret client (fast: no RSA key generation). */
export async function tokenFor(mock: GipodMock, scopes: string[]): Promise<string> {
  const client = await mock.createClient({ scopes, auth: "client_secret" });
  const res = await postForm(mock.tokenUrl, {
    grant_type: "client_credentials",
    scope: scopes.join(" "),
    client_id: client.clientId,
    client_secret: client.clientSecret ?? "",
  });
  const body = (await res.json()) as { access_token: string };
  return body.access_token;
}

/** POSTs an `application/x-www-form-urlencoded` body. */
export function postForm(
  url: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form),
  });
}

/** Signs a client assertion; `overrides` replace the standard claims (use `undefined` to drop one). */
export async function assertion(
  jwk: JWK,
  claims: { iss: string; sub: string; aud: string; jti?: string; expiresInS?: number; iatOffsetS?: number },
): Promise<string> {
  const key = await importJWK(jwk, "RS256");
  const now = Math.floor(Date.now() / 1000) + (claims.iatOffsetS ?? 0);
  return new SignJWT({})
    .setProtectedHeader({ alg: "RS256", ...(jwk.kid ? { kid: jwk.kid } : {}) })
    .setIssuer(claims.iss)
    .setSubject(claims.sub)
    .setAudience(claims.aud)
    .setJti(claims.jti ?? crypto.randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.expiresInS ?? 120))
    .sign(key);
}

/** GET with a bearer token. */
export function get(url: string, token?: string): Promise<Response> {
  return fetch(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
}

/** Sends JSON with a method and bearer token. */
export function send(method: string, url: string, token: string, body?: unknown): Promise<Response> {
  return fetch(url, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A fixed clock for deterministic data. */
export const NOW = new Date("2026-03-02T09:00:00Z");
