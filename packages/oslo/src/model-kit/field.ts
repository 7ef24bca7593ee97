import { z } from "zod";
import type { ConceptScheme, UnknownCode } from "../code-lists/concept-scheme.js";
import { UNKNOWN_PREFIX } from "../code-lists/concept-scheme.js";
import type { ModelDefinition } from "./model.js";

/**
 * How a field's value is written in JSON and in RDF.
 * @example
 * const kind: FieldKind = "dateTime";
 */
export type FieldKind =
  | "text"
  | "wkt"
  | "dateTime"
  | "date"
  | "duration"
  | "integer"
  | "decimal"
  | "boolean"
  | "iri"
  | "code"
  | "node"
  | "json";

interface FieldInfo {
  readonly kind: FieldKind;
  /** The schema of one value, before `optional()`/`list()` wrapped it (its checks drive SHACL and test data). */
  readonly base: z.ZodType;
  /** Compact IRI of the RDF property, e.g. `dct:description`. */
  readonly iri: string;
  /** One line for the docs field table. */
  readonly doc: string;
  readonly scheme?: ConceptScheme;
  readonly model?: () => ModelDefinition;
  readonly required: boolean;
  /** Zero or more values (a JSON array, an RDF set). */
  readonly many: boolean;
}

/**
 * One field of a model: its zod schema plus what the JSON-LD context, the SHACL shapes and the
 * docs need to know. A model is defined once, as fields, and everything else is derived.
 * @example
 * const field: Field | undefined = modelDefinitions.find((m) => m.name === "Vaststelling")?.fields.opmerking;
 * field?.iri; // "rdfs:comment"
 * field?.kind; // "text"
 */
export class Field<Z extends z.ZodType = z.ZodType> implements FieldInfo {
  readonly kind: FieldKind;
  readonly base: z.ZodType;
  readonly iri: string;
  readonly doc: string;
  readonly scheme?: ConceptScheme;
  readonly model?: () => ModelDefinition;
  readonly required: boolean;
  readonly many: boolean;

  constructor(
    readonly zod: Z,
    info: FieldInfo,
  ) {
    this.kind = info.kind;
    this.base = info.base;
    this.iri = info.iri;
    this.doc = info.doc;
    if (info.scheme) this.scheme = info.scheme;
    if (info.model) this.model = info.model;
    this.required = info.required;
    this.many = info.many;
  }

  /** The field may be absent. */
  optional(): Field<z.ZodOptional<Z>> {
    return new Field(this.zod.optional(), { ...this, required: false });
  }

  /** The field holds zero or more values; absent means empty. */
  list(): Field<z.ZodDefault<z.ZodArray<Z>>> {
    return new Field(z.array(this.zod).default([]), { ...this, required: false, many: true });
  }
}

const make =
  <Z extends z.ZodType>(kind: FieldKind, zod: () => Z) =>
  (iri: string, doc: string, override?: Z): Field<Z> => {
    const schema = override ?? zod();
    return new Field(schema, { kind, base: schema, iri, doc, required: true, many: false });
  };

/** Non-empty text. Pass a zod override for limits (`z.string().max(500)`). */
export const text = make("text", () => z.string().trim().min(1));
/** A WKT geometry literal, optionally prefixed by its CRS IRI (`<http://…/31370> POINT (…)`). */
export const wkt = make("wkt", () => z.string().trim().min(1));
/** An ISO 8601 date-time with offset, e.g. `2026-03-10T06:00:00Z`. */
export const dateTime = make("dateTime", () => z.iso.datetime({ offset: true }));
/** An ISO 8601 calendar date, e.g. `2026-03-10`. */
export const date = make("date", () => z.iso.date());
/** An ISO 8601 duration, e.g. `P5D`. */
export const duration = make("duration", () => z.iso.duration());
/** A whole number. */
export const integer = make("integer", () => z.number().int());
/** A finite number. */
export const decimal = make("decimal", () => z.number());
/** true or false. */
export const boolean = make("boolean", () => z.boolean());
/** A reference to another resource by its absolute IRI. */
export const iri = make("iri", () => z.url());
/** A JSON value kept as is (rdf:JSON), e.g. a GeoJSON geometry. */
export const json = <Z extends z.ZodType>(iriValue: string, doc: string, zod: Z): Field<Z> =>
  new Field(zod, { kind: "json", base: zod, iri: iriValue, doc, required: true, many: false });

/**
 * The zod schema of a code from a concept scheme: a known code, or `onbekend:<raw>` for a value the scheme lacks.
 * @example
 * const zonetype = codeSchema(Zonetypes);
 * zonetype.safeParse("werfzone").success; // true
 * zonetype.safeParse("onbekend:Parkeerzone").success; // true (explicit unknown code)
 */
export function codeSchema<C extends string>(scheme: ConceptScheme<C>) {
  return z.union([
    z.enum(scheme.codes as readonly [C, ...C[]]),
    z.templateLiteral([UNKNOWN_PREFIX, z.string().min(1)]) as unknown as z.ZodType<UnknownCode>,
  ]);
}

/** A concept from a scheme, stored by its code. */
export function code<C extends string>(scheme: ConceptScheme<C>, iriValue: string, doc: string) {
  const schema = codeSchema(scheme);
  return new Field(schema, {
    kind: "code",
    base: schema,
    iri: iriValue,
    doc,
    scheme,
    required: true,
    many: false,
  });
}

/** A nested node described by another model. */
export function node<M extends ModelDefinition>(
  model: () => M,
  iriValue: string,
  doc: string,
): Field<M["schema"]> {
  // Nested models are defined before the models that use them, so the schema can be taken now: a plain
  // (non-lazy) schema lets zod compile the whole tree into one fast path.
  const schema = model().schema;
  return new Field(schema, {
    kind: "node",
    base: schema,
    iri: iriValue,
    doc,
    model,
    required: true,
    many: false,
  });
}
