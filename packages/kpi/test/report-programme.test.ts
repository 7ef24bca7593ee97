import { computeKpis, type KpiInput, type WorkingDayCalendar, wilsonInterval } from "@digitale-nuts/kpi";
import { describe, expect, it } from "vitest";
import {
  answers,
  asFinding,
  asVisit,
  asWork,
  complaint,
  finding,
  one,
  syncEvent,
  visit,
  WEEK,
  work,
} from "./support/fixtures.js";

const f = (o: Parameters<typeof finding>[0] = {}) => asFinding(finding(o));
const s = (o: Parameters<typeof syncEvent>[0] = {}): KpiInput => ({ kind: "sync", event: syncEvent(o) });
const k = (o: Parameters<typeof complaint>[0] = {}): KpiInput => ({ kind: "klacht", klacht: complaint(o) });
const closed = (made: string, changed: string, o: Parameters<typeof finding>[0] = {}) =>
  f({ status: "afgesloten", vastgesteldOp: `${made}T09:00:00Z`, gewijzigdOp: `${changed}T15:00:00Z`, ...o });
const january = { begin: "2026-01-05T07:00:00Z", einde: "2026-01-20T16:00:00Z" };

describe("report KPIs DN left undefined (§2.5), table-driven", () => {
  const cases: [string, KpiInput[], number | null][] = [
    [
      "toegewezen_dossiers",
      [
        asVisit(visit({ toezichter: "insp-01" })),
        asVisit(visit({ toezichter: "insp-02" })),
        asVisit(visit()),
      ],
      2,
    ],
    ["niet_toegewezen_dossiers", [asVisit(visit({ toezichter: "insp-01" })), asVisit(visit())], 1],
    [
      "failed_sync_items",
      [s({ uitkomst: "failed" }), s({ uitkomst: "rejected" }), s(), s({ uitkomst: "duplicate" })],
      2,
    ],
    [
      "failed_sync_ratio",
      [s({ uitkomst: "failed" }), s({ uitkomst: "rejected" }), s(), s({ uitkomst: "duplicate" })],
      50,
    ],
    [
      "open_nok_items",
      [
        f({ antwoorden: answers(0, 2) }),
        f({ antwoorden: answers(0, 1), status: "afgesloten" }),
        f({ antwoorden: answers(0, 3), vastgesteldOp: "2026-03-01T09:00:00Z" }), // before the period, still open
        f({ antwoorden: answers(0, 1), vastgesteldOp: "2026-03-20T09:00:00Z" }), // after the period
        f({ antwoorden: answers(0, 4), registratiestatus: "withdrawn" }),
      ],
      5,
    ],
    [
      "high_impact_dossiers",
      [
        asWork(work(), { impactscore: 80 }),
        asWork(work(), { impactscore: 70 }),
        asWork(work(), { impactscore: 69 }),
        asWork(work()),
        asWork(work({ periode: january }), { impactscore: 90 }),
      ],
      2,
    ],
    [
      "high_impact_share",
      [
        asWork(work(), { impactscore: 80 }),
        asWork(work(), { impactscore: 70 }),
        asWork(work(), { impactscore: 69 }),
        asWork(work()),
        asWork(work({ periode: january }), { impactscore: 90 }),
      ],
      50,
    ],
    [
      "nok_ratio_per_record",
      [
        f({ antwoorden: answers(0, 1) }),
        f({ antwoorden: answers(3) }),
        f({ antwoorden: answers(1, 2) }),
        f(),
      ],
      50,
    ],
    [
      "nok_ratio_per_check",
      [
        f({ antwoorden: answers(0, 1) }),
        f({ antwoorden: answers(3, 0, 0, 2) }),
        f({ antwoorden: answers(1, 2) }),
        f(),
      ],
      42.9,
    ],
    [
      "herbezoek_ratio",
      [f({ context: { bezoektype: "OPVOLGING" } }), f(), f({ context: { bezoektype: "START" } }), f()],
      25,
    ],
  ];
  it.each(cases)("%s", (id, inputs, expected) => expect(one(id, inputs).value).toBe(expected));

  it("aantal_vaststellingen_per_district breaks the count down per district", () => {
    const r = one("aantal_vaststellingen_per_district", [
      f({ context: { district: "Berchem" } }),
      f({ context: { district: "Berchem" } }),
      f({ context: { district: "Deurne" } }),
    ]);
    expect(r).toMatchObject({ value: 3, breakdown: { Berchem: 2, Deurne: 1 } });
  });

  it("lead time open → closed in working days: median, p90, per calendar", () => {
    const inputs = [
      closed("2026-03-03", "2026-03-10"), // Tue → Tue: 5 working days
      closed("2026-03-09", "2026-03-12"), // Mon → Thu: 3
      closed("2026-03-06", "2026-03-09"), // Fri → Mon: 1
      closed("2026-03-09", "2026-03-20"), // closed after the period
      f(), // open
    ];
    const r = one("gemiddelde_doorlooptijd_status_open_tot_closed", inputs);
    expect(r.value).toBe(3);
    expect(r.stats).toMatchObject({ n: 3, median: 3, p90: 5, mean: 3, min: 1, max: 5, invalid: 0 });
    const holiday: WorkingDayCalendar = {
      isWorkingDay: (d) => d !== "2026-03-10" && ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
    };
    const withHoliday = computeKpis({
      kpis: ["gemiddelde_doorlooptijd_status_open_tot_closed"],
      inputs,
      period: WEEK,
      calendar: holiday,
    });
    expect(withHoliday.results.gemiddelde_doorlooptijd_status_open_tot_closed?.["*"]?.stats).toMatchObject({
      median: 2,
      p90: 4,
    });
  });

  it("lead time prefers the closing stamp afgeslotenOp over the last change", () => {
    const stamped = f({
      status: "afgesloten",
      vastgesteldOp: "2026-03-09T08:00:00Z",
      afgeslotenOp: "2026-03-10T08:00:00Z",
      gewijzigdOp: "2026-03-13T08:00:00Z",
    });
    expect(one("gemiddelde_doorlooptijd_status_open_tot_closed", [stamped]).value).toBe(1);
  });

  it("top_3_risicodossiers: worst finding per dossier, distinct", () => {
    const r = one("top_3_risicodossiers", [
      f({ context: { werkId: "W1" } }),
      f({ context: { werkId: "W2" }, antwoorden: answers(0, 2) }),
      f({ context: { werkId: "W3" }, antwoorden: answers(0, 1) }),
      f({ context: { werkId: "W2" }, antwoorden: answers(0, 3) }),
      f({ context: { werkId: "W4" }, antwoorden: answers(0, 0, 4) }),
    ]);
    expect(r.ranking?.map((e) => [e.id, e.figures.risico])).toEqual([
      ["W4", 92],
      ["W2", 45],
      ["W3", 15],
    ]);
  });
});

describe("60-day baseline KPIs", () => {
  it("data completeness per field and per entity", () => {
    const inputs = [f(), f({ fase: undefined }), asWork(work())];
    const perEntity = one("datacompleetheid_per_entiteit", inputs);
    expect(perEntity.value).toBe(33.3);
    expect(perEntity.breakdown).toEqual({ Inname: 0, Vaststelling: 50 });
    const perField = one("datacompleetheid_per_veld", inputs);
    expect(perField.breakdown).toMatchObject({
      "Vaststelling.fase": 50,
      "Inname.referentie": 100,
      "Inname.geometrie": 0,
      "Vaststelling.foto.VOOR": 0,
    });
  });

  it("% OSLO-valid uses the oslo safeParse functions, raw records included", () => {
    const inputs: KpiInput[] = [
      f(),
      asWork(work()),
      { kind: "ruw", entiteit: "Vaststelling", record: {} },
      { kind: "ruw", entiteit: "Vaststelling", record: finding() },
      f({ toezichter: "Jan Peeters" }), // a name, not a pseudonym: invalid
    ];
    expect(one("oslo_conform_pct", inputs)).toMatchObject({ value: 60, numerator: 3, denominator: 5 });
  });

  it("sync freshness lag in minutes: median, p90, invalid lags kept apart", () => {
    const at = (bronTijdstip: string) => s({ bronTijdstip, ontvangenOp: "2026-03-10T10:00:00Z" });
    const r = one("sync_versheid_minuten", [
      at("2026-03-10T09:55:00Z"),
      at("2026-03-10T09:50:00Z"),
      at("2026-03-10T08:58:30Z"),
      s(),
      at("2026-03-10T10:05:00Z"),
    ]);
    expect(r.value).toBe(10);
    expect(r.stats).toMatchObject({ n: 3, p90: 61, invalid: 1 });
  });

  it.each([
    ["sync_failed_ratio", 25],
    ["sync_duplicate_ratio", 25],
    ["sync_rejected_ratio", 0],
    ["sync_conflict_ratio", 25],
  ])("%s", (id, expected) => {
    const inputs = [
      s(),
      s({ uitkomst: "duplicate" }),
      s({ uitkomst: "failed" }),
      s({ uitkomst: "conflict" }),
    ];
    expect(one(id, inputs).value).toBe(expected);
  });

  it("complaint lead time in working days", () => {
    const r = one("doorlooptijd_klacht_werkdagen", [
      k({ afgehandeldOp: "2026-03-12T12:00:00Z" }),
      k({ afgehandeldOp: "2026-03-16T12:00:00Z" }),
      k(),
    ]);
    expect(r.value).toBe(3);
  });
});

describe("programme targets (§2.8), table-driven", () => {
  const cases: [string, KpiInput[], number | null, { start: string; end: string }?][] = [
    [
      "pct_herstel_correct_eerste_controle",
      [
        f({ fase: "tijdelijk_herstel", termijnHerstel: "2026-04-01" }),
        f({ fase: "definitief_herstel", antwoorden: answers(0, 1) }),
        f({ fase: "tijdelijk_herstel", context: { bezoektype: "OPVOLGING" } }),
        f({ fase: "uitvoering" }),
        f({ fase: "definitief_herstel", vervangt: "f-0" }),
      ],
      50,
    ],
    [
      "heropend_binnen_n_dagen",
      [
        f({ heropenReden: "herstel niet ok", gewijzigdOp: "2026-03-12T10:00:00Z" }),
        f({ heropenReden: "x", gewijzigdOp: "2026-05-01T10:00:00Z" }),
        f(),
      ],
      1,
    ],
    [
      "mediane_herstel_doorlooptijd_werkdagen",
      [
        closed("2026-03-09", "2026-03-12", { antwoorden: answers(0, 1) }),
        closed("2026-03-06", "2026-03-09", { overdrachtsbeslissing: "REQUEST_FIX" }),
        closed("2026-03-03", "2026-03-10"),
      ],
      2,
    ],
    [
      "klachten_per_100_werken",
      [
        k(),
        k(),
        k(),
        asWork(work()),
        asWork(work()),
        asWork(work()),
        asWork(work()),
        asWork(work({ periode: january })),
      ],
      75,
    ],
    [
      "vaststellingen_per_toezichter_per_week",
      [f(), f(), f({ vastgesteldOp: "2026-03-03T09:00:00Z" }), f({ toezichter: "insp-02" })],
      1,
      { start: "2026-03-02", end: "2026-03-15" },
    ],
    [
      "pct_signalisatie_in_orde",
      [
        f({
          antwoorden: [
            { veld: "signalisatie__borden", waarde: ["OK"], resultaat: "OK" },
            { veld: "veiligheid_werf__hekken", waarde: ["OK"] },
          ],
        }),
        f({
          antwoorden: [
            {
              veld: "signalisatie__borden",
              waarde: ["NOK"],
              resultaat: "NOK",
              verantwoordelijke: "signalisatiebedrijf",
            },
          ],
        }),
        f({ antwoorden: answers(2, 1) }),
        f({
          antwoorden: [{ veld: "veiligheid_werfafbakening__type", waarde: ["nadar"], resultaat: "INFO" }],
        }),
      ],
      50,
    ],
  ];
  it.each(cases)("%s", (id, inputs, expected, period) =>
    expect(one(id, inputs, period ?? WEEK).value).toBe(expected),
  );
});

describe("per utility / contractor NOK rate with Wilson intervals", () => {
  it("matches the textbook Wilson interval", () => {
    const w = wilsonInterval(3, 10);
    expect(w.rate).toBe(0.3);
    expect(w.lower).toBeCloseTo(0.1078, 4);
    expect(w.upper).toBeCloseTo(0.6032, 4);
    expect(wilsonInterval(0, 0)).toEqual({ rate: 0, lower: 0, upper: 1 });
  });

  it("ranks by the lower bound, so one bad finding does not top the list", () => {
    const many = (aannemer: string, n: number, nok: number) =>
      Array.from({ length: n }, (_, i) => f({ aannemer, antwoorden: i < nok ? answers(0, 1) : answers(1) }));
    const r = one("nok_ratio_per_aannemer", [
      ...many("Aannemer A", 1, 1),
      ...many("Aannemer B", 60, 30),
      ...many("Aannemer C", 40, 2),
    ]);
    expect(r.ranking?.map((e) => e.id)).toEqual(["Aannemer B", "Aannemer A", "Aannemer C"]);
    expect(r.ranking?.[1]?.figures).toMatchObject({ n: 1, nok: 1, rate: 100 });
    expect(r.ranking?.[0]?.aboveOverall).toBe(true);
    expect(r.ranking?.[1]?.aboveOverall).toBe(false);
    expect(r.value).toBe(32.7); // 33 / 101
  });

  it("groups findings without a utility as 'onbekend'", () => {
    const r = one("nok_ratio_per_nutsbedrijf", [
      f(),
      f({ context: { nutsbedrijf: undefined }, antwoorden: answers(0, 1) }),
    ]);
    expect(r.ranking?.map((e) => e.id).sort()).toEqual(["fluvius", "onbekend"]);
  });
});
