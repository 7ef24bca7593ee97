// Builds the docs site into docs/dist: (1) contract pages and downloads generated from the packages' code,
// (2) the API reference with TypeDoc (Markdown), (3) the static site with VitePress.
// `npm run docs -- --skip-api` leaves out step 2 (faster while editing guides; the API pages then 404).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
const skipApi = process.argv.includes("--skip-api");

function step(label, command, args, cwd = root, env = {}) {
  const started = Date.now();
  console.log(`\n▶ docs: ${label}`);
  const result = spawnSync(command, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✖ docs: ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
  console.log(`✔ docs: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

step("generate contracts from code", bin("tsx"), ["docs/generators/generate.ts"]);
rmSync(`${root}docs/api`, { recursive: true, force: true });
if (!skipApi) {
  step("API reference (TypeDoc)", bin("typedoc"), ["--options", "typedoc.json"], `${root}docs`);
  step("repair API anchors", bin("tsx"), ["docs/generators/repair-api-anchors.ts"]);
}
step("static site (VitePress)", bin("vitepress"), ["build", "docs"], root, {
  DN_DOCS_SKIP_API: skipApi ? "1" : "0",
});
console.log(`\ndocs: site in docs/dist`);
