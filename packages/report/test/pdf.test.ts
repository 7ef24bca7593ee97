import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findingPdfFileName, ReportError, renderDayListPdf, renderFindingPdf } from "@digitale-nuts/report";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCity, type CityFixture } from "./support/fixtures.js";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "test-output");
const AT = "2026-03-10T17:30:00Z";
const ORG = { name: "Stad Antwerpen", department: "Stadsontwikkeling Publieke Ruimte" };

function hasPdftotext(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const PDFTOTEXT = hasPdftotext();
if (!PDFTOTEXT)
  console.warn(
    "pdftotext (poppler-utils) is missing: the PDF text checks are skipped. Install poppler-utils.",
  );

/** The text of a PDF as pdftotext reads it (layout mode keeps table rows on one line). */
function pdfToText(bytes: Uint8Array, name: string): string {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, name);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

let city: CityFixture;
beforeAll(async () => {
  city = await buildCity();
});

const nokFinding = () => {
  const f = city.findings.find(
    (x) =>
      x.vaststelling.antwoorden.filter((a) => a.resultaat === "NOK").length >= 1 && x.vaststelling.opmerking,
  );
  if (!f) throw new Error("fixture has no NOK finding with a note");
  return f;
};

describe("renderFindingPdf", () => {
  it.skipIf(!PDFTOTEXT)(
    "writes the BONU-style report: header, context, checklist, photo hashes, NOK summary, footer",
    async () => {
      const record = nokFinding();
      const v = record.vaststelling;
      const text = pdfToText(
        await renderFindingPdf(record, { generatedAt: AT, organisation: ORG }),
        "finding.pdf",
      );
      for (const expected of [
        "Stad Antwerpen",
        "Stadsontwikkeling Publieke Ruimte",
        "Rapport vaststelling nuts",
        `Nummer: ${v.context.bonuNummer}`,
        "Opgemaakt op: 10-03-2026 18:30",
        `${v.context.dossierId}`,
        `${v.context.gipodId}`,
        "Nutsmaatschappij",
        "Handover",
        "Vaststelling",
        "Omschrijving",
        "Tijdstip",
        "Samenvatting opmerkingen",
        `Verslag opgemaakt op 10-03-2026 18:30 door ${v.toezichter}`,
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).toMatch(/\b1 ?\/ ?1\b/);
      // Each photo with its full SHA-256 on one line, by reference.
      const compact = text.replace(/\s+/g, "");
      for (const foto of v.fotobewijs) {
        const line = text.split("\n").find((l) => l.includes(foto.inhoudHash)) ?? "";
        expect(line).toMatch(new RegExp(`^\\s*${foto.soort}\\s`));
        expect(line).toContain(foto.bron);
        expect(compact).toContain(foto.opslag);
      }
      // NOK rows in the table, and only NOK rows in the summary.
      const noks = v.antwoorden.filter((a) => a.resultaat === "NOK");
      const summary = text.slice(text.indexOf("Samenvatting opmerkingen"));
      for (const a of noks) expect(summary).toContain(`NOT OK – ${a.veld}`);
      expect(summary).not.toContain("werfafbakening");
      expect(text).toMatch(new RegExp(`NOK: ${noks.length}\\b`));
      expect(summary).toContain(v.opmerking ?? "");
    },
  );

  it("is byte-for-byte deterministic for a fixed generatedAt", async () => {
    const record = nokFinding();
    const a = await renderFindingPdf(record, { generatedAt: AT, organisation: ORG });
    const b = await renderFindingPdf(record, { generatedAt: AT, organisation: ORG });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a.subarray(0, 5)).toString()).toBe("%PDF-");
    const c = await renderFindingPdf(record, { generatedAt: "2026-03-11T08:00:00Z", organisation: ORG });
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it("names the file DN's way and refuses a bad generatedAt", async () => {
    const record = nokFinding();
    expect(findingPdfFileName(record)).toBe(
      `dn_vaststelling_${record.vaststelling.context.bonuNummer}_${record.vaststelling.vastgesteldOp.slice(0, 10)}.pdf`,
    );
    await expect(renderFindingPdf(record, { generatedAt: "morgen" })).rejects.toBeInstanceOf(ReportError);
  });
});

describe("renderDayListPdf", () => {
  it.skipIf(!PDFTOTEXT)(
    "lists the inspector's visits in order, over pages when long, with page numbers",
    async () => {
      const plan = city.plans.at(-1);
      if (!plan) throw new Error("no plan");
      const inspectorId = "insp-03";
      const visits = plan.assignments[inspectorId] ?? [];
      expect(visits.length).toBeGreaterThan(0);
      const text = pdfToText(
        await renderDayListPdf(plan, inspectorId, { generatedAt: AT, organisation: ORG }),
        "day-list.pdf",
      );
      expect(text).toContain("Dagplanning toezichter");
      expect(text).toContain(`Toezichter: ${inspectorId} · Datum: ${plan.date}`);
      let last = -1;
      for (const v of visits) {
        const at = text.indexOf(v.workId);
        expect(at, v.workId).toBeGreaterThan(last);
        last = at;
      }
      const mandatory = visits.filter((v) => v.mandatory).length;
      expect(text).toContain(`${visits.length} bezoeken (${mandatory} verplicht`);

      // A long day (every visit of the plan under one inspector) spans pages and repeats the header.
      const all = Object.values(plan.assignments).flat();
      const long = { ...plan, assignments: { ...plan.assignments, [inspectorId]: [...all, ...all] } };
      const longText = pdfToText(
        await renderDayListPdf(long, inspectorId, { generatedAt: AT }),
        "day-list-long.pdf",
      );
      const pages = longText.split("\f").filter((p) => p.trim());
      expect(pages.length).toBeGreaterThan(1);
      const numbers = [...longText.matchAll(/\b(\d+) ?\/ ?(\d+)\s*$/gm)].map((m) => `${m[1]}/${m[2]}`);
      expect(numbers).toEqual(pages.map((_, i) => `${i + 1}/${pages.length}`));
      for (const page of pages) expect(page).toContain("Prioriteit");
    },
  );

  it("refuses an inspector who is not in the plan, with the ids it has", async () => {
    const plan = city.plans.at(-1);
    if (!plan) throw new Error("no plan");
    await expect(renderDayListPdf(plan, "insp-99", { generatedAt: AT })).rejects.toThrow(/insp-01/);
    await expect(renderDayListPdf(plan, "Jan Janssens", { generatedAt: AT })).rejects.toMatchObject({
      code: "REPORT_PRIVACY_VIOLATION",
    });
  });
});
