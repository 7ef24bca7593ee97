/**
 * Report writers at scale. (1) `inspection_export_flat` as `;`-CSV through the report layer
 * (stream dataset → privacy check → streamCsv) against findings' own CSV stream of the same rows:
 * the report envelope should cost little. (2) `toCsv` (RFC 4180 quoting, BOM, CRLF) against
 * `JSON.stringify` of the same rows, the runtime's native serialiser.
 */
import {
  addEvidence,
  createEvidence,
  createFinding,
  type FindingRecord,
  inspectionExportFlatCsv,
} from "@digitale-nuts/findings";
import {
  buildInspectionExportDataset,
  streamCsv,
  streamInspectionExportDataset,
  toCsv,
} from "@digitale-nuts/report";
import { atMost, type Benchmark, compare } from "./harness.ts";

const ROWS = Number(process.env.REPORT_BENCH_ROWS ?? 100_000);
const POOL = 1_000;

async function pool(): Promise<FindingRecord[]> {
  const out: FindingRecord[] = [];
  const bytes = new Uint8Array(256).fill(9);
  bytes.set([0xff, 0xd8, 0xff]);
  for (let i = 0; i < POOL; i++) {
    const at = `2026-03-${String(2 + (i % 9)).padStart(2, "0")}T09:${String(i % 60).padStart(2, "0")}:00Z`;
    const by = { actor: `insp-0${(i % 7) + 1}`, at };
    let { record } = await createFinding(
      {
        werkId: `w-${i}`,
        gipodId: String(19000000 + i),
        district: ["Antwerpen", "Berchem", "Deurne", "Merksem"][i % 4],
        nutsbedrijf: "fluvius",
        locatie: { breedtegraad: 51.2, lengtegraad: 4.4 },
        locatiebron: "exact",
        toezichter: by.actor,
      },
      {
        vaststellingId: `v-${i}`,
        toezichter: by.actor,
        patch: {
          antwoorden: [
            { veld: "werfafbakening", waarde: ["OK"], resultaat: "OK" },
            ...(i % 3 === 0
              ? [{ veld: "vlakheid", waarde: ['NOK "oneffen", herstel;'], resultaat: "NOK" as const }]
              : []),
          ],
          ...(i % 2 === 0 ? { opmerking: "Herstel niet vlak;\naannemer verwittigd." } : {}),
        },
      },
      by,
    );
    const foto = await createEvidence(bytes, {
      fotoId: `f-${i}`,
      soort: "DETAIL",
      mediatype: "image/jpeg",
      opslag: `s3://fotos/${i}.jpg`,
      genomenOp: at,
      actor: by.actor,
      bron: "camera",
    });
    ({ record } = await addEvidence(record, foto, by));
    out.push(record);
  }
  return out;
}

function* sources(records: readonly FindingRecord[]) {
  for (let i = 0; i < ROWS; i++) yield { record: records[i % records.length] as FindingRecord };
}

async function drain(chunks: AsyncIterable<string>): Promise<number> {
  let bytes = 0;
  for await (const c of chunks) bytes += c.length;
  return bytes;
}

const bench: Benchmark = async () => {
  const records = await pool();
  const streamed = await compare({
    name: `inspection_export_flat CSV, ${ROWS.toLocaleString("en")} rows`,
    subject: [
      "report streamCsv(streamInspectionExportDataset)",
      () => drain(streamCsv(streamInspectionExportDataset(sources(records)), { separator: ";" })),
    ],
    baseline: ["findings inspectionExportFlatCsv", () => drain(inspectionExportFlatCsv(sources(records)))],
    goal: atMost(1.5),
    runs: 3,
  });
  const ds = await buildInspectionExportDataset(sources(records), { audience: "internal" });
  const writer = await compare({
    name: `toCsv vs JSON.stringify, ${ds.rowCount.toLocaleString("en")} internal rows (with notes)`,
    subject: ["toCsv (RFC 4180, ; and decimal comma)", () => toCsv(ds, { separator: ";" })],
    baseline: ["JSON.stringify(rows)", () => JSON.stringify(ds.rows)],
    goal: atMost(3),
    runs: 5,
  });
  return [
    { ...streamed, notes: { "rows/s (report stream)": Math.round(ROWS / (streamed.subjectMs / 1000)) } },
    writer,
  ];
};

export default bench;
