import {
  CONTEXT_URL,
  fromJsonLd,
  jsonLdContext,
  loadJsonLd,
  modelDefinitions,
  OsloJsonLdError,
  parseOsloEntity,
  staticDocumentLoader,
  toJsonLd,
} from "@digitale-nuts/oslo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modelArbitrary } from "./support/arbitraries.js";

const options = { documentLoader: staticDocumentLoader, safe: true };
const canonize = async (doc: unknown) =>
  (await loadJsonLd()).canonize(doc, { algorithm: "RDFC-1.0", format: "application/n-quads", ...options });

const entities = modelDefinitions.filter((m) => m.role === "entity");

describe("JSON-LD context", () => {
  it("maps every field of every model, with no @vocab fallback", () => {
    const ctx = jsonLdContext()["@context"];
    expect(ctx).not.toHaveProperty("@vocab");
    for (const model of modelDefinitions) {
      const term = ctx[model.name] as { "@id": string; "@context": Record<string, { "@id": string }> };
      expect(term["@id"], model.name).toMatch(/^https?:\/\//);
      for (const key of Object.keys(model.fields)) {
        expect(term["@context"][key]?.["@id"], `${model.name}.${key}`).toMatch(/^https?:\/\//);
      }
    }
  });

  it("gives no two fields of one model the same property IRI", () => {
    for (const model of modelDefinitions) {
      const iris = Object.values(model.fields).map((f) => f.iri);
      expect(new Set(iris).size, model.name).toBe(iris.length);
    }
  });
});

describe.each(entities.map((m) => [m.name, m] as const))("JSON-LD conformance: %s", (_name, model) => {
  it("toJsonLd yields the same canonical N-Quads as jsonld.js compaction, and round-trips", async () => {
    await fc.assert(
      fc.asyncProperty(modelArbitrary(model), async (raw) => {
        const entity = parseOsloEntity(raw);
        const fast = toJsonLd(entity);
        const { compact, expand } = await loadJsonLd();
        const expanded = await expand(fast, options);
        const reference = await compact(expanded, CONTEXT_URL, options);
        const [a, b] = await Promise.all([canonize(fast), canonize(reference)]);
        expect(a).toBe(b);
        expect(a.length).toBeGreaterThan(0);
        // Nothing was dropped: every populated field shows up as a property in the expanded form.
        const node = expanded[0] as Record<string, unknown>;
        for (const [key, value] of Object.entries(entity)) {
          if (
            key === "type" ||
            key === "id" ||
            value === undefined ||
            (Array.isArray(value) && value.length === 0)
          )
            continue;
          const iri = (
            jsonLdContext()["@context"][model.name] as { "@context": Record<string, { "@id": string }> }
          )["@context"][key]?.["@id"] as string;
          expect(node, `${model.name}.${key}`).toHaveProperty([iri]);
        }
        expect(await fromJsonLd(fast)).toEqual([entity]);
      }),
      { numRuns: 15 },
    );
  });
});

describe("fromJsonLd", () => {
  const finding = {
    type: "Klacht",
    klachtId: "K-1",
    ontvangenOp: "2026-03-01T10:00:00Z",
    status: "ontvangen",
    gipodId: "10812407",
  } as const;

  it("accepts the expanded form and documents under a different context", async () => {
    const { expand } = await loadJsonLd();
    const expanded = await expand(toJsonLd(parseOsloEntity(finding)), options);
    expect(await fromJsonLd(expanded)).toEqual([finding]);
    const other = {
      "@context": { k: "https://w3id.org/digitale-nuts/ns#", dct: "http://purl.org/dc/terms/" },
      "@type": "k:Klacht",
      "dct:identifier": "K-1",
      "dct:created": {
        "@value": "2026-03-01T10:00:00Z",
        "@type": "http://www.w3.org/2001/XMLSchema#dateTime",
      },
      "http://www.w3.org/ns/adms#status": {
        "@id": "https://w3id.org/digitale-nuts/id/concept/klachtstatus/ontvangen",
      },
      "https://gipod.vlaanderen.be/ns/gipod#gipodId": "10812407",
    };
    expect(await fromJsonLd(other)).toEqual([finding]);
  });

  it("never loads a remote context", async () => {
    await expect(
      fromJsonLd({ "@context": "https://example.org/ctx.jsonld", "@type": "Klacht" }),
    ).rejects.toThrow(/Refusing to load remote/);
  });

  it("reports model violations with their path, and junk with a typed error", async () => {
    const doc = { ...toJsonLd(parseOsloEntity(finding)), status: "verzonnen" };
    await expect(fromJsonLd(doc)).rejects.toBeInstanceOf(OsloJsonLdError);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (junk) => {
        await fromJsonLd(junk).then(
          () => undefined,
          (e) => expect(e).toBeInstanceOf(OsloJsonLdError),
        );
      }),
      { numRuns: 60 },
    );
  });
});
