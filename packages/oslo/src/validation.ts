import { z } from "zod";
import { OsloValidationError, type ValidationIssue } from "./errors.js";

/**
 * The outcome of a safe parse: the typed value, or every issue found.
 * @example
 * const result: ParseResult<Vaststelling> = safeParseVaststelling(payload);
 * if (!result.success) console.error(result.error.issues);
 */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: OsloValidationError };

/**
 * Formats a path such as `["zone", 0, "geometrie"]` as `zone[0].geometrie`.
 * @example
 * formatPath(["zone", 0, "geometrie"]); // "zone[0].geometrie"
 * formatPath([]); // "(root)"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((segment, i) =>
      typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

/**
 * Describes a received value briefly: its type and a truncated preview.
 * @example
 * describeValue("2026-13-01"); // 'string "2026-13-01"'
 * describeValue([1, 2]); // "an array of 2"
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  const preview = typeof value === "string" ? JSON.stringify(value) : String(value);
  const shown = preview.length > 60 ? `${preview.slice(0, 57)}…"` : preview;
  return `${typeof value} ${shown}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns zod issues into {@link ValidationIssue}s, flattening unions to their most useful branch. */
export function toValidationIssues(input: unknown, issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // Report the branch that got furthest (fewest issues), with paths made absolute.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      const nested = best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
      if (nested.every((i) => i.code !== "invalid_type" || i.path.length > issue.path.length)) {
        return toValidationIssues(input, nested as z.core.$ZodIssue[]);
      }
    }
    return [
      {
        path: formatPath(issue.path),
        message: issue.message,
        received: describeValue(valueAt(input, issue.path)),
      },
    ];
  });
}

/**
 * Builds the `parse`/`safeParse` pair of a model. The schema is compiled once (zod's ahead-of-time fast
 * path, which falls back to the runtime parser for anything it cannot model and for every invalid input,
 * so issues are identical); compilation is deferred to the first parse so importing stays cheap.
 */
export function validatorFor<S extends z.ZodType>(model: string, schema: S) {
  let compiled: S | undefined;
  const safeParse = (input: unknown): ParseResult<z.output<S>> => {
    compiled ??= z.compile(schema);
    const result = compiled.safeParse(input);
    if (result.success) return { success: true, data: result.data };
    return {
      success: false,
      error: new OsloValidationError(model, toValidationIssues(input, result.error.issues)),
    };
  };
  const parse = (input: unknown): z.output<S> => {
    const result = safeParse(input);
    if (!result.success) throw result.error;
    return result.data;
  };
  return { parse, safeParse };
}
