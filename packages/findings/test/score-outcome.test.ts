import {
  classifyOutcome,
  DN_SCORE_PARAMETERS,
  type FindingRecord,
  scoreChecklist,
  suggestHandoverDecision,
} from "@digitale-nuts/findings";
import { describe, expect, it } from "vitest";
import { completeDraft } from "./support/fixtures.js";

const withV = (r: FindingRecord, patch: Record<string, unknown>): FindingRecord => ({
  ...r,
  vaststelling: { ...r.vaststelling, ...patch } as FindingRecord["vaststelling"],
});

describe("checklist score (§4.7)", () => {
  it("applies 100 − 15·nok − 12·missing − 8·responsibleMissing + 2·min(ok, 20), with the breakdown", async () => {
    const r = withV(await completeDraft(), {
      fase: "tijdelijk_herstel",
      antwoorden: [
        { veld: "a", waarde: ["OK", "OK, borden"] },
        { veld: "b", waarde: ["NOK, hekken ontbreken"] },
        { veld: "c", waarde: ["NOT OK, vlakheid"], verantwoordelijke: "aannemer" },
        { veld: "d", waarde: ["Aannemer X"] },
      ],
    });
    const s = scoreChecklist(r);
    // nok 2, missing 1 (termijnHerstel), responsibleMissing 1, ok 2 → 100 − 30 − 12 − 8 + 4 = 54
    expect(s).toMatchObject({
      score: 54,
      okCount: 2,
      nokCount: 2,
      infoCount: 1,
      missingChecks: 1,
      missing: ["termijnHerstel"],
      responsibleMissing: 1,
      measuredItems: 5,
      belowThreshold: true,
    });
    expect(s.breakdown).toEqual([
      { factor: "base", value: 1, weight: 100, contribution: 100 },
      { factor: "nok", value: 2, weight: -15, contribution: -30 },
      { factor: "missing_checks", value: 1, weight: -12, contribution: -12 },
      { factor: "responsible_missing", value: 1, weight: -8, contribution: -8 },
      { factor: "ok_bonus", value: 2, weight: 2, contribution: 4 },
    ]);
  });

  it("caps the OK bonus at 20 answers and clamps to 0..100", async () => {
    const base = await completeDraft();
    const oks = withV(base, {
      antwoorden: [{ veld: "x", waarde: Array.from({ length: 30 }, (_, i) => `OK ${i}`) }],
    });
    expect(scoreChecklist(oks).score).toBe(100);
    expect(scoreChecklist(oks).breakdown.at(-1)).toMatchObject({ value: 20, contribution: 40 });
    const noks = withV(base, {
      antwoorden: [{ veld: "x", waarde: Array.from({ length: 9 }, (_, i) => `NOK ${i}`) }],
    });
    expect(scoreChecklist(noks).score).toBe(0);
  });

  it("counts the photo set of a closing visit and blank core fields as missing checks", async () => {
    const r = withV(await completeDraft(), {
      status: "afgesloten",
      fotobewijs: [],
      verhardingType: undefined,
    });
    expect(scoreChecklist(r).missing).toEqual([
      "verhardingType",
      "fotoVoor_url",
      "fotoDetail_url",
      "fotoNa_url",
    ]);
  });

  it("takes custom parameters", async () => {
    const r = withV(await completeDraft(), {
      antwoorden: [{ veld: "b", waarde: ["NOK"], verantwoordelijke: "stad" }],
    });
    expect(scoreChecklist(r).score).toBe(85 + 0);
    expect(scoreChecklist(r, { nokPenalty: 40, qualityThreshold: 61 })).toMatchObject({
      score: 60,
      belowThreshold: true,
    });
    expect(DN_SCORE_PARAMETERS.qualityThreshold).toBe(70);
  });
});

describe("outcome taxonomy and hand-over suggestion", () => {
  it("OK, NOK low/high with reasons, unable to complete", async () => {
    const base = await completeDraft();
    expect(classifyOutcome(base)).toEqual({ outcome: "OK" });
    const nok = withV(base, {
      antwoorden: [{ veld: "b", waarde: ["NOK, x"], verantwoordelijke: "aannemer" }],
    });
    expect(classifyOutcome(nok)).toEqual({ outcome: "NOK", severity: "low", nokCount: 1, reasons: [] });
    expect(suggestHandoverDecision(nok).decision).toBe("REQUEST_FIX");
    const high = withV(nok, { kritiekeZone: true, prioriteit: "rood_vlag" });
    expect(classifyOutcome(high)).toMatchObject({
      severity: "high",
      reasons: [
        { factor: "critical_zone", value: true },
        { factor: "priority", value: "rood_vlag" },
      ],
    });
    expect(suggestHandoverDecision(high).decision).toBe("BLOCK");
    expect(classifyOutcome({ ...base, meta: { unableToComplete: { reden: "geen_toegang" } } })).toEqual({
      outcome: "UNABLE_TO_COMPLETE",
      reason: "geen_toegang",
    });
    expect(suggestHandoverDecision(base)).toMatchObject({ decision: "APPROVE" });
  });
});
