import { constraintsOf } from "../model-kit/constraints.js";
import type { Field } from "../model-kit/field.js";
import type { ModelDefinition } from "../model-kit/model.js";
import { modelDefinitions } from "../models/index.js";
import { expandIri, NS } from "../namespaces.js";

/**
 * Namespace of the generated shapes.
 * @example
 * const shape = `${SHAPES_NS}VaststellingShape`; // "https://w3id.org/digitale-nuts/shapes#VaststellingShape"
 */
export const SHAPES_NS = "https://w3id.org/digitale-nuts/shapes#";

const DATATYPE: Partial<Record<Field["kind"], string>> = {
  text: "xsd:string",
  wkt: "geosparql:wktLiteral",
  dateTime: "xsd:dateTime",
  date: "xsd:date",
  duration: "xsd:duration",
  integer: "xsd:integer",
  boolean: "xsd:boolean",
  json: "rdf:JSON",
};

const iri = (compact: string) => `<${expandIri(compact)}>`;
const literal = (s: string) => JSON.stringify(s);

function propertyShape(field: Field): string {
  const lines = [`sh:path ${iri(field.iri)}`, `sh:description ${literal(field.doc)}`];
  if (field.required) lines.push("sh:minCount 1");
  if (!field.many) lines.push("sh:maxCount 1");
  const datatype = DATATYPE[field.kind];
  if (datatype) lines.push(`sh:datatype ${iri(datatype)}`);
  if (field.kind === "decimal") lines.push("sh:nodeKind sh:Literal");
  if (field.kind === "iri") lines.push("sh:nodeKind sh:IRI");
  if (field.kind === "code" && field.scheme) {
    // Known concepts, or the explicit unknown concept that keeps a raw value GIPOD added without notice.
    const known = field.scheme.concepts.map((c) => `<${c.uri}>`).join(" ");
    lines.push("sh:nodeKind sh:IRI", `sh:or ( [ sh:in ( ${known} ) ] [ sh:pattern "^onbekend:" ] )`);
  }
  if (field.kind === "node" && field.model) {
    const model = field.model();
    lines.push(`sh:class ${iri(model.classIri)}`, `sh:node <${SHAPES_NS}${model.name}Shape>`);
  }
  const c = constraintsOf(field);
  if (c.pattern) lines.push(`sh:pattern ${literal(c.pattern)}`);
  if (c.minimum !== undefined) lines.push(`sh:minInclusive ${c.minimum}`);
  if (c.maximum !== undefined) lines.push(`sh:maxInclusive ${c.maximum}`);
  if (c.minLength !== undefined && c.minLength > 1) lines.push(`sh:minLength ${c.minLength}`);
  if (c.maxLength !== undefined) lines.push(`sh:maxLength ${c.maxLength}`);
  return `  sh:property [\n    ${lines.join(" ;\n    ")}\n  ]`;
}

function nodeShape(model: ModelDefinition): string {
  const parts = [
    `<${SHAPES_NS}${model.name}Shape> a sh:NodeShape`,
    `  sh:targetClass ${iri(model.classIri)}`,
    `  sh:name ${literal(model.name)}`,
    `  sh:description ${literal(model.doc)}`,
    ...Object.values(model.fields).map(propertyShape),
  ];
  return `${parts.join(" ;\n")} .\n`;
}

/**
 * SHACL shapes (Turtle) for the models, generated from the same definitions as the zod schemas and the
 * JSON-LD context, so the three cannot drift. Vendors in other languages validate with these.
 * @example
 * writeFileSync("shapes.ttl", buildShacl());
 */
export function buildShacl(models: readonly ModelDefinition[] = modelDefinitions): string {
  const prefixes = Object.entries(NS)
    .map(([p, ns]) => `@prefix ${p}: <${ns}> .`)
    .join("\n");
  return `${prefixes}\n\n${models.map(nodeShape).join("\n")}`;
}
