import type { OsloValidationError, ParseResult } from "@digitale-nuts/oslo";
import { GipodResponseError } from "../errors.js";

/** Validates a mapped record with its oslo schema; a failure is a {@link GipodResponseError} with the path. */
export function validated<T>(result: ParseResult<T>, source: string): T {
  if (result.success) return result.data;
  const error: OsloValidationError = result.error;
  const first = error.issues[0];
  throw new GipodResponseError(
    first?.path ?? "(root)",
    `mapped record fails the ${error.model} schema: ${first?.message ?? "invalid"}`,
    source,
    {
      cause: error,
    },
  );
}

/** Adds the source payload as `raw` when asked. */
export function withRaw<T extends object>(
  record: T,
  raw: unknown,
  includeRaw: boolean | undefined,
): T & { readonly raw?: unknown } {
  return includeRaw ? { ...record, raw } : record;
}
