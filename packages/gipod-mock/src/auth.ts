import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { decodeJwt, errors, exportJWK, generateKeyPair, type JWK, jwtVerify } from "jose";
import { type RequestContext, readBody } from "./http/context.js";
import type { MockStats } from "./stats.js";

/**
 * The scopes GIPOD defines (NGC "Roles and scopes").
 *
 * @example
 * const creds = await mock.createClient({ scopes: [...GIPOD_SCOPES] }); // a client with every scope
 */
export const GIPOD_SCOPES = [
  "gipod_pdo_read",
  "gipod_pdo_write",
  "gipod_ts_read",
  "gipod_ts_write",
  "gipod_mh_read",
  "gipod_mh_write",
  "gipod_org_read",
  "gipod_org_write",
  "gipod_org_settings",
  "gipod_notifications",
  "gipod_impact_ov",
] as const;

/**
 * Options of {@link GipodMock.createClient}.
 *
 * @example
 * const options: CreateClientOptions = { scopes: ["gipod_pdo_read", "gipod_mh_read"], auth: "client_secret" };
 * const { clientId, clientSecret } = await mock.createClient(options);
 */
export interface CreateClientOptions {
  readonly scopes: readonly string[];
  /** Default `private_key_jwt`. */
  readonly auth?: "private_key_jwt" | "client_secret";
}

/**
 * A registered client's credentials, handed to the test or demo.
 *
 * @example
 * const { clientId, privateJwk }: ClientCredentials = await mock.createClient({ scopes: ["gipod_pdo_read"] });
 * if (privateJwk) createGipodClient({ environment: { apiBaseUrl: mock.url, tokenUrl: mock.tokenUrl }, auth: { kind: "private_key_jwt", clientId, privateJwk } });
 */
export interface ClientCredentials {
  readonly clientId: string;
  /** RS256 private JWK (with `kid` and `alg`) for `private_key_jwt`. */
  readonly privateJwk?: JWK;
  /** Secret for `client_secret` authentication. */
  readonly clientSecret?: string;
}

interface RegisteredClient {
  readonly scopes: ReadonlySet<string>;
  readonly publicJwk?: JWK;
  readonly secretHash?: Buffer;
}

interface IssuedToken {
  readonly clientId: string;
  readonly scopes: ReadonlySet<string>;
  readonly expiresAtMs: number;
}

const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
const MAX_ASSERTION_LIFETIME_S = 600;

class OAuthError extends Error {
  constructor(
    readonly error:
      | "invalid_request"
      | "invalid_client"
      | "invalid_grant"
      | "invalid_scope"
      | "unsupported_grant_type",
    readonly description: string,
  ) {
    super(description);
  }
}

/** The token endpoint and bearer-token checks (Digitaal Vlaanderen ACM/IDM, as GIPOD uses it). */
export class AuthServer {
  readonly #clients = new Map<string, RegisteredClient>();
  readonly #tokens = new Map<string, IssuedToken>();
  /** jti → expiry (ms); a jti is refused while its assertion could still be valid. */
  readonly #usedJti = new Map<string, number>();
  #clientCount = 0;

  constructor(
    private readonly options: {
      tokenUrl: () => string;
      now: () => Date;
      tokenTtlSeconds: number;
      stats: MockStats;
    },
  ) {}

  /** Registers a client with the given scopes and returns its credentials. */
  async createClient(o: CreateClientOptions): Promise<ClientCredentials> {
    const clientId = `mock-client-${++this.#clientCount}-${randomBytes(4).toString("hex")}`;
    const scopes = new Set(o.scopes);
    if ((o.auth ?? "private_key_jwt") === "client_secret") {
      const clientSecret = randomBytes(24).toString("base64url");
      this.#clients.set(clientId, { scopes, secretHash: sha256(clientSecret) });
      return { clientId, clientSecret };
    }
    const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
    const kid = randomUUID();
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" };
    this.#clients.set(clientId, { scopes, publicJwk });
    return { clientId, privateJwk };
  }

  /** `POST /op/v1/token`: client credentials with a JWT assertion or a client secret. */
  async token(ctx: RequestContext): Promise<void> {
    const noStore = { "Cache-Control": "no-store", Pragma: "no-cache" };
    try {
      const type = ctx.req.headers["content-type"] ?? "";
      if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
        throw new OAuthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded.");
      }
      const form = new URLSearchParams(await readBody(ctx.req, 64_000));
      if (form.get("grant_type") !== "client_credentials") {
        throw new OAuthError("unsupported_grant_type", "Only grant_type=client_credentials is supported.");
      }
      const clientId = form.has("client_assertion")
        ? await this.#verifyAssertion(form)
        : this.#verifySecret(ctx, form);
      const client = this.#clients.get(clientId) as RegisteredClient;
      const requested = (form.get("scope") ?? "").split(/\s+/).filter(Boolean);
      const refused = requested.filter((s) => !client.scopes.has(s));
      if (refused.length > 0)
        throw new OAuthError("invalid_scope", `Scope not granted to this client: ${refused.join(" ")}.`);
      const granted = requested.length > 0 ? requested : [...client.scopes];
      const accessToken = randomBytes(32).toString("base64url");
      const ttl = this.options.tokenTtlSeconds;
      this.#tokens.set(accessToken, {
        clientId,
        scopes: new Set(granted),
        expiresAtMs: this.options.now().getTime() + ttl * 1000,
      });
      this.options.stats.tokensIssued++;
      ctx.json(
        200,
        { access_token: accessToken, token_type: "Bearer", expires_in: ttl, scope: granted.join(" ") },
        noStore,
      );
    } catch (e) {
      if (!(e instanceof OAuthError)) throw e;
      ctx.json(400, { error: e.error, error_description: e.description }, noStore);
    }
  }

  /**
   * Checks the bearer token for a request needing one of `scopes`. Answers 401/403 itself and returns false
   * when the request may not proceed.
   */
  authorize(ctx: RequestContext, scopes: readonly string[]): boolean {
    const header = ctx.req.headers.authorization ?? "";
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const token = m ? this.#tokens.get(m[1] as string) : undefined;
    if (!token || token.expiresAtMs <= this.options.now().getTime()) {
      const why = !m
        ? "No bearer token was sent."
        : token
          ? "The access token has expired."
          : "The access token is unknown.";
      ctx.problem(401, "Unauthorized", `${why} Request a token at ${this.options.tokenUrl()}.`, {
        "WWW-Authenticate": `Bearer error="invalid_token", error_description="${why}"`,
      });
      return false;
    }
    if (!scopes.some((s) => token.scopes.has(s))) {
      ctx.problem(403, "Forbidden", `This operation needs scope ${scopes.join(" or ")}.`, {
        "WWW-Authenticate": `Bearer error="insufficient_scope", scope="${scopes.join(" ")}"`,
      });
      return false;
    }
    return true;
  }

  async #verifyAssertion(form: URLSearchParams): Promise<string> {
    if (form.get("client_assertion_type") !== ASSERTION_TYPE) {
      throw new OAuthError("invalid_client", `client_assertion_type must be ${ASSERTION_TYPE}.`);
    }
    const assertion = form.get("client_assertion") ?? "";
    let claimedIss: string | undefined;
    try {
      claimedIss = decodeJwt(assertion).iss;
    } catch {
      throw new OAuthError("invalid_client", "client_assertion is not a JWT.");
    }
    const client = claimedIss ? this.#clients.get(claimedIss) : undefined;
    if (!claimedIss || !client?.publicJwk) throw new OAuthError("invalid_client", "Unknown client (iss).");
    if (form.has("client_id") && form.get("client_id") !== claimedIss) {
      throw new OAuthError("invalid_client", "client_id does not match the assertion's iss.");
    }
    const now = this.options.now();
    let payload: Awaited<ReturnType<typeof jwtVerify>>["payload"];
    try {
      ({ payload } = await jwtVerify(assertion, client.publicJwk, {
        issuer: claimedIss,
        subject: claimedIss,
        audience: this.options.tokenUrl(),
        currentDate: now,
        requiredClaims: ["exp", "jti"],
        clockTolerance: 5,
        algorithms: ["RS256", "RS384", "RS512", "PS256"],
      }));
    } catch (e) {
      if (e instanceof errors.JWTExpired)
        throw new OAuthError("invalid_grant", "The client assertion has expired.");
      if (e instanceof errors.JWTClaimValidationFailed) {
        throw new OAuthError("invalid_client", `The client assertion's "${e.claim}" claim is invalid.`);
      }
      throw new OAuthError("invalid_client", "The client assertion's signature or format is invalid.");
    }
    const nowS = Math.floor(now.getTime() / 1000);
    const exp = payload.exp as number;
    if (exp - (payload.iat ?? nowS) > MAX_ASSERTION_LIFETIME_S || exp - nowS > MAX_ASSERTION_LIFETIME_S + 5) {
      throw new OAuthError(
        "invalid_grant",
        `The client assertion may live at most ${MAX_ASSERTION_LIFETIME_S} s.`,
      );
    }
    for (const [jti, until] of this.#usedJti) if (until < now.getTime()) this.#usedJti.delete(jti);
    const jti = payload.jti as string;
    if (this.#usedJti.has(jti))
      throw new OAuthError("invalid_grant", "The client assertion's jti was already used.");
    this.#usedJti.set(jti, (exp + 10) * 1000);
    return claimedIss;
  }

  #verifySecret(ctx: RequestContext, form: URLSearchParams): string {
    let id = form.get("client_id");
    let secret = form.get("client_secret");
    const basic = /^Basic\s+(\S+)$/i.exec(ctx.req.headers.authorization ?? "");
    if (basic) {
      const decoded = Buffer.from(basic[1] as string, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon > 0) {
        try {
          id = decodeURIComponent(decoded.slice(0, colon));
          secret = decodeURIComponent(decoded.slice(colon + 1));
        } catch {
          throw new OAuthError("invalid_client", "The Basic credentials are not valid form-encoded text.");
        }
      }
    }
    if (!id || !secret)
      throw new OAuthError(
        "invalid_client",
        "No client authentication (assertion, secret or Basic) was sent.",
      );
    const client = this.#clients.get(id);
    const given = sha256(secret);
    if (!client?.secretHash || !timingSafeEqual(client.secretHash, given)) {
      throw new OAuthError("invalid_client", "Unknown client or wrong client secret.");
    }
    return id;
  }
}

function sha256(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
