import { z } from "zod";
import type { Field } from "./field.js";

/**
 * The checks of a leaf field that other formats (SHACL, JSON Schema users, test data) need.
 * @example
 * const postcode: Constraints = { pattern: "^\\d{4}$" };
 * const opmerking: Constraints = { minLength: 1, maxLength: 500 };
 */
export interface Constraints {
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
}

/**
 * Reads a leaf field's checks through zod's public JSON Schema export.
 * @example
 * const vaststelling = modelDefinitions.find((m) => m.name === "Vaststelling");
 * const opmerking = vaststelling?.fields.opmerking;
 * if (opmerking) constraintsOf(opmerking); // { minLength: 1, maxLength: 500 }
 */
export function constraintsOf(field: Field): Constraints {
  if (field.kind === "node" || field.kind === "json" || field.kind === "code") return {};
  const schema = z.toJSONSchema(field.base, { unrepresentable: "any" }) as Constraints & { format?: string };
  const out: { -readonly [K in keyof Constraints]: Constraints[K] } = {};
  // Formats (date-time, uri, …) come with zod's own patterns; only explicit ones are constraints here.
  if (schema.pattern && !schema.format) out.pattern = schema.pattern;
  if (schema.minimum !== undefined) out.minimum = schema.minimum;
  if (schema.maximum !== undefined) out.maximum = schema.maximum;
  if (schema.minLength !== undefined) out.minLength = schema.minLength;
  if (schema.maxLength !== undefined) out.maxLength = schema.maxLength;
  return out;
}
