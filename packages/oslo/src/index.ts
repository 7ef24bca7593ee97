export { CONCEPT_BASE, expandIri, NS, type Prefix } from "./namespaces.js";
export { DigitaleNutsError, OsloValidationError, type ValidationIssue } from "./errors.js";
export { describeValue, formatPath, type ParseResult } from "./validation.js";
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
export { codeSchema, Field, type FieldKind } from "./model-kit/field.js";
export type { ModelDefinition } from "./model-kit/model.js";
export { GeoJsonGeometry, Position } from "./models/geojson.js";
export * from "./models/index.js";
