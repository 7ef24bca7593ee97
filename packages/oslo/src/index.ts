export {
  type Concept,
  type ConceptDefinition,
  type ConceptScheme,
  defineConceptScheme,
  isUnknownCode,
  rawValueOf,
  type UnknownCode,
  type UnknownConcept,
  unknownCode,
} from "./code-lists/concept-scheme.js";
export * from "./code-lists/index.js";
export { DigitaleNutsError, OsloValidationError, type ValidationIssue } from "./errors.js";
export { buildJsonSchema, buildJsonSchemas } from "./export/json-schema.js";
export { buildShacl, SHAPES_NS } from "./export/shacl.js";
export { type Crs, crsFromIri, crsIri, lambert72ToWgs84, wgs84ToLambert72 } from "./geo/crs.js";
export { mapCoordinates, toLambert72, wktToGeometrie } from "./geo/geometrie.js";
export { formatWkt, type ParsedWkt, parseWkt, WktError } from "./geo/wkt.js";
export { buildContext, CONTEXT_URL, jsonLdContext } from "./jsonld/context.js";
export {
  fromJsonLd,
  type JsonLdProcessor,
  loadJsonLd,
  OsloJsonLdError,
  staticDocumentLoader,
} from "./jsonld/from-json-ld.js";
export { type JsonLdNode, toJsonLd, toJsonLdGraph } from "./jsonld/to-json-ld.js";
export { type Constraints, constraintsOf } from "./model-kit/constraints.js";
export { codeSchema, Field, type FieldKind } from "./model-kit/field.js";
export type { ModelDefinition } from "./model-kit/model.js";
export { GeoJsonGeometry, Position } from "./models/geojson.js";
export * from "./models/index.js";
export { CONCEPT_BASE, expandIri, NS, type Prefix } from "./namespaces.js";
export { hashString, seededRandom } from "./random.js";
export { describeValue, formatPath, type ParseResult } from "./validation.js";
