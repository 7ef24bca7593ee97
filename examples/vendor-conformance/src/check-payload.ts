// The conformance check a city runs on what a vendor sends, and a vendor runs before sending it.
import {
  DigitaleNutsError,
  fromJsonLd,
  type OsloEntity,
  OsloValidationError,
  safeParseOsloEntity,
  type ValidationIssue,
} from "@digitale-nuts/oslo";

/** The outcome of {@link checkPayload}: the typed entities, or every issue with its path. */
export type PayloadCheck =
  | { readonly conforms: true; readonly entities: readonly OsloEntity[] }
  | { readonly conforms: false; readonly issues: readonly ValidationIssue[] };

/**
 * Checks one payload. Plain JSON is our compacted JSON-LD without `@context`, so `safeParseOsloEntity` (which
 * picks the model by `type`; `safeParseInname`, `safeParseVaststelling`, … check one model) is enough. JSON-LD
 * in any form (expanded, another context) goes through `fromJsonLd`, offline, and then through the same schema.
 */
export async function checkPayload(text: string, format: "json" | "jsonld"): Promise<PayloadCheck> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return {
      conforms: false,
      issues: [{ path: "(root)", message: (error as Error).message, received: "text" }],
    };
  }
  if (format === "json") {
    const result = safeParseOsloEntity(doc);
    return result.success
      ? { conforms: true, entities: [result.data] }
      : { conforms: false, issues: result.error.issues };
  }
  try {
    return { conforms: true, entities: await fromJsonLd(doc) };
  } catch (error) {
    // A model violation keeps its issues in `cause`; other JSON-LD errors (unmapped term, remote context) are one issue.
    if (error instanceof DigitaleNutsError && error.cause instanceof OsloValidationError) {
      return { conforms: false, issues: error.cause.issues };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { conforms: false, issues: [{ path: "(root)", message, received: "a JSON-LD document" }] };
  }
}
