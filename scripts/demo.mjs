// `npm run demo`: builds every package when the CLI has not been built yet (fresh clone), then runs
// `digitale-nuts demo` with any extra arguments (`npm run demo -- --seed 7 --out /tmp/dn`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const bin = "packages/cli/dist/bin.js";
if (!existsSync(bin)) {
  console.log("Building the packages first (once)…");
  const built = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const run = spawnSync(process.execPath, [bin, "demo", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
