import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPayload } from "../src/check-payload.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

describe("checkPayload", () => {
  it("accepts the good JSON and the expanded JSON-LD as typed entities", async () => {
    const json = await checkPayload(fixture("grondwerk-good.json"), "json");
    expect(json).toMatchObject({ conforms: true, entities: [{ type: "Grondwerk", gipodId: 10045378 }] });
    const jsonLd = await checkPayload(fixture("vaststelling-expanded.jsonld"), "jsonld");
    expect(jsonLd).toMatchObject({
      conforms: true,
      entities: [{ type: "Vaststelling", toezichter: "insp-07" }],
    });
  });

  it("lists every issue of the bad payloads with its path", async () => {
    const json = await checkPayload(fixture("grondwerk-bad.json"), "json");
    expect(json.conforms ? [] : json.issues.map((i) => i.path)).toEqual([
      "gipodId",
      "status",
      "periode.begin",
      "periode.einde",
      "adresvoorstelling.postcode",
      "geometrie.geojson.coordinates[0]",
      "geometrie.geojson.coordinates[1]",
    ]);
    const jsonLd = await checkPayload(fixture("vaststelling-bad.jsonld"), "jsonld");
    expect(jsonLd.conforms ? [] : jsonLd.issues.map((i) => i.path)).toEqual([
      "context.locatie.breedtegraad",
      "toezichter",
      "vastgesteldOp",
    ]);
  });

  it("turns broken JSON and a remote JSON-LD context into one issue instead of a crash or a network call", async () => {
    expect(await checkPayload("{ not json", "json")).toMatchObject({
      conforms: false,
      issues: [{ path: "(root)" }],
    });
    const remote = JSON.stringify({ "@context": "https://vendor.example/context.jsonld", "@type": "Klacht" });
    const result = await checkPayload(remote, "jsonld");
    expect(result.conforms ? "" : result.issues[0]?.message).toMatch(/Refusing to load remote/);
  });
});
