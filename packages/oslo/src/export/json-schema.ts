import { z } from "zod";
import type { ModelDefinition } from "../model-kit/model.js";
import { modelDefinitions } from "../models/index.js";

/**
 * JSON Schema (draft 2020-12) of a model's input, from zod 4's own exporter.
 * @example
 * const zoneModel = modelDefinitions.find((m) => m.name === "Zone");
 * if (zoneModel) buildJsonSchema(zoneModel).$id; // "https://w3id.org/digitale-nuts/schemas/Zone.json"
 */
export function buildJsonSchema(model: ModelDefinition): Record<string, unknown> {
  return {
    $id: `https://w3id.org/digitale-nuts/schemas/${model.name}.json`,
    title: model.name,
    description: model.doc,
    ...z.toJSONSchema(model.schema, { io: "input", unrepresentable: "any" }),
  };
}

/**
 * JSON Schemas of every model, keyed by model name.
 * @example
 * const schemas = buildJsonSchemas();
 * writeFileSync("Vaststelling.json", JSON.stringify(schemas.Vaststelling, null, 2));
 */
export function buildJsonSchemas(
  models: readonly ModelDefinition[] = modelDefinitions,
): Record<string, Record<string, unknown>> {
  return Object.fromEntries(models.map((m) => [m.name, buildJsonSchema(m)]));
}
