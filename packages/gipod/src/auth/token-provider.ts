import type { JWK } from "jose";
import { GipodAuthError, GipodHttpError } from "../errors.js";
import { send, type TransportConfig } from "../http/transport.js";
import { redactUrl } from "../redact.js";
import { buildClientAssertion } from "./client-assertion.js";
import { scopeKey } from "./scopes.js";

/**
 * How the client authenticates. `private_key_jwt` is what Digitaal Vlaanderen recommends.
 *
 * @example
 * const auth: GipodAuth = { kind: "private_key_jwt", clientId: "dn-antwerpen", privateJwk };
 * const gipod = createGipodClient({ environment: "beta", auth });
 */
export type GipodAuth =
  | { readonly kind: "private_key_jwt"; readonly clientId: string; readonly privateJwk: JWK }
  | { readonly kind: "client_secret"; readonly clientId: string; readonly clientSecret: string }
  | { readonly kind: "bearer"; readonly token: string };

/** Hands out `Authorization` header values per scope set. */
export interface TokenProvider {
  /** The header for these scopes; pass the header a 401 refused to force (one shared) refresh. */
  authorization(scopes: readonly string[], rejected?: string): Promise<string>;
  /** Token requests made so far (for tests and reports). */
  readonly tokenRequests: number;
}

interface CachedToken {
  readonly header: string;
  /** When to stop using it: `refreshSkewMs` before expiry, or half-way for short-lived tokens. */
  readonly refreshAt: number;
}

/**
 * Client-credentials token cache: one entry per scope set, refreshed `refreshSkewMs` before expiry,
 * one request in flight per scope set (concurrent callers share it). Secrets live only in this closure.
 */
export function createTokenProvider(options: {
  auth: GipodAuth;
  tokenUrl: string;
  transport: TransportConfig;
  now?: () => number;
  refreshSkewMs?: number;
}): TokenProvider {
  const { auth, tokenUrl, transport } = options;
  const now = options.now ?? Date.now;
  const skew = options.refreshSkewMs ?? 60_000;
  const cache = new Map<string, CachedToken>();
  const inFlight = new Map<string, Promise<CachedToken>>();
  let tokenRequests = 0;

  const fetchToken = async (key: string): Promise<CachedToken> => {
    if (auth.kind === "bearer")
      return { header: `Bearer ${auth.token}`, refreshAt: Number.POSITIVE_INFINITY };
    tokenRequests++;
    const requestedAt = now();
    let response: Awaited<ReturnType<typeof send>>;
    try {
      response = await send(transport, {
        method: "POST",
        url: new URL(tokenUrl),
        headers: { "content-type": "application/x-www-form-urlencoded" },
        idempotent: true,
        parse: "json",
        body: async () => {
          const form = new URLSearchParams({ grant_type: "client_credentials", scope: key });
          if (auth.kind === "private_key_jwt") {
            form.set("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
            form.set(
              "client_assertion",
              await buildClientAssertion({
                clientId: auth.clientId,
                privateJwk: auth.privateJwk,
                tokenUrl,
                now,
              }),
            );
          } else {
            form.set("client_id", auth.clientId);
            form.set("client_secret", auth.clientSecret);
          }
          return form;
        },
      });
    } catch (error) {
      if (error instanceof GipodHttpError || error instanceof GipodAuthError) {
        const detail = error instanceof GipodHttpError ? (error.problem.title ?? "") : "";
        const description = error instanceof GipodHttpError ? (error.problem.detail ?? "") : error.message;
        throw new GipodAuthError(
          "GIPOD_AUTH_FAILED",
          `The token endpoint ${redactUrl(tokenUrl)} refused client "${auth.clientId}" for scopes "${key}"${detail ? ` (${detail})` : ""}${description ? `: ${description}` : ""}. Check the client id, key and granted scopes.`,
          error instanceof GipodHttpError ? error.status : error.status,
        );
      }
      throw error;
    }
    const body = response.body as
      | { access_token?: unknown; expires_in?: unknown; token_type?: unknown }
      | undefined;
    if (!body || typeof body.access_token !== "string" || body.access_token === "") {
      throw new GipodAuthError(
        "GIPOD_AUTH_FAILED",
        `The token endpoint ${redactUrl(tokenUrl)} answered without an access_token.`,
      );
    }
    const expiresIn = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : 300;
    const lifetime = expiresIn * 1000;
    return {
      header: `Bearer ${body.access_token}`,
      refreshAt: requestedAt + Math.max(lifetime - skew, lifetime / 2),
    };
  };

  const refresh = (key: string): Promise<CachedToken> => {
    const pending = inFlight.get(key);
    if (pending) return pending;
    const promise = fetchToken(key)
      .then((token) => {
        cache.set(key, token);
        return token;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    return promise;
  };

  return {
    async authorization(scopes, rejected) {
      const key = scopeKey(scopes);
      const cached = cache.get(key);
      if (cached && cached.header !== rejected && now() < cached.refreshAt) return cached.header;
      if (auth.kind === "bearer" && rejected !== undefined) {
        throw new GipodAuthError(
          "GIPOD_AUTH_UNAUTHORIZED",
          "GIPOD refused the static bearer token (401); supply a new one.",
          401,
        );
      }
      return (await refresh(key)).header;
    },
    get tokenRequests() {
      return tokenRequests;
    },
  };
}
