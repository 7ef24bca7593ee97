import { readFileSync } from "node:fs";
import {
  buildContext,
  buildJsonSchemas,
  buildShacl,
  loadJsonLd,
  modelDefinitions,
  parseOsloEntity,
  staticDocumentLoader,
  toJsonLd,
} from "@digitale-nuts/oslo";
import fc from "fast-check";
import { Parser, Store } from "n3";
import SHACLValidator from "rdf-validate-shacl";
import { describe, expect, it } from "vitest";
import { modelArbitrary } from "./support/arbitraries.js";

const pkg = new URL("../", import.meta.url);
const shapes = new Store(new Parser().parse(buildShacl()));

async function validate(doc: unknown) {
  const nquads = await (await loadJsonLd()).canonize(doc, {
    algorithm: "RDFC-1.0",
    format: "application/n-quads",
    documentLoader: staticDocumentLoader,
  });
  const data = new Store(new Parser({ format: "application/n-quads" }).parse(nquads));
  return new SHACLValidator(shapes).validate(data);
}

const sample = {
  type: "Vaststelling",
  vaststellingId: "6d1f7a9e-3a8e-4b4e-9a59-2f1b7c3f0e11",
  context: {
    gipodId: "10812407",
    locatie: { breedtegraad: 51.2203, lengtegraad: 4.4005 },
    locatiebron: "exact",
    bezoektype: "START",
    toezichter: "insp-07",
  },
  registratiestatus: "draft",
  status: "open",
  fase: "uitvoering",
  antwoorden: [
    {
      veld: "veiligheid__afbakening",
      waarde: ["NOK - hekken ontbreken"],
      resultaat: "NOK",
      verantwoordelijke: "aannemer",
    },
  ],
  toezichter: "insp-07",
  vastgesteldOp: "2026-03-10T08:15:00Z",
} as const;

describe("SHACL shapes", () => {
  it("accept valid data of every class (a real SHACL engine, rdf-validate-shacl)", async () => {
    for (const model of modelDefinitions.filter((m) => m.role === "entity")) {
      await fc.assert(
        fc.asyncProperty(modelArbitrary(model), async (raw) => {
          const report = await validate(toJsonLd(parseOsloEntity(raw)));
          expect(
            report.results.map((r) => `${r.path?.value}: ${r.message.map((m) => m.value).join()}`),
            model.name,
          ).toEqual([]);
          expect(report.conforms).toBe(true);
        }),
        { numRuns: 3 },
      );
    }
  });

  it("reject invalid data: a missing required property, a foreign code, a bad pattern, an out-of-range number", async () => {
    const doc = toJsonLd(parseOsloEntity(sample));
    expect((await validate(doc)).conforms).toBe(true);
    const broken: [string, Record<string, unknown>][] = [
      ["http://www.w3.org/ns/prov#wasAssociatedWith", { ...doc, toezichter: undefined }],
      ["http://www.w3.org/ns/adms#status", { ...doc, status: "https://example.org/not-a-status" }],
      ["http://www.w3.org/ns/prov#wasAssociatedWith", { ...doc, toezichter: "Jan Peeters" }],
      [
        "http://www.w3.org/2003/01/geo/wgs84_pos#lat",
        {
          ...doc,
          context: {
            ...(doc.context as object),
            locatie: { type: "Positie", breedtegraad: 123, lengtegraad: 4 },
          },
        },
      ],
    ];
    for (const [path, bad] of broken) {
      const report = await validate(JSON.parse(JSON.stringify(bad)));
      expect(report.conforms, path).toBe(false);
      expect(report.results.map((r) => r.path?.value)).toContain(path);
    }
  });
});

describe("published artefacts", () => {
  it("context.jsonld, schemas/*.json and shapes/*.ttl are up to date (run `npm run generate -w @digitale-nuts/oslo`)", () => {
    const read = (p: string) => readFileSync(new URL(p, pkg), "utf8");
    expect(JSON.parse(read("context.jsonld"))).toEqual(buildContext());
    for (const [name, schema] of Object.entries(buildJsonSchemas())) {
      expect(JSON.parse(read(`schemas/${name}.json`)), name).toEqual(schema);
    }
    expect(read("shapes/digitale-nuts.ttl")).toBe(buildShacl());
  });
});
