import { importJWK, type JWK, SignJWT } from "jose";
import { GipodAuthError } from "../errors.js";

/**
 * Longest lifetime we give an assertion: short, so a leaked one is useless soon.
 *
 * @example
 * MAX_ASSERTION_SECONDS; // 300: a longer `lifetimeSeconds` is capped to this
 */
export const MAX_ASSERTION_SECONDS = 300;

/**
 * Signs a `private_key_jwt` client assertion (RFC 7523): `iss` = `sub` = client id, `aud` = the token
 * endpoint, a random `jti`, `iat` now, `exp` at most 5 minutes later.
 *
 * @example
 * const assertion = await buildClientAssertion({
 *   clientId: "dn-antwerpen", privateJwk, tokenUrl: GIPOD_ENVIRONMENTS.beta.tokenUrl, lifetimeSeconds: 120,
 * });
 */
export async function buildClientAssertion(options: {
  clientId: string;
  privateJwk: JWK;
  tokenUrl: string;
  lifetimeSeconds?: number;
  now?: () => number;
}): Promise<string> {
  const alg = options.privateJwk.alg ?? (options.privateJwk.kty === "EC" ? "ES256" : "RS256");
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK(options.privateJwk, alg);
  } catch (cause) {
    // The cause may quote key material; keep only its class name.
    throw new GipodAuthError(
      "GIPOD_AUTH_CONFIG",
      `The private JWK for client "${options.clientId}" cannot be imported for ${alg} (${(cause as Error)?.name ?? "error"}). Check kty/alg and that it holds the private part.`,
    );
  }
  const nowSeconds = Math.floor((options.now?.() ?? Date.now()) / 1000);
  const lifetime = Math.min(
    MAX_ASSERTION_SECONDS,
    Math.max(1, options.lifetimeSeconds ?? MAX_ASSERTION_SECONDS),
  );
  const header: { alg: string; typ: string; kid?: string } = { alg, typ: "JWT" };
  if (options.privateJwk.kid) header.kid = options.privateJwk.kid;
  return new SignJWT({})
    .setProtectedHeader(header)
    .setIssuer(options.clientId)
    .setSubject(options.clientId)
    .setAudience(options.tokenUrl)
    .setJti(crypto.randomUUID())
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + lifetime)
    .sign(key);
}
