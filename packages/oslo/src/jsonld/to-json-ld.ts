import type { Field } from "../model-kit/field.js";
import type { ModelDefinition } from "../model-kit/model.js";
import { modelDefinitions, type OsloEntity } from "../models/index.js";
import { CONTEXT_URL } from "./context.js";

/**
 * A compacted JSON-LD node.
 * @example
 * const node: JsonLdNode = toJsonLd(vaststelling);
 * node.type; // "Vaststelling"
 */
export type JsonLdNode = { [key: string]: unknown };

/** A field prepared for writing: its key and, for nested nodes, the writer of its model. */
interface Slot {
  readonly key: string;
  readonly many: boolean;
  readonly nested?: Writer;
}
type Writer = (value: Record<string, unknown>) => JsonLdNode;

const writers = new Map<string, Writer>();

function writerFor(model: ModelDefinition): Writer {
  const existing = writers.get(model.name);
  if (existing) return existing;
  let slots: Slot[] | undefined;
  const write: Writer = (value) => {
    slots ??= Object.entries(model.fields).map(([key, field]: [string, Field]) => ({
      key,
      many: field.many,
      ...(field.kind === "node" && field.model ? { nested: writerFor(field.model()) } : {}),
    }));
    const out: JsonLdNode = { type: model.name };
    if (model.role === "entity" && typeof value.id === "string") out.id = value.id;
    for (const slot of slots) {
      const v = value[slot.key];
      if (v === undefined) continue;
      if (slot.many) {
        const list = v as unknown[];
        if (list.length === 0) continue;
        out[slot.key] = slot.nested
          ? list.map((x) => (slot.nested as Writer)(x as Record<string, unknown>))
          : list;
      } else {
        out[slot.key] = slot.nested ? slot.nested(v as Record<string, unknown>) : v;
      }
    }
    return out;
  };
  writers.set(model.name, write);
  return write;
}

const byName = new Map(modelDefinitions.map((m) => [m.name, m]));

/**
 * Serialises an entity to compacted JSON-LD in one pass over precomputed field slots: no JSON-LD
 * processing, because the models' JSON already is the compacted form under our context. Nested
 * nodes get their `type`; empty lists are left out (an empty set has no triples).
 *
 * @example
 * const doc = toJsonLd(vaststelling); // { "@context": CONTEXT_URL, type: "Vaststelling", … }
 */
export function toJsonLd(entity: OsloEntity): JsonLdNode {
  const model = byName.get(entity.type);
  if (!model)
    throw new TypeError(`toJsonLd: unknown entity type "${String((entity as { type?: unknown }).type)}"`);
  return { "@context": CONTEXT_URL, ...writerFor(model)(entity as unknown as Record<string, unknown>) };
}

/**
 * Serialises several entities as one JSON-LD document with a `@graph`.
 * @example
 * const doc = toJsonLdGraph([grondwerk, vaststelling]); // { "@context": CONTEXT_URL, "@graph": [{ type: "Grondwerk", … }, …] }
 * writeFileSync("export.jsonld", JSON.stringify(doc));
 */
export function toJsonLdGraph(entities: readonly OsloEntity[]): JsonLdNode {
  return {
    "@context": CONTEXT_URL,
    "@graph": entities.map((e) => {
      const { "@context": _, ...node } = toJsonLd(e);
      return node;
    }),
  };
}
