import type { FindingRecord } from "@digitale-nuts/findings";
import { CONTEXT_URL, type JsonLdNode, type OsloEntity, toJsonLd, toJsonLdGraph } from "@digitale-nuts/oslo";
import type { ReportAudience } from "../metadata.js";

/**
 * Fields of OSLO entities that hold text typed by a person; left out of partner documents.
 * @example
 * FREE_TEXT_FIELDS.includes("opmerking"); // true: left out of partner JSON-LD
 */
export const FREE_TEXT_FIELDS: readonly string[] = [
  "beschrijving",
  "opmerking",
  "overdrachtsnotitie",
  "maatregel",
  "heropenReden",
];

/**
 * An OSLO entity, or findings' record (its `vaststelling` is written).
 * @example
 * const entities: JsonLdEntity[] = [grondwerk, ...records]; // OSLO entities and findings' records
 * const doc = toJsonLdDocument(entities, { audience: "internal" });
 */
export type JsonLdEntity = OsloEntity | Pick<FindingRecord, "vaststelling">;

const entityOf = (e: JsonLdEntity): OsloEntity => ("vaststelling" in e ? e.vaststelling : e);

function redact(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(redact);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!FREE_TEXT_FIELDS.includes(key)) out[key] = redact(value);
  }
  return out;
}

/**
 * Entities as one JSON-LD document (oslo `toJsonLdGraph`: compacted, `@graph`). Partner documents
 * (the default) leave out free-text fields.
 * @example
 * writeFileSync("vaststellingen.jsonld", JSON.stringify(toJsonLdDocument(records)));
 */
export function toJsonLdDocument(
  entities: readonly JsonLdEntity[],
  options: { readonly audience?: ReportAudience } = {},
): JsonLdNode {
  const doc = toJsonLdGraph(entities.map(entityOf));
  return (options.audience ?? "partner") === "partner" ? (redact(doc) as JsonLdNode) : doc;
}

/**
 * Streams a JSON-LD `@graph` document entity by entity (oslo `toJsonLd`), for large sets. Parses to
 * the same document as {@link toJsonLdDocument}.
 * @example
 * async function* records() { for await (const stored of store.listFindings()) yield stored.record; }
 * for await (const chunk of streamJsonLd(records())) out.write(chunk);
 */
export async function* streamJsonLd(
  entities: Iterable<JsonLdEntity> | AsyncIterable<JsonLdEntity>,
  options: { readonly audience?: ReportAudience } = {},
): AsyncGenerator<string> {
  const partner = (options.audience ?? "partner") === "partner";
  yield `{"@context":${JSON.stringify(CONTEXT_URL)},"@graph":[`;
  let first = true;
  for await (const entity of entities) {
    const { "@context": _, ...node } = toJsonLd(entityOf(entity));
    yield `${first ? "" : ","}\n${JSON.stringify(partner ? redact(node) : node)}`;
    first = false;
  }
  yield "\n]}\n";
}
