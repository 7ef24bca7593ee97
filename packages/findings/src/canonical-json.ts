import { FindingsError } from "./errors.js";

/**
 * Canonical JSON: object keys sorted by code unit, no insignificant whitespace, `undefined`
 * properties dropped (as JSON.stringify does). Two structurally equal values always serialise
 * to the same string, whatever their key order, so their hashes compare.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null], c: undefined }); // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, "$");
}

function write(value: unknown, path: string): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value))
        throw new FindingsError("CANONICAL_JSON_INVALID", `${path}: ${value} has no JSON form`);
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value))
        return `[${value.map((v, i) => (v === undefined ? "null" : write(v, `${path}[${i}]`))).join(",")}]`;
      const keys = Object.keys(value as object)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort();
      const parts = keys.map(
        (k) => `${JSON.stringify(k)}:${write((value as Record<string, unknown>)[k], `${path}.${k}`)}`,
      );
      return `{${parts.join(",")}}`;
    }
    default:
      throw new FindingsError("CANONICAL_JSON_INVALID", `${path}: a ${typeof value} has no JSON form`);
  }
}
