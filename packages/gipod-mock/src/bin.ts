#!/usr/bin/env node
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { GIPOD_SCOPES } from "./auth.js";
import { FAULT_KINDS } from "./faults.js";
import { startGipodMock } from "./server.js";

const USAGE = `Usage: gipod-mock [--port 8080] [--host 127.0.0.1] [--seed 42] [--size 2000] [--niscode 11002 ...]
                  [--faults 0.2] [--latency 0] [--jwk-out FILE] [--quiet]

Starts a local GIPOD (REST /api/v1 + /api/v2, token endpoint, OGC API Features, LDES) with seeded data,
registers a demo client with every GIPOD scope and writes its private JWK to a file (mode 600).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8080" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "string", default: "42" },
      size: { type: "string", default: "2000" },
      niscode: { type: "string", multiple: true },
      faults: { type: "string", default: "0" },
      latency: { type: "string", default: "0" },
      "jwk-out": { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const number = (name: string, raw: string, min: number, max: number): number => {
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max)
      throw new Error(`--${name} must be a number from ${min} to ${max}, got "${raw}"`);
    return n;
  };
  const probability = number("faults", values.faults, 0, 1);
  const mock = await startGipodMock({
    host: values.host,
    port: number("port", values.port, 0, 65535),
    seed: number("seed", values.seed, 0, 2 ** 32 - 1),
    size: number("size", values.size, 0, 1_000_000),
    niscodes: values.niscode ?? ["11002"],
    latencyMs: number("latency", values.latency, 0, 60_000),
    ...(probability > 0
      ? { faults: { global: { probability, kinds: FAULT_KINDS, latencyMs: 500, retryAfterSeconds: 1 } } }
      : {}),
    ...(values.quiet ? {} : { log: (line: string) => console.log(line) }),
  });
  const client = await mock.createClient({ scopes: [...GIPOD_SCOPES] });
  const jwkPath = values["jwk-out"] ?? join(tmpdir(), `gipod-mock-${client.clientId}.jwk.json`);
  await writeFile(jwkPath, `${JSON.stringify(client.privateJwk, null, 2)}\n`, { mode: 0o600 });

  console.log(`gipod-mock listening on ${mock.url}  (${mock.store.size} occupancies)`);
  console.log(`  REST       ${mock.url}/api/v2/public-domain-occupancies  (also /api/v1)`);
  console.log(`  token      ${mock.tokenUrl}`);
  console.log(`  OGC        ${mock.ogcUrl}/collections`);
  console.log(`  LDES       ${mock.ldesUrl}`);
  console.log(`  client id  ${client.clientId}  (private_key_jwt, all GIPOD scopes)`);
  console.log(`  key        private JWK written to ${jwkPath}`);
  if (probability > 0) console.log(`  faults     ${probability} per request: ${FAULT_KINDS.join(", ")}`);

  const stop = () => {
    mock.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((e: unknown) => {
  console.error(`gipod-mock: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
