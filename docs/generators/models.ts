import {
  constraintsOf,
  expandIri,
  type Field,
  type ModelDefinition,
  modelDefinitions,
} from "@digitale-nuts/oslo";
import { cell, code, generatedNotice, iriLink, table } from "./markdown.js";
import { type SidebarItem, writeDocsFile } from "./output.js";

/** Page path (without extension) of a model's contract page. */
export const modelPage = (name: string) => `/contracts/models/${name}`;

/** Anchor of a concept scheme on the code-list page. */
export const schemeLink = (schemeId: string) => `/contracts/code-lists#${schemeId}`;

function typeOf(field: Field): string {
  if (field.kind === "node" && field.model) {
    const name = field.model().name;
    return `node → [${name}](${modelPage(name)})`;
  }
  return code(field.kind);
}

function constraintsText(field: Field): string {
  const c = constraintsOf(field);
  const parts: string[] = [];
  if (c.pattern) parts.push(`pattern ${code(c.pattern)}`);
  if (c.minimum !== undefined) parts.push(`≥ ${c.minimum}`);
  if (c.maximum !== undefined) parts.push(`≤ ${c.maximum}`);
  if (c.minLength !== undefined && c.minLength > 1) parts.push(`length ≥ ${c.minLength}`);
  if (c.maxLength !== undefined) parts.push(`length ≤ ${c.maxLength}`);
  return parts.join(", ");
}

function fieldRow(name: string, field: Field): string[] {
  const scheme = field.scheme ? `[${cell(field.scheme.title.en)}](${schemeLink(field.scheme.id)})` : "";
  return [
    code(name),
    iriLink(expandIri(field.iri), field.iri),
    typeOf(field),
    field.required ? "yes" : "no",
    field.many ? "yes" : "no",
    scheme,
    constraintsText(field),
    cell(field.doc),
  ];
}

/** The Markdown contract page of one model, built only from `model.fields`. */
export function modelMarkdown(model: ModelDefinition): string {
  const header =
    model.role === "entity"
      ? [
          [
            code("type"),
            "`@type`",
            code("literal"),
            "yes",
            "no",
            "",
            "",
            `Always ${code(model.name)}; selects this model's type-scoped JSON-LD context.`,
          ],
          [code("id"), "`@id`", code("iri"), "no", "no", "", "", "The entity's IRI, where it has one."],
        ]
      : [];
  const rows = [...header, ...Object.entries(model.fields).map(([name, f]) => fieldRow(name, f))];
  const usedBy = modelDefinitions.filter((m) =>
    Object.values(m.fields).some((f) => f.kind === "node" && f.model?.().name === model.name),
  );
  return `---
title: ${model.name}
pageClass: wide-page
aside: false
---

${generatedNotice("the oslo model definitions (`modelDefinitions`)")}

# ${model.name}

${cell(model.doc)}

- **Class**: ${iriLink(expandIri(model.classIri), model.classIri)}
- **Role**: ${model.role === "entity" ? "entity, a top-level record with `type` and an optional `id`" : "value object, nested inside an entity"}
- **JSON Schema**: <a href="/schemas/${model.name}.json" download>${model.name}.json</a>
- **SHACL shape**: \`<https://w3id.org/digitale-nuts/shapes#${model.name}Shape>\` in <a href="/shapes/digitale-nuts.ttl" download>digitale-nuts.ttl</a>
- **JSON-LD context**: <a href="/context/v1.jsonld" download>v1.jsonld</a> (term \`${model.name}\`)
${usedBy.length ? `- **Nested in**: ${usedBy.map((m) => `[${m.name}](${modelPage(m.name)})`).join(", ")}\n` : ""}
## Fields

${table(["field", "RDF property", "type", "required", "list", "code list", "constraints", "description"], rows)}

A _list_ field holds zero or more values; absent means empty. A coded field holds the concept's \`code\`;
a value the code list does not know is kept as \`onbekend:<raw>\` rather than rejected.
`;
}

/** Writes one page per model and returns their sidebar entries. */
export function generateModelPages(): SidebarItem[] {
  const entities = modelDefinitions.filter((m) => m.role === "entity");
  const values = modelDefinitions.filter((m) => m.role === "value");
  for (const model of modelDefinitions)
    writeDocsFile(`contracts/models/${model.name}.md`, modelMarkdown(model));
  const item = (m: ModelDefinition): SidebarItem => ({ text: m.name, link: modelPage(m.name) });
  return [
    { text: "Entities", collapsed: false, items: entities.map(item) },
    { text: "Value objects", collapsed: true, items: values.map(item) },
  ];
}
