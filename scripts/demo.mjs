// `npm run demo`: runs the CLI's demo once the CLI is built; until then says so.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const bin = "packages/cli/dist/bin.js";
if (!existsSync(bin)) {
  const built = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!existsSync(bin)) {
  console.log("The demo is not yet available: the CLI package has not landed.");
  process.exit(0);
}
const run = spawnSync(process.execPath, [bin, "demo", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
