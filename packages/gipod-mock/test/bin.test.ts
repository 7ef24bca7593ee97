import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Source through tsx by default; the built bin when the suite runs against dist/.
const FROM_DIST = process.env.DN_TEST_DIST === "1";
const BIN = fileURLToPath(new URL(FROM_DIST ? "../dist/bin.js" : "../src/bin.ts", import.meta.url));
const NODE_ARGS = FROM_DIST ? [BIN] : ["--import", "tsx", BIN];

describe("gipod-mock bin", () => {
  it("prints the URLs and the demo client without the key, serves, and stops on SIGTERM", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gipod-mock-bin-"));
    const jwkPath = join(dir, "client.jwk.json");
    const child = spawn(
      process.execPath,
      [...NODE_ARGS, "--port", "0", "--size", "20", "--seed", "3", "--quiet", "--jwk-out", jwkPath],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      let out = "";
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          if (out.includes("key")) resolve();
        });
        child.once("exit", (code) => reject(new Error(`bin exited early (${code}): ${out}`)));
      });
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      expect(url).toBeDefined();
      expect(out).toContain(`${url}/op/v1/token`);
      expect(out).toMatch(/client id {2}mock-client-/);
      const jwk = JSON.parse(await readFile(jwkPath, "utf8")) as { d: string; kty: string };
      expect(jwk.kty).toBe("RSA");
      expect(out).not.toContain(jwk.d);
      expect((await stat(jwkPath)).mode & 0o777).toBe(0o600);
      const ldes = await fetch(`${url}/api/v1/ldes/mobility-hindrances`);
      expect(ldes.status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await rm(dir, { recursive: true, force: true });
    }
  });
});
