import {
  createDnV2CoreChecklist,
  createEvidence,
  DN_V2_CORE_CHECKLIST,
  type FindingRecord,
  importChecklistCsv,
  mergeChecklists,
  validate,
} from "@digitale-nuts/findings";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completeDraft, jpegBytes } from "./support/fixtures.js";

const withV = (r: FindingRecord, patch: Record<string, unknown>): FindingRecord => ({
  ...r,
  vaststelling: { ...r.vaststelling, ...patch } as FindingRecord["vaststelling"],
});
const withCtx = (r: FindingRecord, patch: Record<string, unknown>): FindingRecord =>
  withV(r, { context: { ...r.vaststelling.context, ...patch } });
const codes = (r: FindingRecord, schema = DN_V2_CORE_CHECKLIST) =>
  validate(r, schema).issues.map((i) => `${i.code}:${i.fieldKey}`);
const nina = async () => {
  const foto = await createEvidence(jpegBytes(9), {
    fotoId: "na",
    soort: "NA",
    mediatype: "image/jpeg",
    opslag: "s3://x/na.jpg",
    genomenOp: "2026-03-10T10:00:00Z",
    actor: "insp-07",
    bron: "camera",
  });
  return foto;
};

describe("validate: the DN gates (§4.5)", () => {
  it("a complete finding is valid", async () => {
    expect(validate(await completeDraft())).toEqual({ valid: true, issues: [] });
  });

  it("location missing → meta_missing with the Dutch message", async () => {
    const r = withCtx(await completeDraft(), { adres: undefined });
    expect(validate(r).issues).toContainEqual({
      code: "meta_missing",
      fieldKey: "adres",
      path: "vaststelling.context.adres",
      message: "Locatie is verplicht.",
    });
  });

  it("required schema fields → required_field_missing '<section> -> <label> is verplicht.'", async () => {
    const r = withV(await completeDraft(), { fase: undefined });
    expect(validate(r).issues).toContainEqual({
      code: "required_field_missing",
      fieldKey: "fase",
      path: "vaststelling.fase",
      message: "DN Vaststelling v2 - Kernvelden -> Fase is verplicht.",
    });
  });

  it.each(["gipodId", "nutsbeheerder", "district", "ingreepType", "verhardingType"])(
    "gate: %s is required",
    async (key) => {
      const base = await completeDraft();
      const ctxKey = { gipodId: "gipodId", nutsbeheerder: "nutsbedrijf", district: "district" }[
        key as "gipodId"
      ];
      const r = ctxKey ? withCtx(base, { [ctxKey]: undefined }) : withV(base, { [key]: undefined });
      expect(codes(r)).toContain(`required_field_missing:${key}`);
    },
  );

  it("every NOK value needs a responsible party; one answer per NOK value carries it", async () => {
    const r = withV(await completeDraft(), {
      antwoorden: [
        { veld: "afbakening", waarde: ["NOK, hekken ontbreken", "NOK, geen verlichting"] },
        { veld: "bestrating", waarde: ["NOK, vlakheid"], verantwoordelijke: "aannemer" },
        { veld: "zuiverheid", waarde: ["OK"] },
      ],
    });
    const issues = validate(r).issues.filter((i) => i.code === "nok_responsible_missing");
    expect(issues.map((i) => [i.fieldKey, i.path])).toEqual([
      ["afbakening", "vaststelling.antwoorden[0]"],
      ["afbakening", "vaststelling.antwoorden[0]"],
    ]);
    expect(issues[1]?.message).toContain("NOK, geen verlichting");
  });

  it("photos: VOOR and DETAIL always, NA when afgesloten or definitief_herstel", async () => {
    const base = await completeDraft();
    expect(codes(withV(base, { fotobewijs: [] }))).toEqual(
      expect.arrayContaining([
        "required_field_missing:fotoVoor_url",
        "required_field_missing:fotoDetail_url",
      ]),
    );
    expect(codes(withV(base, { status: "afgesloten" }))).toContain("required_field_missing:fotoNa_url");
    expect(codes(withV(base, { fase: "definitief_herstel" }))).toContain("required_field_missing:fotoNa_url");
    const closed = withV(base, {
      status: "afgesloten",
      fotobewijs: [...base.vaststelling.fotobewijs, await nina()],
    });
    expect(codes(closed)).not.toContain("required_field_missing:fotoNa_url");
  });

  it("termijnHerstel when tijdelijk_herstel; kritiekeZone when natuursteen; heropenReden after a reopen", async () => {
    const base = await completeDraft();
    expect(codes(withV(base, { fase: "tijdelijk_herstel" }))).toContain(
      "required_field_missing:termijnHerstel",
    );
    expect(codes(withV(base, { fase: "tijdelijk_herstel", termijnHerstel: "2026-04-01" }))).not.toContain(
      "required_field_missing:termijnHerstel",
    );
    expect(codes(withV(base, { verhardingType: "natuursteen" }))).toContain(
      "required_field_missing:kritiekeZone",
    );
    expect(codes(withV(base, { verhardingType: "natuursteen", kritiekeZone: false }))).not.toContain(
      "required_field_missing:kritiekeZone",
    );
    expect(codes({ ...base, meta: { reopenTriggeredAt: "2026-03-10T10:00:00Z" } })).toContain(
      "required_field_missing:heropenReden",
    );
  });

  it("the rules DN documented but never enforced: gipodId format, lat/lon ranges, notes ≤ 500", async () => {
    const base = await completeDraft();
    expect(codes(withCtx(base, { gipodId: "GIPOD-12" }))).toContain("gipod_id_format:gipodId");
    expect(codes(withCtx(base, { locatie: { breedtegraad: 91, lengtegraad: 4.4 } }))).toContain(
      "latitude_out_of_range:geo.lat",
    );
    expect(codes(withCtx(base, { locatie: { breedtegraad: 51, lengtegraad: -181 } }))).toContain(
      "longitude_out_of_range:geo.lon",
    );
    expect(codes(withV(base, { opmerking: "x".repeat(501) }))).toEqual(["notes_too_long:opmerking"]);
    expect(codes(withV(base, { opmerking: "x".repeat(500) }))).toEqual([]);
  });

  it("a free GPS finding can validate without a GIPOD id (the prototype's dead end), unless the city requires it", async () => {
    const free = withCtx(await completeDraft(), {
      gipodId: undefined,
      werkId: undefined,
      adres: undefined,
      locatiebron: "gps",
    });
    expect(validate(free).valid).toBe(true);
    expect(
      validate(free, DN_V2_CORE_CHECKLIST, { requireGipodIdForFreeFindings: true }).issues.map(
        (i) => i.fieldKey,
      ),
    ).toEqual(["gipodId"]);
  });

  it("checks answers against an imported checklist's options and required fields", async () => {
    const city = importChecklistCsv(
      "plaatsbepaling (VERPLICHT);GPS code\nVeiligheid werf;Afbakening\n;;OK\n;;NOK, hekken ontbreken\n",
    );
    const schema = mergeChecklists("c", "1", "Stad", createDnV2CoreChecklist(), city);
    const r = withV(await completeDraft(), {
      antwoorden: [{ veld: "veiligheid_werf__afbakening", waarde: ["misschien"] }],
    });
    expect(codes(r, schema)).toEqual([
      "required_field_missing:plaatsbepaling_verplicht__gps_code",
      "invalid_option:veiligheid_werf__afbakening",
    ]);
  });

  it("property: any record shape yields a result and never throws", async () => {
    const base = await completeDraft();
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.dictionary(fc.string(), fc.anything()),
        (v, ctx, meta, patch) => {
          for (const record of [
            { vaststelling: v, meta, audit: [] },
            withV(base, patch),
            withV(base, { context: ctx }),
            { ...base, meta } as FindingRecord,
          ]) {
            const result = validate(record as FindingRecord);
            expect(typeof result.valid).toBe("boolean");
            expect(result.valid).toBe(result.issues.length === 0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
