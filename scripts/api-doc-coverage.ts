/**
 * Lists every public export of every package (what `src/index.ts` exports) and whether its declaration
 * has JSDoc and an `@example`. Prints a per-package summary; `--missing` lists the exports without one;
 * `--min-examples <pct>` exits 1 when example coverage of any package is below that percentage.
 *
 *   npx tsx scripts/api-doc-coverage.ts [--missing] [--min-examples 100]
 */
import { readdirSync } from "node:fs";
import ts from "typescript";

const args = process.argv.slice(2);
const listMissing = args.includes("--missing");
const minIndex = args.indexOf("--min-examples");
const minExamples = minIndex >= 0 ? Number(args[minIndex + 1]) : undefined;

const entries = readdirSync("packages").map((p) => `packages/${p}/src/index.ts`);
const config = ts.getParsedCommandLineOfConfigFile(
  "tsconfig.json",
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
if (!config) throw new Error("cannot read tsconfig.json");
const program = ts.createProgram(entries, config.options);
const checker = program.getTypeChecker();

let failed = false;
for (const entry of entries) {
  const file = program.getSourceFile(entry);
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  if (!moduleSymbol) continue;
  const exports = checker.getExportsOfModule(moduleSymbol);
  const missingDoc: string[] = [];
  const missingExample: string[] = [];
  for (const exported of exports) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const docs = symbol.getDocumentationComment(checker);
    const tags = symbol.getJsDocTags(checker);
    if (docs.length === 0 && tags.length === 0) missingDoc.push(exported.name);
    if (!tags.some((t) => t.name === "example")) missingExample.push(exported.name);
  }
  const pct = (n: number) =>
    exports.length === 0 ? 100 : Math.round((100 * (exports.length - n)) / exports.length);
  const examples = pct(missingExample.length);
  console.log(
    `${entry.split("/")[1]?.padEnd(16)} ${String(exports.length).padStart(4)} exports  documented ${String(pct(missingDoc.length)).padStart(3)}%  with @example ${String(examples).padStart(3)}%`,
  );
  if (listMissing && missingDoc.length > 0) console.log(`  undocumented: ${missingDoc.sort().join(", ")}`);
  if (listMissing && missingExample.length > 0)
    console.log(`  without @example: ${missingExample.sort().join(", ")}`);
  if (minExamples !== undefined && examples < minExamples) failed = true;
}
process.exit(failed ? 1 : 0);
