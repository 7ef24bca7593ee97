// `node scripts/run-examples.mjs [name…]`: runs every example in examples/* (or the named ones) from the repository
// root, so tsx resolves `@digitale-nuts/*` to the packages' source through the root tsconfig `paths` (no build
// needed). Each example gets a time limit; prints ✓/✗ per example and exits non-zero if any failed.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const TIMEOUT_MS = Number(process.env.DN_EXAMPLE_TIMEOUT_MS ?? 120_000);
const root = fileURLToPath(new URL("..", import.meta.url));
const wanted = process.argv.slice(2);
const examples = readdirSync(join(root, "examples"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, "examples", d.name, "src", "main.ts")))
  .map((d) => d.name)
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();
if (examples.length === 0) {
  console.error(wanted.length ? `No example named ${wanted.join(", ")}` : "No examples found");
  process.exit(1);
}

/** Runs one example; resolves with its exit code (or the reason it was stopped), duration and output. */
function run(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ["--import", "tsx", join("examples", name, "src", "main.ts")], {
      cwd: root,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const reason = timedOut
        ? `timed out after ${TIMEOUT_MS / 1000} s`
        : signal
          ? `killed by ${signal}`
          : null;
      resolve({ name, code, reason, ms: Date.now() - started, output });
    });
  });
}

let failed = 0;
const started = Date.now();
// One at a time: the examples start servers and embedded databases, and CI machines are small.
for (const name of examples) {
  const result = await run(name);
  const ok = result.code === 0 && !result.reason;
  const seconds = (result.ms / 1000).toFixed(1);
  console.log(
    `${ok ? "✓" : "✗"} ${name} (${seconds} s)${ok ? "" : `: ${result.reason ?? `exit code ${result.code}`}`}`,
  );
  if (!ok) failed++;
  if ((!ok || process.env.DN_EXAMPLE_VERBOSE === "1") && result.output.trim()) {
    console.log(result.output.trimEnd().replace(/^/gm, "    "));
  }
}
console.log(
  `${examples.length - failed}/${examples.length} examples passed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed > 0 ? 1 : 0);
