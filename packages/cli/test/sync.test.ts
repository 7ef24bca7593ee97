import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type GipodMock, startGipodMock, writeGipodExportXlsx } from "@digitale-nuts/gipod-mock";
import { safeParseInname } from "@digitale-nuts/oslo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasStackTrace, runCli } from "./support/cli.js";

let dir: string;
let mock: GipodMock;
let jwkFile: string;
let clientId: string;
const file = (name: string) => join(dir, name);

const restArgs = () => [
  "sync",
  "--source",
  "rest",
  "--base-url",
  mock.url,
  "--token-url",
  mock.tokenUrl,
  "--niscode",
  "11002",
];
const lines = async (path: string) =>
  (await readFile(path, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dn-cli-sync-"));
  mock = await startGipodMock({ seed: 11, size: 1200, niscodes: ["11002"] });
  const client = await mock.createClient({ scopes: ["gipod_pdo_read"] });
  clientId = client.clientId;
  jwkFile = file("client.jwk.json");
  await writeFile(jwkFile, JSON.stringify(client.privateJwk), { mode: 0o600 });
});

afterAll(async () => {
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

describe("digitale-nuts sync", () => {
  it("refuses REST without a credential, naming the env vars (exit 2)", async () => {
    const run = await runCli([...restArgs(), "--out", file("none.jsonl")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: GIPOD REST needs a credential/);
    expect(run.stderr).toMatch(/hint: .*DN_GIPOD_CLIENT_ID.*DN_GIPOD_JWK_FILE.*DN_GIPOD_CLIENT_SECRET/);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(existsSync(file("none.jsonl"))).toBe(false);
  });

  it("syncs over REST with private_key_jwt into JSONL with a checkpoint, then resumes from it", async () => {
    const env = { DN_GIPOD_CLIENT_ID: clientId, DN_GIPOD_JWK_FILE: jwkFile };
    const out = file("works.jsonl");
    const checkpoint = file("sync.json");
    const first = await runCli(["--json", ...restArgs(), "--out", out, "--checkpoint", checkpoint], { env });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({
      source: "rest",
      written: 1200,
      details: { new: 1200, consistent: true, resumed: false },
    });
    const records = await lines(out);
    expect(records.map((r) => r.gipodId)).toEqual(mock.store.occupancies().map((o) => o.gipodId));
    expect(records.every((r) => safeParseInname(r).success)).toBe(true);
    expect(JSON.parse(await readFile(checkpoint, "utf8"))).toMatchObject({ version: 1, niscodes: ["11002"] });

    // A change on the server: the next run starts from the checkpoint and picks it up.
    const changed = mock.store.occupancies()[3];
    if (!changed) throw new Error("mock has no occupancies");
    mock.store.update(changed.gipodId, { description: "2000 Antwerpen, Meir 1 – gewijzigd" });
    const second = await runCli(["--json", ...restArgs(), "--out", out, "--checkpoint", checkpoint], { env });
    expect(second.code).toBe(0);
    const again = JSON.parse(second.stdout);
    expect(again.details).toMatchObject({ resumed: true, new: 0, updated: 1 });
    const after = await lines(out);
    expect(after).toHaveLength(1200);
    expect(after.find((r) => r.gipodId === changed.gipodId).beschrijving).toContain("gewijzigd");
    // The key never leaves its file.
    const key = JSON.parse(await readFile(jwkFile, "utf8")) as { d: string };
    expect(first.stdout + first.stderr + second.stdout + second.stderr).not.toContain(key.d);
  });

  it("completes against a simulator that fails half the requests (500/503/reset), via retries", async () => {
    mock.setFaults({
      seed: 4,
      global: { probability: 0.5, kinds: ["500", "503", "reset"], retryAfterSeconds: 0 },
    });
    try {
      const env = { DN_GIPOD_CLIENT_ID: clientId, DN_GIPOD_JWK_FILE: jwkFile };
      const run = await runCli(["--json", ...restArgs(), "--out", file("faulty.jsonl"), "--retries", "14"], {
        env,
      });
      expect(run.code).toBe(0);
      const summary = JSON.parse(run.stdout);
      expect(summary.details.retries).toBeGreaterThan(0);
      expect(summary.written).toBe(mock.store.occupancies().length);
      expect(mock.stats.totalFaults()).toBeGreaterThan(0);
    } finally {
      mock.setFaults(undefined);
    }
  });

  it("exits 3 with a clear message when GIPOD keeps failing", async () => {
    mock.setFaults({ seed: 1, global: { probability: 1, kinds: ["503"], retryAfterSeconds: 0 } });
    try {
      const env = { DN_GIPOD_CLIENT_ID: clientId, DN_GIPOD_JWK_FILE: jwkFile };
      const run = await runCli([...restArgs(), "--out", file("down.jsonl"), "--retries", "1"], { env });
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/^error: .*(503|Service Unavailable)/m);
      expect(run.stderr).toMatch(/\n hint: .*(HTTP 503|GIPOD failed or is unreachable)/);
      expect(hasStackTrace(run.stderr)).toBe(false);
    } finally {
      mock.setFaults(undefined);
    }
  });

  it("never prints a client secret, even when it is refused (exit 3)", async () => {
    const secret = "s3cr3t-that-must-not-leak-0123456789";
    const run = await runCli([...restArgs(), "--out", file("secret.jsonl"), "--retries", "0"], {
      env: { DN_GIPOD_CLIENT_ID: "unknown-client", DN_GIPOD_CLIENT_SECRET: secret },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^error: .*refused client "unknown-client"/m);
    expect(run.stderr).toMatch(/\n hint: check the client id/);
    expect(run.stdout + run.stderr).not.toContain(secret);
  });

  it("reads OGC open data without credentials", async () => {
    const run = await runCli([
      "--json",
      "sync",
      "--source",
      "ogc",
      "--base-url",
      mock.url,
      "--limit",
      "150",
      "--out",
      file("ogc.jsonl"),
    ]);
    expect(run.code).toBe(0);
    const records = await lines(file("ogc.jsonl"));
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBe(JSON.parse(run.stdout).written);
    expect(records.every((r) => safeParseInname(r).success)).toBe(true);
  });

  it("reads the LDES with a resumable state", async () => {
    const args = [
      "sync",
      "--source",
      "ldes",
      "--base-url",
      mock.url,
      "--out",
      file("ldes.jsonl"),
      "--checkpoint",
      file("ldes.json"),
    ];
    const first = await runCli(["--json", ...args]);
    expect(first.code).toBe(0);
    const members = JSON.parse(first.stdout).written;
    expect(members).toBe(mock.store.hindranceVersions().length);
    const second = await runCli(["--json", ...args]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ written: 0, details: { resumed: true } });
    expect(await lines(file("ldes.jsonl"))).toHaveLength(members);
  });

  it("imports a GIPOD XLSX export; a file that is not one is exit 1", async () => {
    const xlsx = file("Export_20260301.xlsx");
    await writeGipodExportXlsx(mock.store.dataset(), xlsx);
    const run = await runCli([
      "--json",
      "sync",
      "--source",
      "xlsx",
      "--file",
      xlsx,
      "--out",
      file("xlsx.jsonl"),
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).details.occupancies).toBeGreaterThan(1000);
    const bad = await runCli(["sync", "--source", "xlsx", "--file", jwkFile, "--out", file("bad.jsonl")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: .*client\.jwk\.json: .*not a readable \.xlsx/m);
    expect(bad.stderr).not.toContain('"d"');
  });
});
