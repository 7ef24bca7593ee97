import { validate } from "@digitale-nuts/findings";
import { parseInname } from "@digitale-nuts/oslo";
import { describe, expect, it } from "vitest";
import { seededRandom, simulateFindings } from "../src/simulate-findings.js";

const works = [10045378, 10045379, 10045380].map((gipodId) =>
  parseInname({
    type: "Grondwerk",
    gipodId,
    status: "in_uitvoering",
    categorie: "categorie_3",
    periode: { begin: "2026-03-02T06:00:00Z", einde: "2026-03-20T16:00:00Z" },
    adresvoorstelling: { straatnaam: "Meir", huisnummer: String(gipodId % 100), postcode: "2000" },
    beheerder: { type: "Organisatie", voorkeursnaam: "Fluvius", nutsbedrijf: "fluvius" },
  }),
);
const days = ["2026-03-09", "2026-03-10"];

describe("simulateFindings", () => {
  it("is deterministic per seed and every finding passes the DN gates", async () => {
    const districtOf = (postcode: string | undefined) => (postcode === "2000" ? "Antwerpen" : undefined);
    const a = await simulateFindings(works, days, seededRandom(11), districtOf);
    const b = await simulateFindings(works, days, seededRandom(11), districtOf);
    expect(a.map((f) => f.vaststelling)).toEqual(b.map((f) => f.vaststelling));
    expect(a.map((f) => f.vaststelling.context.geplandeDatum)).toEqual([
      "2026-03-09",
      "2026-03-10",
      "2026-03-09",
    ]);
    for (const finding of a) {
      expect(validate(finding)).toEqual({ valid: true, issues: [] });
      expect(finding.vaststelling.context.nutsbedrijf).toBe("fluvius");
    }
  });

  it("records a responsible party with every NOK, and a different seed gives other outcomes", async () => {
    const many = Array.from(
      { length: 40 },
      (_, i) => ({ ...works[0], gipodId: 10046000 + i }) as (typeof works)[0],
    );
    const outcomes = async (seed: number) =>
      (await simulateFindings(many, days, seededRandom(seed))).map((f) =>
        f.vaststelling.antwoorden.some((x) => x.resultaat === "NOK"),
      );
    const first = await outcomes(1);
    expect(first.some(Boolean) && !first.every(Boolean)).toBe(true);
    expect(await outcomes(2)).not.toEqual(first);
    const all = await simulateFindings(many, days, seededRandom(1));
    for (const answer of all.flatMap((f) => f.vaststelling.antwoorden))
      if (answer.resultaat === "NOK") expect(answer.verantwoordelijke).toBe("aannemer");
  });
});
