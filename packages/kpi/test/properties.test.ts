import {
  computeKpis,
  createKpiRun,
  DIMENSIONS,
  type Dimension,
  finaliseKpis,
  KpiError,
  type KpiInput,
  mergeKpiPartials,
} from "@digitale-nuts/kpi";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answers, asVisit, asWork, complaint, finding, syncEvent, visit, work } from "./support/fixtures.js";

const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a < b ? b : a);
const PERIOD = { start: "2026-03-02", end: "2026-03-15" };
const day = fc.integer({ min: 0, max: 20 }).map((d) => `2026-03-${String(d + 1).padStart(2, "0")}`);
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

/** Mixed, realistic inputs: findings, works, visits, capacity, sync events, complaints, raw records. */
const input = fc.oneof(
  fc
    .record({
      d: day,
      d2: day,
      nok: fc.nat(3),
      nokx: fc.nat(1),
      ok: fc.nat(4),
      status: pick("open", "afgesloten", "in_behandeling"),
      fase: pick("uitvoering", "tijdelijk_herstel", "definitief_herstel"),
      district: pick("Berchem", "Deurne", undefined),
      who: pick("insp-01", "insp-02", "insp-03"),
      utility: pick("fluvius", "proximus", undefined),
      contractor: pick("Aannemer A", "Aannemer B", undefined),
      werk: pick("W1", "W2", "W3", "W4", "W5", "W6"),
      type: pick("START", "TUSSEN", "OPVOLGING"),
      handover: pick("APPROVE", "REQUEST_FIX", undefined),
      queue: pick("queued", "failed", undefined),
    })
    .map((r) => ({
      kind: "vaststelling" as const,
      ...(r.queue ? { wachtrijstatus: r.queue } : {}),
      vaststelling: finding({
        status: r.status,
        fase: r.fase,
        toezichter: r.who,
        antwoorden: answers(r.ok, r.nok, r.nokx),
        vastgesteldOp: `${r.d}T10:00:00Z`,
        gewijzigdOp: `${later(r.d, r.d2)}T12:00:00Z`,
        ...(r.contractor ? { aannemer: r.contractor } : {}),
        ...(r.handover ? { overdrachtsbeslissing: r.handover } : {}),
        context: { district: r.district, nutsbedrijf: r.utility, werkId: r.werk, bezoektype: r.type },
      }),
    })),
  fc
    .record({
      d: day,
      d2: day,
      impact: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      district: pick("Berchem", "Deurne"),
      status: pick("in_uitvoering", "concreet_gepland"),
    })
    .map((r) =>
      asWork(
        work({
          district: r.district,
          status: r.status,
          periode: {
            begin: `${earlier(r.d, r.d2)}T07:00:00Z`,
            einde: `${later(r.d, r.d2)}T16:00:00Z`,
          },
        }),
        {
          locatiebron: r.d < r.d2 ? "exact" : "postcode",
          ...(r.impact === undefined ? {} : { impactscore: r.impact }),
        },
      ),
    ),
  fc
    .record({
      d: day,
      who: pick("insp-01", "insp-02", undefined),
      w: pick(1, 1.5),
      p: fc.integer({ min: 60, max: 120 }),
      dossier: pick("D1", "D2", "D3", "D4", "D5", "D6", "D7"),
    })
    .map((r) =>
      asVisit(visit({ geplandeDatum: r.d, prioriteit: r.p, ...(r.who ? { toezichter: r.who } : {}) }), {
        gewicht: r.w,
        dossierId: r.dossier,
      }),
    ),
  fc.record({ d: day, who: pick("insp-01", "insp-02", "insp-03"), soft: pick(4, 5, undefined) }).map(
    (r): KpiInput => ({
      kind: "capaciteit",
      toezichter: r.who,
      datum: r.d,
      ...(r.soft ? { zachteLimiet: r.soft } : {}),
    }),
  ),
  fc
    .record({
      d: day,
      lag: fc.integer({ min: -5, max: 500 }),
      out: pick("accepted", "duplicate", "failed", "rejected"),
      bron: pick("findings", "gipod-ldes"),
    })
    .map(
      (r): KpiInput => ({
        kind: "sync",
        event: syncEvent({
          uitkomst: r.out,
          bron: r.bron,
          ontvangenOp: `${r.d}T12:00:00Z`,
          bronTijdstip: new Date(Date.parse(`${r.d}T12:00:00Z`) - r.lag * 60_000).toISOString(),
        }),
      }),
    ),
  fc.record({ d: day, d2: day }).map(
    (r): KpiInput => ({
      kind: "klacht",
      klacht: complaint({
        ontvangenOp: `${r.d}T08:00:00Z`,
        ...(r.d <= r.d2 ? { afgehandeldOp: `${r.d2}T09:00:00Z` } : {}),
      }),
    }),
  ),
  fc.anything().map((record): KpiInput => ({ kind: "ruw", entiteit: "Vaststelling", record })),
) as fc.Arbitrary<KpiInput>;

const groupBy = fc.subarray([...DIMENSIONS], { maxLength: 2 }) as fc.Arbitrary<Dimension[]>;

describe("merge", () => {
  it("of partials computed on any partition equals one pass over everything", () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 60 }), fc.array(fc.nat(3)), groupBy, (inputs, parts, dims) => {
        const whole = computeKpis({ inputs, period: PERIOD, groupBy: dims });
        const runs = [0, 1, 2, 3].map(() => createKpiRun({ period: PERIOD, groupBy: dims }));
        inputs.forEach((x, i) => {
          runs[parts[i] ?? 0]?.add(x);
        });
        const [first, ...rest] = runs.map((r) => r.partial()).reverse();
        const merged = rest.reduce(
          (acc, p) => mergeKpiPartials(acc, p),
          first as ReturnType<(typeof runs)[0]["partial"]>,
        );
        expect(finaliseKpis(merged)).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it("is exact for medians (histograms) and top-k lists", () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 80 }), fc.nat(80), (inputs, cut) => {
        const kpis = [
          "gemiddelde_doorlooptijd_status_open_tot_closed",
          "sync_versheid_minuten",
          "pitch-top-priority",
          "top_3_risicodossiers",
        ];
        const a = createKpiRun({ kpis, period: PERIOD });
        const b = createKpiRun({ kpis, period: PERIOD });
        a.addAll(inputs.slice(0, cut));
        b.addAll(inputs.slice(cut));
        expect(finaliseKpis(mergeKpiPartials(b.partial(), a.partial())).results).toEqual(
          computeKpis({ kpis, inputs, period: PERIOD }).results,
        );
      }),
      { numRuns: 100 },
    );
  });

  it("refuses partials of different configurations", () => {
    const a = createKpiRun({ period: PERIOD }).partial();
    const b = createKpiRun({ period: { start: "2026-03-02", end: "2026-03-08" } }).partial();
    expect(() => mergeKpiPartials(a, b)).toThrow(expect.objectContaining({ code: "KPI_PARTIAL_MISMATCH" }));
  });

  it("partials are plain JSON", () => {
    const run = createKpiRun({ period: PERIOD, groupBy: ["district"] });
    fc.assert(
      fc.property(fc.array(input, { maxLength: 30 }), (inputs) => {
        run.addAll(inputs);
      }),
      { numRuns: 5 },
    );
    const p = run.partial();
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });
});

describe("junk input", () => {
  it("never crashes in count mode, and counts what it skipped", () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 20 }), (junk) => {
        const out = computeKpis({ inputs: junk as KpiInput[], period: PERIOD, invalidInputs: "count" });
        const skipped = Object.values(out.diagnostics.invalid).reduce((a, b) => a + b, 0);
        expect(out.diagnostics.inputs).toBe(junk.length);
        expect(skipped).toBeLessThanOrEqual(junk.length);
      }),
    );
  });

  it("never crashes on junk inside well-typed wrappers", () => {
    const wrapped = fc.oneof(
      fc
        .dictionary(fc.string(), fc.anything())
        .map((o) => ({ kind: "vaststelling", vaststelling: { ...o, type: "Vaststelling" } })),
      fc
        .dictionary(fc.string(), fc.anything())
        .map((o) => ({ kind: "inname", inname: { ...o, type: "Grondwerk" } })),
      fc
        .dictionary(fc.string(), fc.anything())
        .map((o) => ({ kind: "sync", event: { ...o, type: "SyncEvent" } })),
      fc
        .dictionary(fc.string(), fc.anything())
        .map((o) => ({ kind: "bezoek", bezoek: { ...o, type: "Toezichtbezoek" }, gewicht: o.g })),
      fc
        .record({ toezichter: fc.string({ minLength: 1 }), datum: fc.string(), zachteLimiet: fc.anything() })
        .map((o) => ({ kind: "capaciteit", ...o })),
    );
    fc.assert(
      fc.property(fc.array(wrapped, { maxLength: 20 }), groupBy, (inputs, dims) => {
        const out = computeKpis({
          inputs: inputs as KpiInput[],
          period: PERIOD,
          groupBy: dims,
          invalidInputs: "count",
        });
        expect(out.diagnostics.inputs).toBe(inputs.length);
      }),
    );
  });

  it("throws a typed error naming the input in the default mode", () => {
    fc.assert(
      fc.property(
        fc.anything().filter((x) => typeof x !== "object" || x === null || !("kind" in x)),
        (junk) => {
          try {
            computeKpis({ inputs: [junk as KpiInput], period: PERIOD });
            expect.unreachable();
          } catch (e) {
            expect(e).toBeInstanceOf(KpiError);
            expect((e as KpiError).code).toBe("KPI_INPUT_INVALID");
            expect((e as Error).message).toMatch(/Input #0/);
          }
        },
      ),
    );
  });

  it.each([
    [{ kpis: ["nope"] }, "KPI_UNKNOWN"],
    [{ kpis: ["pitch-trend-wow"] }, "KPI_NOT_STREAMABLE"],
    [{ groupBy: ["stad"] }, "KPI_DIMENSION_UNKNOWN"],
    [{ period: { start: "2026-03-15", end: "2026-03-01" } }, "KPI_PERIOD_INVALID"],
    [{ period: { start: "2026-02-30", end: "2026-03-01" } }, "KPI_PERIOD_INVALID"],
    [{ options: { signageFieldPattern: "(" } }, "KPI_OPTION_INVALID"],
    [{ options: { qualityThreshold: -1 } }, "KPI_OPTION_INVALID"],
  ])("rejects bad configuration %o with %s", (bad, code) => {
    expect(() => computeKpis({ inputs: [], period: PERIOD, ...(bad as object) })).toThrow(
      expect.objectContaining({ code }),
    );
  });
});
