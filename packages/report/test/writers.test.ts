import type { OsloEntity } from "@digitale-nuts/oslo";
import {
  buildInspectionExportDataset,
  csvField,
  FREE_TEXT_FIELDS,
  ReportError,
  streamCsv,
  streamInspectionExportDataset,
  streamJson,
  streamJsonLd,
  toCsv,
  toJson,
  toJsonLdDocument,
} from "@digitale-nuts/report";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCity, type CityFixture } from "./support/fixtures.js";

/**
 * A small, strict RFC 4180 reader (with a choice of separator): fields are plain or quoted, a quote
 * inside a quoted field is doubled, records end in CRLF. Anything else throws.
 */
function readCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== separator && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === separator) i++;
    else if (text.startsWith("\r\n", i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected separator or CRLF at ${i}`);
  }
  if (record.length) throw new Error("last record lacks CRLF");
  return records;
}

const collect = async (chunks: AsyncIterable<string>) => {
  let out = "";
  for await (const c of chunks) out += c;
  return out;
};

describe("CSV writer", () => {
  it("round-trips any strings exactly through an RFC 4180 reader, with either separator", () => {
    const cell = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.constantFrom('"', ";", ",", "\r", "\n", "a", " ", "é") }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(",", ";" as const),
        fc
          .integer({ min: 1, max: 5 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 8 }),
            ),
          ),
        (separator, [n, table]) => {
          const columns = Array.from({ length: n }, (_, k) => `c${k}`);
          const rows = table.map((cells) => Object.fromEntries(cells.map((v, k) => [`c${k}`, v])));
          const text = toCsv({ columns, rows }, { separator: separator as "," | ";" });
          expect(text.startsWith("\uFEFF")).toBe(true);
          const parsed = readCsv(text.slice(1), separator);
          expect(parsed[0]).toEqual(columns);
          expect(parsed.slice(1)).toEqual(table);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes numbers with a decimal comma for Belgian Excel, nulls empty, booleans as text", () => {
    const text = toCsv(
      { columns: ["a", "b", "c", "d"], rows: [{ a: 82.5, b: null, c: true, d: "x;y" }] },
      { separator: ";" },
    );
    expect(text).toBe('\uFEFFa;b;c;d\r\n82,5;;true;"x;y"\r\n');
    expect(toCsv({ columns: ["a"], rows: [{ a: 82.5 }] }, { bom: false })).toBe("a\r\n82.5\r\n");
    expect(csvField(Number.NaN)).toBe("");
    expect(() => toCsv({ columns: [], rows: [] }, { separator: "\t" as ";" })).toThrow(ReportError);
    expect(() => toCsv({ columns: [], rows: [] }, { separator: ",", decimalMark: "," })).toThrow(
      /decimal mark/,
    );
  });
});

describe("dataset writers on real exports", () => {
  let city: CityFixture;
  beforeAll(async () => {
    city = await buildCity(11);
  });
  const sources = () => city.findings.map((record) => ({ record }));
  const AT = "2026-03-10T17:30:00Z";

  it("streamCsv gives byte for byte the same CSV as toCsv", async () => {
    const ds = await buildInspectionExportDataset(sources(), { generatedAt: AT, audience: "internal" });
    const streamed = await collect(
      streamCsv(streamInspectionExportDataset(sources(), { generatedAt: AT, audience: "internal" }), {
        separator: ";",
      }),
    );
    expect(streamed).toBe(toCsv(ds, { separator: ";" }));
    const lines = readCsv(streamed.slice(1), ";");
    expect(lines).toHaveLength(ds.rowCount + 1);
    expect(lines[0]).toEqual(ds.columns.map((c) => c.key));
  });

  it("toJson is deterministic and streamJson parses to the same document", async () => {
    const ds = await buildInspectionExportDataset(sources(), { generatedAt: AT });
    const again = await buildInspectionExportDataset(sources(), { generatedAt: AT });
    expect(toJson(ds)).toBe(toJson(again));
    const whole = JSON.parse(toJson(ds));
    expect(Object.keys(whole).slice(0, 3)).toEqual(["reportType", "reportSpecVersion", "generatedAt"]);
    const streamed = JSON.parse(
      await collect(streamJson(streamInspectionExportDataset(sources(), { generatedAt: AT }))),
    );
    // The streamed form has no data-quality warnings (they need every row first); everything else matches.
    expect({ ...streamed, warnings: whole.warnings }).toEqual(whole);
  });

  it("JSON-LD goes through oslo, leaves free text out for partners, and streams the same graph", async () => {
    const withNote = city.findings.filter((f) => f.vaststelling.opmerking);
    expect(withNote.length).toBeGreaterThan(0);
    const partner = toJsonLdDocument(withNote);
    const internal = toJsonLdDocument(withNote, { audience: "internal" });
    expect(partner["@context"]).toBe(internal["@context"]);
    const graph = partner["@graph"] as Record<string, unknown>[];
    expect(graph).toHaveLength(withNote.length);
    expect(graph[0]?.type).toBe("Vaststelling");
    for (const key of FREE_TEXT_FIELDS) expect(JSON.stringify(partner)).not.toContain(`"${key}"`);
    expect(JSON.stringify(internal)).toContain('"opmerking"');
    const streamed = JSON.parse(
      await collect(streamJsonLd(withNote.map((f) => f.vaststelling as OsloEntity))),
    );
    expect(streamed).toEqual(partner);
  });
});
