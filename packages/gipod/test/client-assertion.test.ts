import { buildClientAssertion, GipodAuthError } from "@digitale-nuts/gipod";
import { decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";

describe("private_key_jwt client assertion", () => {
  it("has iss = sub = client id, aud = token URL, a random jti and a lifetime of at most 5 minutes", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
    const privateJwk = { ...(await exportJWK(privateKey)), kid: "k1" };
    const tokenUrl = "http://127.0.0.1:1/op/v1/token";
    const a = await buildClientAssertion({
      clientId: "client-1",
      privateJwk,
      tokenUrl,
      lifetimeSeconds: 3600,
    });
    const b = await buildClientAssertion({ clientId: "client-1", privateJwk, tokenUrl });
    const { payload } = await jwtVerify(a, publicKey, {
      audience: tokenUrl,
      issuer: "client-1",
      subject: "client-1",
    });
    expect(decodeProtectedHeader(a)).toMatchObject({ alg: "RS256", kid: "k1" });
    expect((payload.exp as number) - (payload.iat as number)).toBeLessThanOrEqual(300);
    expect(typeof payload.jti).toBe("string");
    const { payload: pb } = await jwtVerify(b, publicKey, { audience: tokenUrl });
    expect(pb.jti).not.toBe(payload.jti);
  });

  it("a broken key gives a typed error that quotes no key material", async () => {
    const jwk = { kty: "RSA", n: "c2VjcmV0LW1vZHVsdXM", e: "AQAB", d: "dGhlLXByaXZhdGUtZXhwb25lbnQ" };
    const error = await buildClientAssertion({
      clientId: "c",
      privateJwk: jwk,
      tokenUrl: "http://127.0.0.1:1/t",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(GipodAuthError);
    expect(JSON.stringify({ ...error, m: error.message })).not.toContain(jwk.d);
  });
});
