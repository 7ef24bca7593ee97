import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN_ARGS, cleanEnv, REPO_ROOT, runCli } from "./support/cli.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dn-cli-misc-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("digitale-nuts mock", () => {
  it("serves the simulator until SIGTERM, prints its URLs and a client, never the key", async () => {
    const jwk = join(dir, "mock.jwk.json");
    const child = spawn(
      process.execPath,
      [...BIN_ARGS, "--json", "mock", "--size", "60", "--seed", "3", "--jwk-out", jwk],
      {
        cwd: REPO_ROOT,
        env: cleanEnv({}),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    const info = await new Promise<{ url: string; ogcUrl: string; clientId: string; jwkFile: string }>(
      (resolve, reject) => {
        child.on("close", () => reject(new Error(`mock exited early: ${stderr}`)));
        child.stdout.setEncoding("utf8").on("data", (d: string) => {
          stdout += d;
          try {
            resolve(JSON.parse(stdout));
          } catch {
            // not complete yet
          }
        });
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    try {
      expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${info.ogcUrl}/collections/INNAME/items?limit=2`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { features: unknown[] }).features).toHaveLength(2);
      expect(info.jwkFile).toBe(jwk);
      expect((await stat(jwk)).mode & 0o777).toBe(0o600);
      const key = JSON.parse(await readFile(jwk, "utf8")) as { d: string };
      expect(stdout).not.toContain(key.d);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  });
});

describe("the config file", () => {
  it("is validated: a secret in it is refused with a hint (exit 2)", async () => {
    const config = join(dir, "secret.config.json");
    await writeFile(config, JSON.stringify({ clientId: "c", clientSecret: "do-not-store-me" }));
    const run = await runCli(["--config", config, "validate", config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: .*secret\.config\.json: .*clientSecret/m);
    expect(run.stderr).toMatch(/hint: secrets never go in the config file/);
    expect(run.stderr).not.toContain("do-not-store-me");
  });

  it("supplies defaults: the profile and NIS codes come from digitale-nuts.config.json in the working directory", async () => {
    await writeFile(
      join(dir, "digitale-nuts.config.json"),
      JSON.stringify({ profile: "mechelen", niscodes: ["12025"] }),
    );
    const works = join(dir, "empty.jsonl");
    await writeFile(works, "");
    const run = await runCli(
      ["--json", "plan", "--works", works, "--date", "2026-03-10", "--out", join(dir, "plan.json")],
      {
        cwd: dir,
      },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const plan = JSON.parse(await readFile(join(dir, "plan.json"), "utf8"));
    expect(plan.profile).toBe("mechelen");
    expect(plan.plan.totals.plannedVisits).toBe(0);
  });

  it("rejects malformed values with the field named (exit 2)", async () => {
    const config = join(dir, "bad.config.json");
    await writeFile(config, JSON.stringify({ niscodes: ["11"] }));
    const run = await runCli(["--config", config, "validate", config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/niscodes\.0: a NIS code has 5 digits/);
  });
});
