/**
 * The full KPI catalogue over 1,000,000 findings + 100,000 works in one streaming pass, against a
 * hand-written loop that computes one KPI (DN's mean checklist score) over the same inputs.
 * Inputs come from a seeded generator: a pool of 50,000 distinct findings is cycled to 1,000,000
 * records (so the pool, not the stream, sits in memory; every record is still processed).
 */

import {
  checklistScore,
  computeKpis,
  createSeededRandom,
  KPI_CATALOGUE,
  type KpiInput,
} from "@digitale-nuts/kpi";
import type { Inname, Vaststelling } from "@digitale-nuts/oslo";
import { type Benchmark, compare } from "./harness.ts";

const FINDINGS = Number(process.env.KPI_BENCH_FINDINGS ?? 1_000_000);
const WORKS = Number(process.env.KPI_BENCH_WORKS ?? 100_000);
const POOL = 50_000;
const PERIOD = { start: "2026-01-01", end: "2026-03-31" };

const random = createSeededRandom(2026);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const DISTRICTS = ["Antwerpen", "Berchem", "Borgerhout", "Deurne", "Ekeren", "Hoboken", "Merksem", "Wilrijk"];
const UTILITIES = ["fluvius", "proximus", "telenet", "water_link", "wyre"];
const day = () =>
  `2026-${String(1 + Math.floor(random() * 3)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;

function makeFinding(i: number): Vaststelling {
  const made = day();
  const answers = Array.from({ length: 6 }, (_, j) => {
    const nok = random() < 0.12;
    return {
      veld: j < 2 ? `signalisatie__punt_${j}` : `sleuf__punt_${j}`,
      waarde: [nok ? "NOK" : "OK"],
      resultaat: nok ? "NOK" : "OK",
      ...(nok && random() < 0.7 ? { verantwoordelijke: "aannemer" } : {}),
    };
  });
  return {
    type: "Vaststelling",
    vaststellingId: `f-${i}`,
    context: {
      werkId: `w-${i % 20_000}`,
      gipodId: String(1_000_000 + (i % 20_000)),
      ...(random() < 0.8 ? { referentieId: `GW-${i}` } : {}),
      adres: { straatnaam: "Meir", huisnummer: String(i % 200), postcode: "2000" },
      district: pick(DISTRICTS),
      nutsbedrijf: pick(UTILITIES),
      locatie: { breedtegraad: 51.2, lengtegraad: 4.4 },
      locatiebron: "exact",
      bezoektype: pick(["START", "TUSSEN", "EIND", "OPVOLGING"]),
    },
    registratiestatus: pick(["synced", "synced", "queued"]),
    status: pick(["open", "afgesloten", "in_behandeling"]),
    fase: pick(["uitvoering", "tijdelijk_herstel", "definitief_herstel"]),
    ingreepType: "sleuf",
    verhardingType: pick(["asfalt", "klinker", "natuursteen"]),
    antwoorden: answers,
    tags: [],
    fotobewijs: [],
    toezichter: `insp-${String(1 + (i % 12)).padStart(2, "0")}`,
    aannemer: `Aannemer ${1 + (i % 30)}`,
    ...(random() < 0.6 ? { overdrachtsbeslissing: pick(["APPROVE", "REQUEST_FIX", "BLOCK"]) } : {}),
    vastgesteldOp: `${made}T09:30:00Z`,
    gewijzigdOp: `${made}T16:00:00Z`,
  } as Vaststelling;
}

function makeWork(i: number): Inname {
  const begin = day();
  return {
    type: "Grondwerk",
    gipodId: 1_000_000 + i,
    identificator: [],
    referentie: `GW-${i}`,
    status: pick(["in_uitvoering", "concreet_gepland", "uitgevoerd"]),
    periode: { begin: `${begin}T07:00:00+01:00`, einde: "2026-04-15T17:00:00+02:00" },
    contactorganisatie: [],
    zone: [],
    heeftGevolg: [],
    isVergundDoor: [],
    categorie: "categorie_2",
    specificatie: [],
    district: pick(DISTRICTS),
    adresvoorstelling: { postcode: "2000" },
  } as Inname;
}

const pool: KpiInput[] = Array.from({ length: POOL }, (_, i) => ({
  kind: "vaststelling",
  vaststelling: makeFinding(i),
}));
const works: KpiInput[] = Array.from({ length: WORKS }, (_, i) => ({
  kind: "inname",
  inname: makeWork(i),
  impactscore: Math.floor(random() * 100),
}));

function* stream(): Generator<KpiInput> {
  yield* works;
  for (let i = 0; i < FINDINGS; i++) yield pool[i % POOL] as KpiInput;
}

const streamable = KPI_CATALOGUE.filter((d) => d.streamable).map((d) => d.id);

/** The whole catalogue, one pass, grouped by district. */
function fullCatalogue() {
  return computeKpis({ kpis: streamable, inputs: stream(), period: PERIOD, groupBy: ["district"] });
}

/** A hand-written loop for one KPI (mean checklist score per district) over the same inputs. */
function singleKpiLoop() {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const input of stream()) {
    if (input.kind !== "vaststelling") continue;
    const v = input.vaststelling;
    const key = v.context.district ?? "onbekend";
    const s = sums.get(key) ?? { sum: 0, n: 0 };
    s.sum += checklistScore(v).score;
    s.n++;
    sums.set(key, s);
  }
  return sums;
}

const mb = (b: number) => `${(b / 1_048_576).toFixed(0)}MB`;

const benchmark: Benchmark = async () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  const records = FINDINGS + WORKS;
  let memory: Record<string, string> = {};
  let groups = 0;
  let measured = false;
  // The first (warm-up) call of the subject also measures memory: heapUsed sampled every 5 ms.
  const subject = () => {
    if (measured) return fullCatalogue();
    measured = true;
    gc?.();
    const before = process.memoryUsage();
    let peak = before.heapUsed;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 5);
    const out = fullCatalogue();
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    groups = Object.values(out.results).reduce((n, g) => n + Object.keys(g).length, 0);
    memory = {
      "heapUsed before": mb(before.heapUsed),
      "peak heapUsed delta": mb(peak - before.heapUsed),
      rss: mb(process.memoryUsage().rss),
    };
    return out;
  };
  const c = await compare({
    name: `kpi: full catalogue (${streamable.length} KPIs, by district) vs one hand-written KPI loop, ${FINDINGS} findings + ${WORKS} works`,
    subject: ["computeKpis(full catalogue, one pass)", subject],
    baseline: ["hand-written mean-score loop", singleKpiLoop],
    goal: {
      target: `subject/baseline ≤ ${streamable.length} (one pass beats ${streamable.length} single-KPI passes)`,
      met: (r) => r <= streamable.length,
    },
    runs: 1,
  });
  return [
    {
      ...c,
      notes: {
        records,
        kpis: streamable.length,
        groups,
        "records/s": Math.round(records / (c.subjectMs / 1000)),
        "baseline records/s": Math.round(records / (c.baselineMs / 1000)),
        ...memory,
      },
    },
  ];
};

export default benchmark;
