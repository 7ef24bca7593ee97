import { chmod, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FAULT_KINDS, GIPOD_SCOPES, SUPPORTED_NISCODES, startGipodMock } from "@digitale-nuts/gipod-mock";
import { usageError } from "../cli-error.js";
import type { CommandContext } from "../context.js";

/** Options of `digitale-nuts mock`. */
export interface MockOptions {
  readonly port: number;
  readonly host: string;
  readonly seed: number;
  readonly size: number;
  readonly niscode?: string[];
  readonly faults: number;
  readonly latency: number;
  readonly jwkOut?: string;
}

/** `digitale-nuts mock`: runs the GIPOD simulator until interrupted (delegates to gipod-mock). */
export async function runMock(options: MockOptions, ctx: CommandContext): Promise<void> {
  const niscodes = options.niscode ?? ctx.config.niscodes ?? ["11002"];
  const unsupported = niscodes.filter((n) => !(SUPPORTED_NISCODES as readonly string[]).includes(n));
  if (unsupported.length > 0) {
    throw usageError(
      `the simulator has no data for NIS code ${unsupported.join(", ")}`,
      `use ${SUPPORTED_NISCODES.join(", ")}`,
    );
  }
  const mock = await startGipodMock({
    host: options.host,
    port: options.port,
    seed: options.seed,
    size: options.size,
    niscodes,
    latencyMs: options.latency,
    ...(options.faults > 0
      ? { faults: { global: { probability: options.faults, kinds: FAULT_KINDS, retryAfterSeconds: 1 } } }
      : {}),
  });
  try {
    const client = await mock.createClient({ scopes: [...GIPOD_SCOPES] });
    const jwkPath = resolve(
      ctx.cwd,
      options.jwkOut ?? join(tmpdir(), `gipod-mock-${client.clientId}.jwk.json`),
    );
    // The private key goes to a file only the user can read; it is never printed.
    // (`mode` only applies to a new file, so an existing one is narrowed explicitly.)
    await writeFile(jwkPath, `${JSON.stringify(client.privateJwk, null, 2)}\n`, { mode: 0o600 });
    await chmod(jwkPath, 0o600);
    const info = {
      url: mock.url,
      tokenUrl: mock.tokenUrl,
      ogcUrl: mock.ogcUrl,
      ldesUrl: mock.ldesUrl,
      clientId: client.clientId,
      jwkFile: jwkPath,
      niscodes,
      size: options.size,
      seed: options.seed,
      faults: options.faults,
    };
    ctx.out.result(info, () => [
      `GIPOD simulator on ${mock.url} (seed ${options.seed}, ${options.size} occupancies, NIS ${niscodes.join(", ")}${options.faults > 0 ? `, faults ${options.faults}` : ""})`,
      `  token   ${mock.tokenUrl}`,
      `  ogc     ${mock.ogcUrl}`,
      `  ldes    ${mock.ldesUrl}`,
      `  client  ${client.clientId} (private JWK in ${jwkPath})`,
      "",
      "Sync from it in another shell:",
      `  DN_GIPOD_CLIENT_ID=${client.clientId} DN_GIPOD_JWK_FILE=${jwkPath} \\`,
      `    digitale-nuts sync --base-url ${mock.url} --token-url ${mock.tokenUrl} --niscode ${niscodes.join(",")} --checkpoint sync.json`,
      "",
      "Stop with Ctrl-C.",
    ]);
    await ctx.interrupted;
  } finally {
    await mock.close();
  }
}
