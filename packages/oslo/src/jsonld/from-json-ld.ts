import { DigitaleNutsError } from "../errors.js";
import { type OsloEntity, safeParseOsloEntity } from "../models/index.js";
import { CONTEXT_URL, jsonLdContext } from "./context.js";

/**
 * A JSON-LD document could not be read as our classes.
 * @example
 * try {
 *   await fromJsonLd({ "@context": "https://example.org/other.jsonld", type: "Vaststelling" });
 * } catch (error) {
 *   if (error instanceof OsloJsonLdError) console.error(error.code); // "JSONLD_REMOTE_CONTEXT"
 * }
 */
export class OsloJsonLdError extends DigitaleNutsError {}

/**
 * A jsonld.js document loader that serves our context from memory and refuses everything else, so
 * JSON-LD processing never touches the network.
 * @example
 * const jsonld = await loadJsonLd();
 * const expanded = await jsonld.expand(doc, { documentLoader: staticDocumentLoader, safe: true });
 */
export async function staticDocumentLoader(url: string) {
  if (url === CONTEXT_URL) return { contextUrl: undefined, documentUrl: url, document: jsonLdContext() };
  throw new OsloJsonLdError(
    "JSONLD_REMOTE_CONTEXT",
    `Refusing to load remote JSON-LD document ${url}: only ${CONTEXT_URL} is available offline. Inline other contexts in the document.`,
  );
}

/**
 * The part of jsonld.js the SDK uses (its published types lag behind, e.g. they lack RDFC-1.0).
 * @example
 * const jsonld: JsonLdProcessor = await loadJsonLd();
 * const nquads = await jsonld.canonize(toJsonLd(vaststelling), { algorithm: "RDFC-1.0", documentLoader: staticDocumentLoader });
 */
export interface JsonLdProcessor {
  compact(doc: unknown, context: unknown, options?: object): Promise<Record<string, unknown>>;
  expand(doc: unknown, options?: object): Promise<Record<string, unknown>[]>;
  canonize(doc: unknown, options?: object): Promise<string>;
}
let jsonld: Promise<JsonLdProcessor> | undefined;
/**
 * jsonld.js is loaded on first use only: serialising never needs it.
 * @example
 * const jsonld = await loadJsonLd();
 * const expanded = await jsonld.expand(toJsonLd(vaststelling), { documentLoader: staticDocumentLoader });
 */
export function loadJsonLd(): Promise<JsonLdProcessor> {
  jsonld ??= import("jsonld").then((m) => ((m as { default?: unknown }).default ?? m) as JsonLdProcessor);
  return jsonld;
}

/**
 * Reads any valid JSON-LD for our classes — compacted with our context, expanded, or under another
 * context that maps to the same IRIs — and returns the validated entities. Uses jsonld.js in safe mode
 * (terms that map to nothing are errors, not silently dropped).
 *
 * @example
 * const [finding] = await fromJsonLd(await readJson("finding.jsonld"));
 */
export async function fromJsonLd(doc: unknown): Promise<OsloEntity[]> {
  if (doc === null || typeof doc !== "object") {
    throw new OsloJsonLdError(
      "JSONLD_INVALID",
      `Expected a JSON-LD object or array, received ${doc === null ? "null" : typeof doc}`,
    );
  }
  const { compact } = await loadJsonLd();
  let compacted: Record<string, unknown> | null;
  try {
    compacted = await compact(doc, CONTEXT_URL, { documentLoader: staticDocumentLoader, safe: true });
  } catch (error) {
    // jsonld.js wraps loader failures; surface our own refusal as it is.
    const cause = (error as { details?: { cause?: unknown } }).details?.cause;
    if (cause instanceof OsloJsonLdError) throw cause;
    throw new OsloJsonLdError(
      "JSONLD_INVALID",
      `Not valid JSON-LD for the Digitale Nuts profile: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const nodes = Array.isArray(compacted?.["@graph"])
    ? (compacted["@graph"] as unknown[])
    : compacted && Object.keys(compacted).some((k) => k !== "@context")
      ? [compacted]
      : [];
  if (nodes.length === 0)
    throw new OsloJsonLdError(
      "JSONLD_EMPTY",
      "The JSON-LD document contains no node of the Digitale Nuts profile",
    );
  return nodes.map((node, index) => {
    const { "@context": _, ...plain } = node as Record<string, unknown>;
    const result = safeParseOsloEntity(plain);
    if (!result.success) {
      const where = nodes.length > 1 ? ` (node ${index} of @graph)` : "";
      throw new OsloJsonLdError("JSONLD_NOT_A_MODEL", `${result.error.message}${where}`, {
        cause: result.error,
      });
    }
    return result.data;
  });
}
