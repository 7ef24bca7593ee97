import { checklistScore, computeKpis, type KpiInput } from "@digitale-nuts/kpi";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DnRecord, dnChecklistScore, fromDn } from "./support/dn-shape.js";
import { answers, asFinding, asVisit, asWork, finding, one, visit, WEEK, work } from "./support/fixtures.js";

const dnRecord = (
  i: number,
  formData: Record<string, string | string[]>,
  extra: Partial<DnRecord["immutableContext"]> = {},
  handover?: "APPROVE",
): DnRecord => ({
  id: `dn-${i}`,
  createdAt: "2026-03-10T08:30:00Z",
  immutableContext: {
    workId: `w${i}`,
    gipodId: "19023345",
    referentieId: "GW-1",
    straat: "Meir",
    huisnr: "12",
    postcode: "2000",
    district: "Antwerpen",
    nutsBedrijf: "fluvius",
    plannedVisitDate: "2026-03-11",
    assignedInspectorId: "I1",
    ...extra,
  },
  mutablePayload: { formData, ...(handover ? { handoverDecision: handover } : {}) },
});

const FULL = {
  district: "Berchem",
  ingreepType: "sleuf",
  fase: "uitvoering",
  verhardingType: "asfalt",
  status: "open",
};

describe("DN checklist score (§4.7) on DN-shaped records", () => {
  it.each([
    ["all canonical fields, 3 OK", { ...FULL, a: "OK", b: "OK", c: ["OK ok"] }, 100],
    ["one NOK with responsible", { ...FULL, a: "NOK vlakheid", a__responsible: "Aannemer", b: "OK" }, 87],
    ["one NOK without responsible", { ...FULL, a: "NOK vlakheid" }, 77],
    [
      "multiselect NOK with specific responsible",
      { ...FULL, a: ["NOK voegbreedte"], "a__responsible__NOK voegbreedte": "Nutsmaatschappij" },
      85,
    ],
    ["empty form: 5 missing checks", {}, 40],
    ["temporary restore without deadline", { ...FULL, fase: "tijdelijk_herstel" }, 88],
    ["natural stone without critical zone", { ...FULL, verhardingType: "natuursteen" }, 88],
    ["closed without photos", { ...FULL, status: "afgesloten" }, 64],
    [
      "closed with all photos, 20+ OKs capped",
      {
        ...FULL,
        status: "afgesloten",
        fotoVoor_url: "u1",
        fotoDetail_url: "u2",
        fotoNa_url: "u3",
        ...Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k${i}`, "OK"])),
      },
      100,
    ],
    ["many NOKs clamp to 0", Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, "NOK"])), 0],
  ])("%s", (_, formData, expected) => {
    expect(dnChecklistScore(formData as Record<string, string | string[]>)).toBe(expected);
    expect(checklistScore(fromDn(dnRecord(1, formData as Record<string, string | string[]>))).score).toBe(
      expected,
    );
  });

  it("equals DN's formula on any DN form data", () => {
    const value = fc.oneof(
      fc.constantFrom("OK", "NOK", "NOK vlakheid", "NOT OK", "info", "ok", ""),
      fc.array(fc.constantFrom("OK", "NOK a", "x"), { minLength: 1, maxLength: 2 }),
    );
    const form = fc.record({
      checks: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), value, { maxKeys: 12 }),
      canon: fc.record({
        district: fc.constantFrom("", "Berchem"),
        ingreepType: fc.constantFrom("", "sleuf"),
        fase: fc.constantFrom("", "uitvoering", "tijdelijk_herstel", "definitief_herstel"),
        verhardingType: fc.constantFrom("", "asfalt", "natuursteen"),
        status: fc.constantFrom("open", "afgesloten"),
        termijnHerstel: fc.constantFrom("", "2026-04-01"),
        kritiekeZone: fc.constantFrom("", "ja", "nee"),
        fotoVoor_url: fc.constantFrom("", "u"),
        fotoDetail_url: fc.constantFrom("", "u"),
        fotoNa_url: fc.constantFrom("", "u"),
      }),
      responsible: fc.boolean(),
    });
    fc.assert(
      fc.property(form, ({ checks, canon, responsible }) => {
        const formData: Record<string, string | string[]> = { ...canon };
        for (const [k, v] of Object.entries(checks)) {
          formData[`c_${k}`] = v;
          if (responsible) formData[`c_${k}__responsible`] = "Aannemer";
        }
        expect(checklistScore(fromDn(dnRecord(2, formData))).score).toBe(dnChecklistScore(formData));
      }),
    );
  });
});

describe("DN formal KPIs (§2.2) reproduce DN's formulas on DN-shaped records", () => {
  const records: DnRecord[] = [
    dnRecord(1, { ...FULL, a: "OK" }, {}, "APPROVE"),
    dnRecord(2, { ...FULL, a: "NOK" }, { gipodId: "" }),
    dnRecord(3, { a: "NOK", b: "NOK" }, { nutsBedrijf: "", assignedInspectorId: "I2" }, "APPROVE"),
    dnRecord(4, { ...FULL }, { huisnr: "", assignedInspectorId: "I2" }),
    dnRecord(5, { ...FULL, status: "afgesloten" }, { referentieId: "" }),
    dnRecord(6, { ...FULL, b: "OK", c: "OK" }, { plannedVisitDate: "2026-03-20" }), // outside the week
  ];
  const inputs: KpiInput[] = records.map((r) => asFinding(fromDn(r)));
  const inWeek = records.filter((r) => r.immutableContext.plannedVisitDate <= WEEK.end);
  const ctxOk = (r: DnRecord) => {
    const c = r.immutableContext;
    return Boolean(
      c.straat && c.huisnr && c.postcode && c.nutsBedrijf && c.referentieId && /\d/.test(c.gipodId),
    );
  };
  const scores = inWeek.map((r) => dnChecklistScore(r.mutablePayload.formData));

  it("pitch-inspections-week: records in the ISO week per inspector", () => {
    const r = one("pitch-inspections-week", inputs);
    expect(r.value).toBe(5);
    expect(r.breakdown).toEqual({ I1: 3, I2: 2 });
  });
  it("pitch-context-quality = round(100 × complete / records)", () => {
    expect(one("pitch-context-quality", inputs).value).toBe(
      Math.round((100 * inWeek.filter(ctxOk).length) / inWeek.length),
    );
    expect(one("pitch-context-quality", inputs).value).toBe(20);
  });
  it("pitch-handover-complete = round(100 × with decision / records)", () => {
    expect(one("pitch-handover-complete", inputs).value).toBe(40);
  });
  it("pitch-checklist-score = round(mean score), detail # < 70", () => {
    const r = one("pitch-checklist-score", inputs);
    expect(r.value).toBe(Math.round(scores.reduce((a, b) => a + b, 0) / scores.length));
    expect(r.breakdown).toEqual({ onder_70: scores.filter((s) => s < 70).length });
    expect(r.status).toBe(
      r.value !== null && r.value < 70 ? "red" : r.value !== null && r.value >= 85 ? "green" : "orange",
    );
  });
});

describe("DN formal and dashboard KPIs, table-driven", () => {
  const f = (o: Parameters<typeof finding>[0] = {}) => asFinding(finding(o));
  const day = { start: "2026-03-10", end: "2026-03-10" };
  const cases: [string, KpiInput[], { start: string; end: string }, number | null][] = [
    [
      "pitch-dossiers-scope",
      [asWork(work()), asWork(work()), asWork(work({ status: "uitgevoerd" }))],
      WEEK,
      3,
    ],
    [
      "pitch-handover-complete",
      [f({ overdrachtsbeslissing: "APPROVE" }), f(), f(), f({ overdrachtsbeslissing: "BLOCK" })],
      WEEK,
      50,
    ],
    [
      "pitch-context-quality",
      [f(), f({ context: { referentieId: "\u00a0" } }), f({ context: { nutsbedrijf: " " } })],
      WEEK,
      33,
    ],
    [
      "pitch-queue-status",
      [
        f({ registratiestatus: "queued" }),
        { kind: "vaststelling", vaststelling: finding(), wachtrijstatus: "failed" },
        f(),
        f({ registratiestatus: "draft" }),
      ],
      WEEK,
      2,
    ],
    [
      "start-visits",
      [asVisit(visit({ bezoektype: "START" })), asVisit(visit({ bezoektype: "START" })), asVisit(visit())],
      day,
      2,
    ],
    ["end-visits", [asVisit(visit({ bezoektype: "EIND" })), asVisit(visit())], day, 1],
    ["between-visits", [asVisit(visit()), asVisit(visit({ geplandeDatum: "2026-03-11" }))], day, 1],
    [
      "assignment-rate",
      [
        asVisit(visit({ toezichter: "insp-01" })),
        asVisit(visit({ toezichter: "insp-02" })),
        asVisit(visit()),
      ],
      day,
      67,
    ],
    ["assignment-rate", [], day, null],
    [
      "mandatory-unassigned",
      [
        asVisit(visit({ verplicht: true })),
        asVisit(visit({ verplicht: true, toezichter: "insp-01" })),
        asVisit(visit()),
      ],
      day,
      1,
    ],
    [
      "ending-soon",
      [
        asWork(work({ periode: { begin: "2026-03-01T07:00:00Z", einde: "2026-03-13T16:00:00Z" } })),
        asWork(work({ periode: { begin: "2026-03-01T07:00:00Z", einde: "2026-03-14T16:00:00Z" } })),
        asWork(work({ periode: { begin: "2026-03-01T07:00:00Z", einde: "2026-03-09T16:00:00Z" } })),
      ],
      day,
      1,
    ],
    [
      "overdue-in-effect",
      [
        asWork(work({ periode: { begin: "2026-03-01T07:00:00Z", einde: "2026-03-09T16:00:00Z" } })),
        asWork(
          work({
            status: "uitgevoerd",
            periode: { begin: "2026-03-01T07:00:00Z", einde: "2026-03-09T16:00:00Z" },
          }),
        ),
        asWork(work()),
      ],
      day,
      1,
    ],
    [
      "vergund-starting",
      [
        asWork(work({ status: "concreet_gepland", periode: { begin: "2026-03-17T07:00:00+01:00" } })),
        asWork(work({ status: "concreet_gepland", periode: { begin: "2026-03-18T07:00:00+01:00" } })),
        asWork(work({ periode: { begin: "2026-03-12T07:00:00+01:00" } })),
      ],
      day,
      1,
    ],
    ["followup-open", [asVisit(visit({ bezoektype: "OPVOLGING" })), asVisit(visit())], day, 1],
    [
      "location-quality",
      [asWork(work(), { locatiebron: "exact" }), asWork(work(), { locatiebron: "postcode" }), asWork(work())],
      WEEK,
      33,
    ],
    [
      "data-completeness",
      [asWork(work()), asWork(work({ referentie: undefined })), asWork(work()), asWork(work())],
      WEEK,
      0.75,
    ],
    ["wow-count", [f(), f(), f({ vastgesteldOp: "2026-03-17T09:00:00Z" })], WEEK, 2],
    ["wow-low-score", [f({ antwoorden: answers(0, 2) }), f({ antwoorden: answers(0, 1, 1) }), f()], WEEK, 1],
    ["wow-handover", [f({ overdrachtsbeslissing: "APPROVE" }), f(), f()], WEEK, 33],
    ["wow-score", [f({ antwoorden: answers(1) }), f({ antwoorden: answers(0, 1) })], WEEK, 93],
  ];
  it.each(cases)("%s", (id, inputs, period, expected) => {
    expect(one(id, inputs, period).value).toBe(expected);
  });

  it("pitch-top-priority: priority desc, impact desc (missing −1), end date asc, top 5 distinct", () => {
    const v = (dossierId: string, prioriteit: number, extra: Record<string, unknown> = {}) =>
      asVisit(visit({ prioriteit }), { dossierId, ...extra });
    const r = one(
      "pitch-top-priority",
      [
        v("D1", 80),
        v("D2", 120),
        v("D3", 116, { impactscore: 10 }),
        v("D4", 116, { impactscore: 40 }),
        v("D5", 116),
        v("D6", 116, { impactscore: 40, einddatum: "2026-03-01" }),
        v("D7", 66),
        v("D2", 66),
      ],
      { start: "2026-03-10", end: "2026-03-10" },
    );
    expect(r.ranking?.map((e) => e.id)).toEqual(["D2", "D6", "D4", "D3", "D5"]);
    expect(r.ranking?.[0]?.figures).toEqual({ prioriteit: 120, impactscore: null });
  });

  it("soft/hard capacity use configured weighted limits, not raw visit counts (DN flaw fixed)", () => {
    const at = (toezichter: string, gewicht: number) => asVisit(visit({ toezichter }), { gewicht });
    const inputs: KpiInput[] = [
      // insp-01: 4 complex visits = 6.0 weighted (DN's raw count 4 would say: no pressure)
      ...[1, 2, 3, 4].map(() => at("insp-01", 1.5)),
      // insp-02: 5 visits with soft limit 6 → not under pressure (DN: ≥ 5 → pressure)
      ...[1, 2, 3, 4, 5].map(() => at("insp-02", 1)),
      { kind: "capaciteit", toezichter: "insp-02", datum: "2026-03-10", zachteLimiet: 6, hardeLimiet: 7 },
      // insp-03: 2 visits + fixed load 3 → reaches soft 5
      at("insp-03", 1),
      at("insp-03", 1),
      { kind: "capaciteit", toezichter: "insp-03", datum: "2026-03-10", vasteLast: 3 },
      { kind: "capaciteit", toezichter: "insp-04", datum: "2026-03-10" },
    ];
    const day = { start: "2026-03-10", end: "2026-03-10" };
    expect(one("soft-capacity", inputs, day).value).toBe(2); // insp-01 (6 ≥ 5), insp-03 (5 ≥ 5)
    expect(one("hard-capacity", inputs, day).value).toBe(1); // insp-01 (6 ≥ 6)
    expect(
      one("soft-capacity", inputs, day, { capacity: { softDailyLimit: 7, hardDailyLimit: 8 } }).value,
    ).toBe(0);
    expect(one("workload-spread", inputs, day).value).toBe(5); // insp-02 has 5, insp-04 has 0
  });

  it("top-district and top-postcode: mode with alphabetical tie-break", () => {
    const w = (district: string, postcode: string) =>
      asWork(work({ district, adresvoorstelling: { postcode } }));
    const inputs = [
      w("Deurne", "2100"),
      w("Berchem", "2600"),
      w("Deurne", "2600"),
      w("Berchem", "2100"),
      w("Ekeren", "2180"),
    ];
    expect(one("top-district", inputs)).toMatchObject({ value: 2, label: "Berchem" });
    expect(one("top-postcode", inputs)).toMatchObject({ value: 2, label: "2100" });
  });

  it("groups by dimension and reports the dimensions a KPI cannot use", () => {
    const out = computeKpis({
      kpis: ["pitch-checklist-score", "klachten_per_100_werken"],
      inputs: [
        asFinding(finding({ context: { district: "Berchem" } })),
        asFinding(finding({ context: { district: "Deurne" }, antwoorden: answers(0, 1) })),
      ],
      groupBy: ["district"],
      period: WEEK,
    });
    expect(Object.keys(out.results["pitch-checklist-score"] ?? {})).toEqual([
      "district=Berchem",
      "district=Deurne",
    ]);
    expect(out.results["pitch-checklist-score"]?.["district=Deurne"]).toMatchObject({
      value: 85,
      group: { district: "Deurne" },
    });
    expect(out.ignoredDimensions).toEqual({ klachten_per_100_werken: ["district"] });
  });
});
