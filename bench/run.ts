/**
 * Runs every `bench/*.bench.ts` (or those named on the command line) and prints one line per
 * comparison with its ratio. Writes the results to `bench/out/results.json`.
 *
 *   npm run bench                 # all
 *   npm run bench -- oslo kpi     # only bench/oslo.bench.ts and bench/kpi.bench.ts
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Benchmark, Comparison } from "./harness.ts";

const dir = fileURLToPath(new URL(".", import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.bench\.ts$/, "")))
  .sort();

const all: Comparison[] = [];
for (const file of files) {
  console.log(`\n# ${file}`);
  const run = (await import(pathToFileURL(`${dir}${file}`).href)).default as Benchmark;
  for (const c of await run()) {
    all.push(c);
    const speed = c.ratio < 1 ? `${(1 / c.ratio).toFixed(1)}× faster` : `${c.ratio.toFixed(2)}× the time`;
    const notes = c.notes
      ? `  ${Object.entries(c.notes)
          .map(([k, v]) => `${k}=${v}`)
          .join(" ")}`
      : "";
    console.log(
      `${c.met ? "✓" : "✗"} ${c.name}: ${c.subject} ${c.subjectMs.toFixed(1)} ms vs ${c.baseline} ${c.baselineMs.toFixed(1)} ms → ratio ${c.ratio.toFixed(3)} (${speed}); target ${c.target}${notes}`,
    );
  }
}
mkdirSync(`${dir}out`, { recursive: true });
writeFileSync(
  `${dir}out/results.json`,
  `${JSON.stringify({ node: process.version, results: all }, null, 2)}\n`,
);
console.log(
  `\n${all.filter((c) => c.met).length} of ${all.length} targets met; results in bench/out/results.json`,
);
