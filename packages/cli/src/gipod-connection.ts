import {
  createGipodClient,
  GIPOD_ENVIRONMENTS,
  type GipodAuth,
  type GipodClient,
  type GipodEndpoints,
  type GipodEnvironmentName,
} from "@digitale-nuts/gipod";
import { CliError, EXIT_CODES, usageError } from "./cli-error.js";
import type { CliConfig } from "./config.js";
import { CREDENTIAL_HINT } from "./error-report.js";
import { readJsonFile } from "./files.js";

/** Where to reach GIPOD: flags win over the config file; default `production`. */
export interface ConnectionFlags {
  readonly environment?: string;
  readonly baseUrl?: string;
  readonly tokenUrl?: string;
  readonly ogcUrl?: string;
  readonly ldesUrl?: string;
  readonly retries?: number;
  readonly timeoutMs?: number;
}

const ENVIRONMENTS = Object.keys(GIPOD_ENVIRONMENTS) as GipodEnvironmentName[];

/** Resolves the endpoints; a custom `--base-url` gets GIPOD's path layout for OGC and LDES. */
export function resolveEndpoints(flags: ConnectionFlags, config: CliConfig): GipodEndpoints {
  const baseUrl = flags.baseUrl ?? config.baseUrl;
  const environment = flags.environment ?? config.environment;
  if (environment !== undefined && !ENVIRONMENTS.includes(environment as GipodEnvironmentName)) {
    throw usageError(`unknown environment ${JSON.stringify(environment)}`, `use ${ENVIRONMENTS.join(", ")}`);
  }
  if (baseUrl) {
    const base = baseUrl.replace(/\/+$/, "");
    try {
      new URL(base);
    } catch {
      throw usageError(`--base-url ${JSON.stringify(baseUrl)} is not a URL`, "e.g. http://127.0.0.1:8080");
    }
    const tokenUrl = flags.tokenUrl ?? config.tokenUrl;
    return {
      apiBaseUrl: base,
      // Only a credentialed REST call needs it; checked in gipodAuthFromEnv's caller.
      tokenUrl: tokenUrl ?? "",
      ogcBaseUrl: flags.ogcUrl ?? config.ogcUrl ?? `${base}/GIPOD/ogc/features/v1`,
      ldesUrl: flags.ldesUrl ?? config.ldesUrl ?? `${base}/api/v1/ldes/mobility-hindrances`,
    };
  }
  const named = GIPOD_ENVIRONMENTS[(environment ?? "production") as GipodEnvironmentName];
  return {
    ...named,
    ...(flags.ogcUrl ? { ogcBaseUrl: flags.ogcUrl } : {}),
    ...(flags.ldesUrl ? { ldesUrl: flags.ldesUrl } : {}),
  };
}

/**
 * The credential from the environment (secrets) and the config (client id, key path):
 * `DN_GIPOD_CLIENT_ID` + `DN_GIPOD_JWK_FILE` (private_key_jwt) or `DN_GIPOD_CLIENT_SECRET`.
 * Nothing read here is ever printed.
 */
export async function gipodAuthFromEnv(
  config: CliConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<GipodAuth> {
  const clientId = env.DN_GIPOD_CLIENT_ID ?? config.clientId;
  const jwkFile = env.DN_GIPOD_JWK_FILE ?? config.jwkFile;
  const secret = env.DN_GIPOD_CLIENT_SECRET;
  if (!clientId || (!jwkFile && !secret)) {
    const missing = !clientId ? "DN_GIPOD_CLIENT_ID" : "DN_GIPOD_JWK_FILE or DN_GIPOD_CLIENT_SECRET";
    throw new CliError("CLI_CREDENTIAL_MISSING", `GIPOD REST needs a credential: ${missing} is not set`, {
      exitCode: EXIT_CODES.usage,
      hint: CREDENTIAL_HINT,
    });
  }
  if (jwkFile) {
    const jwk = await readJsonFile(jwkFile, "private JWK file (DN_GIPOD_JWK_FILE)").catch(() => {
      // Never echo the file's content: it is a private key.
      throw new CliError("CLI_JWK_UNREADABLE", `cannot read the private JWK file ${jwkFile}`, {
        hint: "DN_GIPOD_JWK_FILE must point to a readable JSON Web Key (the private key of your GIPOD client)",
      });
    });
    if (typeof jwk !== "object" || jwk === null || typeof (jwk as { kty?: unknown }).kty !== "string") {
      throw new CliError("CLI_JWK_INVALID", `${jwkFile} is not a JSON Web Key (no "kty")`, {
        hint: "export the private key as a JWK (JSON with kty, n, e, d, …)",
      });
    }
    return { kind: "private_key_jwt", clientId, privateJwk: jwk as never };
  }
  return { kind: "client_secret", clientId, clientSecret: secret as string };
}

/** A GIPOD client for the CLI: retries with a fixed seed, optional auth. */
export function connect(
  endpoints: GipodEndpoints,
  flags: ConnectionFlags,
  auth?: GipodAuth,
  now?: () => number,
): GipodClient {
  return createGipodClient({
    environment: endpoints,
    ...(auth ? { auth } : {}),
    ...(now ? { now } : {}),
    retry: { retries: flags.retries ?? 6, seed: 1 },
    ...(flags.timeoutMs ? { timeoutMs: flags.timeoutMs } : {}),
  });
}

/** Requires a token URL for credentialed REST calls on a custom base URL. */
export function requireTokenUrl(endpoints: GipodEndpoints): void {
  if (!endpoints.tokenUrl) {
    throw usageError(
      "--base-url needs --token-url for REST (the OAuth2 token endpoint)",
      "e.g. --token-url http://127.0.0.1:8080/op/v1/token (the mock's token endpoint)",
    );
  }
}
