import {
  conceptSchemes,
  Gevolgtypes,
  Grondwerkcategorieen,
  HinderStatussen,
  InnameStatussen,
  isUnknownCode,
  Nutsbedrijven,
  rawValueOf,
  Zonetypes,
} from "@digitale-nuts/oslo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("code lists", () => {
  it("carry the 24 GIPOD consequence types with the UUIDs confirmed from the beta LDES", () => {
    expect(Gevolgtypes.concepts).toHaveLength(24);
    expect(Gevolgtypes.lookup("5f8ff25a-87c7-47c8-9332-35d4fabf4b07").code).toBe("versmalde_rijstroken");
    expect(new Set(Gevolgtypes.concepts.map((c) => c.notation)).size).toBe(24);
  });

  it("find concepts by GIPOD taxonomy IRI, UUID, code, URI, label or alias, ignoring case and diacritics", () => {
    const iri =
      "https://private-api.gipod.beta-vlaanderen.be/api/v1/taxonomies/zonetypes/362e85a3-fd7c-4132-a207-4400d5e2e6bf";
    expect(Zonetypes.lookup(iri).code).toBe("werfzone");
    expect(Zonetypes.lookup("/api/v1/taxonomies/zonetypes/0FB72EF7-6AC9-4A70-B295-A30EA215D250").code).toBe(
      "hinderzone",
    );
    expect(HinderStatussen.lookup("GEVALIDEERD").code).toBe("gevalideerd");
    expect(InnameStatussen.lookup("  in   uitvoering ").code).toBe("in_uitvoering");
    expect(InnameStatussen.lookup("Lopende").code).toBe("in_uitvoering");
    expect(Grondwerkcategorieen.lookup("Cat 3").code).toBe("categorie_3");
    expect(Grondwerkcategorieen.lookup("SPOED").code).toBe("dringend");
    expect(Nutsbedrijven.lookup("WATER-LINK").code).toBe("water_link");
    expect(Nutsbedrijven.lookup("Fluvius System Operator").code).toBe("fluvius");
    const concept = InnameStatussen.get("uitgevoerd");
    expect(InnameStatussen.lookup(concept.uri)).toBe(concept);
    expect(concept.uri).toBe("https://w3id.org/digitale-nuts/id/concept/inname-status/uitgevoerd");
    expect(concept.prefLabel.nl).toBe("Uitgevoerd");
    expect(concept.altLabel.en).toBe("Completed");
  });

  it("map unknown values to an explicit unknown concept that keeps the raw value", () => {
    const unknown = InnameStatussen.lookup("Vergund onder voorwaarden");
    expect(unknown.unknown).toBe(true);
    expect(isUnknownCode(unknown.code)).toBe(true);
    if (unknown.unknown) expect(rawValueOf(unknown.code)).toBe("Vergund onder voorwaarden");
    expect(InnameStatussen.get(unknown.code)).toEqual(unknown);
  });

  it("never crash and always round-trip raw values, for any input to any scheme", () => {
    const schemes = [...conceptSchemes.values()];
    fc.assert(
      fc.property(fc.constantFrom(...schemes), fc.string(), (scheme, value) => {
        const concept = scheme.lookup(value);
        if (concept.unknown) expect(rawValueOf(concept.code)).toBe(value);
        else expect(scheme.codes).toContain(concept.code);
      }),
    );
  });

  it("give every concept of every scheme a unique, stable URI", () => {
    const uris = [...conceptSchemes.values()].flatMap((s) => s.concepts.map((c) => c.uri));
    expect(new Set(uris).size).toBe(uris.length);
    for (const uri of uris)
      expect(uri).toMatch(/^https:\/\/w3id\.org\/digitale-nuts\/id\/concept\/[a-z-]+\/[A-Za-z0-9_]+$/);
  });
});
