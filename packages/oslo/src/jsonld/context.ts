import type { Field } from "../model-kit/field.js";
import type { ModelDefinition } from "../model-kit/model.js";
import { modelDefinitions } from "../models/index.js";
import { expandIri, NS } from "../namespaces.js";

/**
 * The URL our JSON-LD documents name as their `@context`; the static loader resolves it offline.
 * @example
 * const doc = { "@context": CONTEXT_URL, "@graph": nodes }; // "https://w3id.org/digitale-nuts/context/v1.jsonld"
 */
export const CONTEXT_URL = "https://w3id.org/digitale-nuts/context/v1.jsonld";

type TermDefinition = Record<string, unknown>;

const DATATYPES: Partial<Record<Field["kind"], string>> = {
  dateTime: "xsd:dateTime",
  date: "xsd:date",
  duration: "xsd:duration",
  wkt: "geosparql:wktLiteral",
};

function termFor(field: Field): TermDefinition {
  const term: TermDefinition = { "@id": expandIri(field.iri) };
  const datatype = DATATYPES[field.kind];
  if (datatype) term["@type"] = expandIri(datatype);
  if (field.kind === "iri") term["@type"] = "@id";
  if (field.kind === "json") term["@type"] = "@json";
  if (field.kind === "code" && field.scheme) {
    // Codes are written as plain strings; a property-scoped context maps each code to its concept IRI.
    term["@type"] = "@vocab";
    term["@context"] = Object.fromEntries(field.scheme.concepts.map((c) => [c.code, c.uri]));
  }
  if (field.many) term["@container"] = "@set";
  return term;
}

function classTerm(model: ModelDefinition): TermDefinition {
  // Type-scoped: a model's terms apply only inside nodes of its type, so `status` can mean
  // different properties (with different code lists) on different classes.
  return {
    "@id": expandIri(model.classIri),
    "@context": Object.fromEntries(Object.entries(model.fields).map(([key, field]) => [key, termFor(field)])),
  };
}

/**
 * Builds the JSON-LD context of the application profile from the model definitions. Every field maps
 * to an OSLO/W3C IRI or one in our `dn` namespace; there is deliberately no `@vocab`, so an unmapped
 * term is an error rather than a silently invented IRI.
 * @example
 * writeFileSync("context.jsonld", JSON.stringify(buildContext(), null, 2));
 */
export function buildContext(models: readonly ModelDefinition[] = modelDefinitions): {
  "@context": Record<string, unknown>;
} {
  return {
    "@context": {
      "@version": 1.1,
      ...NS,
      id: "@id",
      type: "@type",
      ...Object.fromEntries(models.map((m) => [m.name, classTerm(m)])),
    },
  };
}

let cached: { "@context": Record<string, unknown> } | undefined;
/**
 * The application profile's context document (built once, on first use).
 * @example
 * const zoneTerm = jsonLdContext()["@context"].Zone; // { "@id": "https://data.vlaanderen.be/ns/mobiliteit#Zone", … }
 */
export function jsonLdContext(): { "@context": Record<string, unknown> } {
  cached ??= buildContext();
  return cached;
}
