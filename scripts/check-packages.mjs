// Checks every publishable package: publint, @arethetypeswrong/cli, and that `npm pack` ships no tests or fixtures.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let failed = false;
for (const dir of readdirSync("packages")) {
  const cwd = `packages/${dir}`;
  const pj = JSON.parse(readFileSync(`${cwd}/package.json`, "utf8"));
  if (pj.private) continue;
  console.log(`\n▶ ${pj.name}`);
  const run = (cmd, args) => {
    try {
      execFileSync(cmd, args, { cwd, stdio: "inherit" });
    } catch {
      failed = true;
    }
  };
  run("npx", ["publint", "--strict"]);
  // Data files exported as subpaths (context.jsonld, shapes, schemas) are not modules: attw checks only the rest.
  const dataEntries = Object.entries(pj.exports ?? {})
    .filter(([, target]) => typeof target === "string" && !/\.(js|json)$/.test(target))
    .map(([key]) => key);
  const exclude = dataEntries.length > 0 ? ["--exclude-entrypoints", ...dataEntries] : [];
  run("npx", ["attw", "--pack", ".", "--profile", "esm-only", "--format", "ascii", ...exclude]);
  const files = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd, encoding: "utf8" }),
  )[0].files.map((f) => f.path);
  const leaked = files.filter(
    (f) => /(^|\/)(test|tests|fixtures|__tests__)\//.test(f) || /\.test\.[jt]s$/.test(f),
  );
  if (leaked.length > 0) {
    console.error(`  ships test files: ${leaked.join(", ")}`);
    failed = true;
  } else {
    console.log(`  pack: ${files.length} files, no tests or fixtures`);
  }
}
process.exit(failed ? 1 : 0);
