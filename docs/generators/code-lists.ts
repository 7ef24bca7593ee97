import { type ConceptScheme, conceptSchemes, modelDefinitions } from "@digitale-nuts/oslo";
import { cell, code, generatedNotice, iriLink, table } from "./markdown.js";
import { modelPage } from "./models.js";
import { json, writeDocsFile } from "./output.js";

/** Fields (as `Model.field`) that hold a code from the scheme. */
function usedBy(scheme: ConceptScheme): string[] {
  return modelDefinitions.flatMap((m) =>
    Object.entries(m.fields)
      .filter(([, f]) => f.scheme?.id === scheme.id)
      .map(([name]) => `[${m.name}.${name}](${modelPage(m.name)})`),
  );
}

function schemeSection(scheme: ConceptScheme): string {
  const rows = scheme.concepts.map((c) => [
    code(c.code),
    iriLink(c.uri),
    cell(c.prefLabel.nl),
    cell(c.altLabel.en),
    c.notation ? (c.exactMatch ? iriLink(c.exactMatch, c.notation) : code(c.notation)) : "",
    c.aliases.map(cell).join(", "),
  ]);
  const fields = usedBy(scheme);
  return `## ${cell(scheme.title.nl)} — ${cell(scheme.title.en)} {#${scheme.id}}

Scheme ${iriLink(scheme.uri)}, ${scheme.concepts.length} concepts.${fields.length ? ` Used by ${fields.join(", ")}.` : ""}

${table(["code", "concept URI", "prefLabel (nl)", "altLabel (en)", "GIPOD UUID (notation)", "aliases"], rows)}
`;
}

/** Writes the code-list page (every scheme in `conceptSchemes`) and the schemes as JSON. */
export function generateCodeLists(): void {
  const schemes = [...conceptSchemes.values()].sort((a, b) => a.id.localeCompare(b.id));
  const index = table(
    ["scheme", "id", "concepts"],
    schemes.map((s) => [`[${cell(s.title.nl)}](#${s.id})`, code(s.id), String(s.concepts.length)]),
  );
  writeDocsFile(
    "contracts/code-lists.md",
    `---
title: Code lists
pageClass: wide-page
aside: false
---

${generatedNotice("the oslo concept schemes (`conceptSchemes`)")}

# Code lists

Every SKOS concept scheme the SDK publishes. A coded field stores the concept's **code**; the JSON-LD
context maps it to the concept URI. \`scheme.lookup(value)\` finds a concept by code, URI, GIPOD UUID (or a
GIPOD taxonomy IRI ending in it), Dutch or English label, or alias, ignoring case and accents; a miss gives an
explicit unknown concept whose code is \`onbekend:<raw>\`, so a value GIPOD adds without notice is kept, not lost.
All schemes as JSON: <a href="/code-lists/code-lists.json" download>code-lists.json</a>.

${index}

${schemes.map(schemeSection).join("\n")}`,
  );
  writeDocsFile(
    "public/code-lists/code-lists.json",
    json(
      schemes.map((s) => ({
        id: s.id,
        uri: s.uri,
        title: s.title,
        concepts: s.concepts,
      })),
    ),
  );
}
