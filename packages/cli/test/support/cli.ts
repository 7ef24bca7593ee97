import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository root: the CLI runs from here so tsx finds the root tsconfig's `@digitale-nuts/*` paths. */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

const FROM_DIST = process.env.DN_TEST_DIST === "1";

/**
 * Source bin by default (no build needed), loaded with tsx by absolute path so any working directory
 * works; the built bin with DN_TEST_DIST=1.
 */
export const BIN_ARGS = FROM_DIST
  ? [fileURLToPath(new URL("../../dist/bin.js", import.meta.url))]
  : [
      "--import",
      pathToFileURL(join(REPO_ROOT, "node_modules/tsx/dist/loader.mjs")).href,
      fileURLToPath(new URL("../../src/bin.ts", import.meta.url)),
    ];

/** What one CLI run printed and returned. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Environment without any GIPOD credential of the developer's shell, plus `env`. */
export function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("DN_GIPOD_")) out[k] = v;
  // From source, tsx maps `@digitale-nuts/*` to the packages' src through the root tsconfig's paths.
  const tsconfig = FROM_DIST ? {} : { TSX_TSCONFIG_PATH: join(REPO_ROOT, "tsconfig.json") };
  return { ...out, NO_COLOR: "1", ...tsconfig, ...env };
}

/**
 * Runs `digitale-nuts …` as a subprocess (asynchronously, so a simulator in this process keeps serving).
 */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...BIN_ARGS, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: cleanEnv(options.env ?? {}),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Asserts-friendly view: no stack trace lines (`    at fn (file:line)`) in the output. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}
