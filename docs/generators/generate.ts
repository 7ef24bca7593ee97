/**
 * Generates the contract pages (`docs/contracts/`) and the downloads (`docs/public/`) from the packages'
 * code, so the docs cannot drift from it. Run by `npm run docs` (scripts/docs.mjs) with tsx, which maps
 * `@digitale-nuts/*` to the packages' source through the root tsconfig.
 */
import { rmSync } from "node:fs";
import { generateCodeLists } from "./code-lists.js";
import { generateDownloads } from "./downloads.js";
import { generateKpiCatalogue } from "./kpi.js";
import { generatedNotice } from "./markdown.js";
import { generateModelPages } from "./models.js";
import { generateOpenApi } from "./openapi.js";
import { DOCS_DIR, json, type SidebarItem, writeDocsFile } from "./output.js";

for (const dir of ["contracts", "public"]) rmSync(`${DOCS_DIR}${dir}`, { recursive: true, force: true });

const models = generateModelPages();
generateCodeLists();
const { schemas } = generateDownloads();
const kpi = generateKpiCatalogue();
const openapi = await generateOpenApi();

const sidebar: SidebarItem[] = [
  { text: "Overview", link: "/contracts/" },
  ...models,
  { text: "Code lists", link: "/contracts/code-lists" },
  { text: "KPI catalogue", link: "/contracts/kpi-catalogue" },
  { text: "Sync API", link: "/contracts/sync-api" },
];
writeDocsFile("contracts/sidebar.json", json(sidebar));

writeDocsFile(
  "contracts/index.md",
  `---
title: Contracts
---

${generatedNotice("the packages' code")}

# Contracts

What a vendor needs to build a compatible module. Every page and file here is generated from the SDK's code
when the site is built, so it describes exactly what the packages accept and produce.

## Models

One page per model of the application profile, with its RDF class and a field table (RDF property, type,
required, list, code list). ${models.flatMap((g) => g.items ?? []).length} models:
${models.map((g) => `\n**${g.text}**: ${(g.items ?? []).map((i) => `[${i.text}](${i.link})`).join(", ")}`).join("\n")}

## Downloads

| file | what |
| --- | --- |
| <a href="/context/v1.jsonld" download>context/v1.jsonld</a> | the JSON-LD context (type-scoped: each class carries its own terms) |
| <a href="/shapes/digitale-nuts.ttl" download>shapes/digitale-nuts.ttl</a> | SHACL shapes for every model, for validators in any language |
| \`schemas/<Model>.json\` | JSON Schema (2020-12) of each model's input, e.g. <a href="/schemas/Vaststelling.json" download>Vaststelling.json</a> (${schemas.length} schemas) |
| <a href="/code-lists/code-lists.json" download>code-lists/code-lists.json</a> | every concept scheme with URIs, labels and GIPOD UUIDs |
| <a href="/kpi/kpi-catalogue.json" download>kpi/kpi-catalogue.json</a> | the KPI catalogue, version ${kpi.version} (${kpi.count} KPIs) |
| <a href="/openapi/sync-v1.json" download>openapi/sync-v1.json</a> | the sync API as OpenAPI 3.1 |

## Also generated

- [Code lists](/contracts/code-lists): codes, concept URIs, Dutch and English labels, GIPOD UUIDs.
- [KPI catalogue](/contracts/kpi-catalogue): every KPI with its version, unit, direction, thresholds and limitations.
- [Sync API](/contracts/sync-api): \`POST /api/inspecties/sync\`, its status codes and real examples.
`,
);

for (const w of openapi.warnings) console.warn(`docs: warning: ${w}`);
console.log(
  `docs: ${models.flatMap((g) => g.items ?? []).length} model pages, ${schemas.length} JSON Schemas, ` +
    `${kpi.count} KPIs, OpenAPI ${openapi.live ? "with live examples" : "without examples"}`,
);
