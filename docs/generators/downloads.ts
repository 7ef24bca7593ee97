import { buildContext, buildJsonSchemas, buildShacl } from "@digitale-nuts/oslo";
import { json, writeDocsFile } from "./output.js";

/** Writes the JSON-LD context, one JSON Schema per model and the SHACL shapes into `docs/public/`. */
export function generateDownloads(): { schemas: string[] } {
  writeDocsFile("public/context/v1.jsonld", json(buildContext()));
  const schemas = buildJsonSchemas();
  for (const [name, schema] of Object.entries(schemas))
    writeDocsFile(`public/schemas/${name}.json`, json(schema));
  writeDocsFile("public/shapes/digitale-nuts.ttl", buildShacl());
  return { schemas: Object.keys(schemas) };
}
