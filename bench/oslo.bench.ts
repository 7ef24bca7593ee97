/**
 * @digitale-nuts/oslo benchmarks.
 *  1. toJsonLd for 10,000 Vaststelling records vs jsonld.js `compact` of the same data (target ≥ 50× faster),
 *     with identical canonical N-Quads on a sample.
 *  2. JSON.parse + parse/validate of 100,000 Inname records vs bare JSON.parse of the same string (target ≤ 2.5×).
 */
import {
  CONTEXT_URL,
  type Inname,
  loadJsonLd,
  parseInname,
  parseVaststelling,
  seededRandom,
  staticDocumentLoader,
  toJsonLd,
  type Vaststelling,
} from "@digitale-nuts/oslo";
import { atMost, type Benchmark, compare, fasterBy } from "./harness.ts";

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const day = (r: () => number) =>
  new Date(Date.UTC(2026, 0, 1) + Math.floor(r() * 365) * 86_400_000).toISOString();

function vaststelling(r: () => number, i: number): Vaststelling {
  return parseVaststelling({
    type: "Vaststelling",
    vaststellingId: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    context: {
      gipodId: String(10_000_000 + i),
      adres: {
        straatnaam: "Voorbeeldstraat",
        huisnummer: String(1 + (i % 200)),
        postcode: pick(r, ["2000", "2018", "2060", "2100"]),
      },
      district: pick(r, ["Antwerpen", "Berchem", "Deurne", "Hoboken"]),
      nutsbedrijf: pick(r, ["fluvius", "proximus", "telenet", "water_link"]),
      locatie: { breedtegraad: 51.2 + r() / 10, lengtegraad: 4.4 + r() / 10 },
      locatiebron: "exact",
      bezoektype: pick(r, ["START", "TUSSEN", "EIND"]),
      toezichter: `insp-${String(1 + (i % 12)).padStart(2, "0")}`,
    },
    registratiestatus: "synced",
    status: pick(r, ["open", "in_behandeling", "afgesloten"]),
    fase: pick(r, ["uitvoering", "tijdelijk_herstel", "definitief_herstel"]),
    verhardingType: pick(r, ["asfalt", "klinker", "natuursteen"]),
    antwoorden: [
      {
        veld: "veiligheid__afbakening",
        waarde: [r() < 0.2 ? "NOK - hekken" : "OK"],
        resultaat: r() < 0.2 ? "NOK" : "OK",
      },
      { veld: "bestrating__vlakheid", waarde: ["OK"], resultaat: "OK" },
    ],
    tags: ["GEPLAND"],
    toezichter: `insp-${String(1 + (i % 12)).padStart(2, "0")}`,
    vastgesteldOp: day(r),
  });
}

function inname(r: () => number, i: number): Inname {
  const start = day(r);
  return parseInname({
    type: "Grondwerk",
    gipodId: 10_000_000 + i,
    referentie: `BONU${2026_0000 + i}`,
    beschrijving: "Aansluiting gas en elektriciteit",
    status: pick(r, ["concreet_gepland", "in_uitvoering", "uitgevoerd"]),
    categorie: pick(r, ["categorie_3", "categorie_3", "categorie_2", "dringend"]),
    periode: { begin: start, einde: new Date(Date.parse(start) + 5 * 86_400_000).toISOString() },
    beheerder: {
      type: "Organisatie",
      voorkeursnaam: "Fluvius",
      rol: "nutsbeheerder",
      nutsbedrijf: "fluvius",
    },
    adresvoorstelling: {
      straatnaam: "Voorbeeldstraat",
      huisnummer: String(i % 300),
      postcode: "2000",
      gemeentenaam: "Antwerpen",
    },
    geometrie: { geojson: { type: "Point", coordinates: [4.4 + r() / 10, 51.2 + r() / 10] } },
    zone: [
      {
        zonetype: "werfzone",
        geometrie: { geojson: { type: "Point", coordinates: [4.4, 51.2] } },
        gevolg: ["versmalde_rijstroken"],
      },
    ],
    niscode: "11002",
    laatstGewijzigdOp: start,
  });
}

const run: Benchmark = async () => {
  const jsonld = await loadJsonLd();
  const options = { documentLoader: staticDocumentLoader };

  const r = seededRandom(42);
  const findings = Array.from({ length: 10_000 }, (_, i) => vaststelling(r, i));
  // jsonld.js needs ~10-30 ms per record to compact under a context with type-scoped terms, so its
  // side runs on the first BASELINE_SAMPLE records and both sides are compared per record.
  const BASELINE_SAMPLE = 300;
  const sample = findings.slice(0, BASELINE_SAMPLE);
  const expanded: Record<string, unknown>[][] = [];
  for (const f of sample) expanded.push(await jsonld.expand(toJsonLd(f), options));

  // Same data, same meaning: compare canonical N-Quads on the sample.
  for (let i = 0; i < 100; i += 1) {
    const [a, b] = await Promise.all([
      jsonld.canonize(toJsonLd(findings[i] as Vaststelling), {
        algorithm: "RDFC-1.0",
        format: "application/n-quads",
        ...options,
      }),
      jsonld.canonize(await jsonld.compact(expanded[i], CONTEXT_URL, options), {
        algorithm: "RDFC-1.0",
        format: "application/n-quads",
        ...options,
      }),
    ]);
    if (a !== b) throw new Error(`canonical N-Quads differ for record ${i}`);
  }

  const perRecord = await compare({
    name: "toJsonLd vs jsonld.js compact, per Vaststelling record",
    subject: ["toJsonLd (10,000 records)", () => findings.map(toJsonLd)],
    baseline: [
      `jsonld.compact (${BASELINE_SAMPLE} records)`,
      async () => {
        for (const doc of expanded) await jsonld.compact(doc, CONTEXT_URL, options);
      },
    ],
    goal: fasterBy(50),
    runs: 3,
  });
  const subjectPerRecord = perRecord.subjectMs / findings.length;
  const baselinePerRecord = perRecord.baselineMs / BASELINE_SAMPLE;
  const ratio = subjectPerRecord / baselinePerRecord;
  const serialise = {
    ...perRecord,
    subjectMs: subjectPerRecord * 10_000,
    baselineMs: baselinePerRecord * 10_000,
    ratio,
    met: fasterBy(50).met(ratio),
    notes: {
      toJsonLdRecordsPerSecond: Math.round(1000 / subjectPerRecord),
      compactRecordsPerSecond: Math.round(1000 / baselinePerRecord),
      baselineExtrapolatedFrom: BASELINE_SAMPLE,
      nquadsIdenticalOnSample: 100,
    },
  };

  const r2 = seededRandom(7);
  const text = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => inname(r2, i)));
  const validate = await compare({
    name: "parse + validate, 100,000 Inname from JSON",
    subject: ["JSON.parse + parseInname", () => (JSON.parse(text) as unknown[]).map(parseInname)],
    baseline: ["JSON.parse", () => JSON.parse(text)],
    goal: atMost(2.5),
    runs: 5,
    notes: { megabytes: (text.length / 1e6).toFixed(1) },
  });
  return [serialise, validate];
};

export default run;
