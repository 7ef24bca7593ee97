/**
 * Writes the published artefacts of @digitale-nuts/oslo from the model definitions:
 * `context.jsonld`, `schemas/<Model>.json` and `shapes/digitale-nuts.ttl`.
 * Run with `npm run generate -w @digitale-nuts/oslo`; a test fails when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildContext, buildJsonSchemas, buildShacl } from "../src/index.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

writeFileSync(`${root}context.jsonld`, json(buildContext()));
mkdirSync(`${root}schemas`, { recursive: true });
for (const [name, schema] of Object.entries(buildJsonSchemas()))
  writeFileSync(`${root}schemas/${name}.json`, json(schema));
mkdirSync(`${root}shapes`, { recursive: true });
writeFileSync(`${root}shapes/digitale-nuts.ttl`, buildShacl());
console.log("wrote context.jsonld, schemas/*.json, shapes/digitale-nuts.ttl");
