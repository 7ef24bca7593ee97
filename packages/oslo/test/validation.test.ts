import {
  DigitaleNutsError,
  modelDefinitions,
  OsloValidationError,
  parseInname,
  parseOsloEntity,
  safeParseOsloEntity,
  safeParseVaststelling,
  unknownCode,
} from "@digitale-nuts/oslo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modelArbitrary } from "./support/arbitraries.js";

const grondwerk = {
  type: "Grondwerk",
  gipodId: 10045378,
  status: "concreet_gepland",
  categorie: "categorie_2",
  periode: { begin: "2026-03-10T06:00:00Z", einde: "2026-03-14T16:00:00Z" },
  adresvoorstelling: {
    straatnaam: "Voorbeeldstraat",
    huisnummer: "12",
    postcode: "2000",
    gemeentenaam: "Antwerpen",
  },
};

describe("validation API", () => {
  it("parses a valid occupancy into a typed value with defaults for lists", () => {
    const g = parseInname(grondwerk);
    expect(g.type).toBe("Grondwerk");
    expect(g.zone).toEqual([]);
  });

  it("lists every issue with its path, a readable message and what was received", () => {
    const bad = {
      ...grondwerk,
      gipodId: "abc",
      periode: { begin: "gisteren" },
      adresvoorstelling: { postcode: "20000" },
    };
    let error: unknown;
    try {
      parseInname(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OsloValidationError);
    expect(error).toBeInstanceOf(DigitaleNutsError);
    const issues = (error as OsloValidationError).issues;
    expect(issues.map((i) => i.path)).toEqual(["gipodId", "periode.begin", "adresvoorstelling.postcode"]);
    expect(issues[0]?.received).toBe('string "abc"');
    expect(issues[2]?.message).toBe("een Belgische postcode heeft 4 cijfers");
    expect((error as Error).message).toContain("Invalid Inname: 3 issues");
    expect((error as OsloValidationError).code).toBe("OSLO_VALIDATION_FAILED");
  });

  it("names the right model when a discriminated union gets an unknown type", () => {
    const result = safeParseOsloEntity({ type: "Bestaatniet" });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toBe("type");
  });

  it("accepts explicit unknown codes so GIPOD's new codes never crash a parse", () => {
    const g = parseInname({ ...grondwerk, status: unknownCode("Tijdelijk stilgelegd") });
    expect(g.status).toBe("onbekend:Tijdelijk%20stilgelegd");
  });

  it("limits notes to 500 characters", () => {
    const r = safeParseVaststelling({ opmerking: "x".repeat(501) });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.some((i) => i.path === "opmerking")).toBe(true);
  });

  it("round-trips generated valid data of every entity through parse", () => {
    for (const model of modelDefinitions.filter((m) => m.role === "entity")) {
      fc.assert(
        fc.property(modelArbitrary(model), (raw) => {
          const parsed = parseOsloEntity(raw);
          expect(parseOsloEntity(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
        }),
        { numRuns: 30 },
      );
    }
  });

  it("never crashes on junk: always a result, and issues when invalid", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ type: fc.constantFrom(...modelDefinitions.map((m) => m.name)) }, { requiredKeys: [] }),
        ),
        (junk) => {
          const result = safeParseOsloEntity(junk);
          if (!result.success) {
            expect(result.error.issues.length).toBeGreaterThan(0);
            for (const issue of result.error.issues) expect(typeof issue.message).toBe("string");
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
