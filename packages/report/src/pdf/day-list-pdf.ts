import type { DayPlan } from "@digitale-nuts/prioritisation";
import { ReportError } from "../errors.js";
import { assertPseudonymous } from "../privacy.js";
import type { ReportOrganisation } from "./finding-pdf.js";
import {
  brusselsDateTime,
  checkGeneratedAt,
  contentWidth,
  createPdf,
  drawTable,
  finishPdf,
  heading,
  paragraph,
  pdfText,
} from "./pdf-kit.js";

/**
 * Options of {@link renderDayListPdf}.
 * @example
 * const options: DayListPdfOptions = { generatedAt: "2026-03-10T06:00:00Z", organisation: { name: "Stad Antwerpen" } };
 * writeFileSync("insp-03.pdf", await renderDayListPdf(plan, "insp-03", options));
 */
export interface DayListPdfOptions {
  /** ISO time the list is made; fixes the PDF's dates. Default now. */
  readonly generatedAt?: string;
  readonly organisation?: ReportOrganisation;
}

/**
 * Renders an inspector's day list ("Mijn lijst vandaag") from prioritisation's day plan: the visits in
 * assignment order with work, GIPOD id, postcode, visit type, mandatory flag, priority and why this
 * inspector (pool, role, score), then the hand-over follow-ups.
 * @example
 * const pdf = await renderDayListPdf(planDay("2026-03-10", works, profile), "insp-03", { generatedAt });
 */
export async function renderDayListPdf(
  plan: DayPlan,
  inspectorId: string,
  options: DayListPdfOptions = {},
): Promise<Uint8Array> {
  const generatedAt = checkGeneratedAt(options.generatedAt);
  assertPseudonymous(inspectorId, "renderDayListPdf inspectorId");
  const visits = plan.assignments[inspectorId];
  if (!visits) {
    const known = Object.keys(plan.assignments).sort().join(", ");
    throw new ReportError(
      "REPORT_INPUT_INVALID",
      `inspector "${inspectorId}" is not in the plan of ${plan.date}; the plan has: ${known || "no inspectors"}.`,
    );
  }
  const followUps = plan.followUps[inspectorId] ?? [];
  const doc = createPdf(`Dagplanning ${inspectorId} ${plan.date}`, generatedAt);
  const width = contentWidth(doc);
  const org = options.organisation ?? { name: "Digitale Nuts" };
  doc.font("Helvetica-Bold").fontSize(13).fillColor("#12324f").text(pdfText(org.name));
  if (org.department) doc.font("Helvetica").fontSize(10).fillColor("#111111").text(pdfText(org.department));
  doc.font("Helvetica-Bold").fontSize(15).fillColor("#111111").text("Dagplanning toezichter");
  doc.moveDown(0.3);
  const mandatory = visits.filter((v) => v.mandatory).length;
  const load = plan.loads[inspectorId];
  paragraph(
    doc,
    `Toezichter: ${inspectorId} · Datum: ${plan.date} · Opgemaakt op: ${brusselsDateTime(generatedAt)}`,
    {
      bold: true,
    },
  );
  paragraph(
    doc,
    `${visits.length} bezoeken (${mandatory} verplicht, ${visits.length - mandatory} optioneel)` +
      (load === undefined ? " · niet inzetbaar vandaag" : ` · gewogen last ${load}`) +
      ` · ${followUps.length} opvolgingen`,
  );
  if (!plan.isWorkingDay) paragraph(doc, "Geen werkdag: er zijn geen bezoeken gepland.");

  heading(doc, "Bezoeken");
  drawTable(
    doc,
    [
      { header: "#", width: 20 },
      { header: "Werk", width: 92 },
      { header: "GIPOD", width: 62 },
      { header: "Postcode", width: 46 },
      { header: "Type", width: 56 },
      { header: "Verplicht", width: 48 },
      { header: "Prioriteit", width: 48 },
      { header: "Waarom", width: width - 20 - 92 - 62 - 46 - 56 - 48 - 48 },
    ],
    visits.length
      ? visits.map((v, i) => [
          String(i + 1),
          v.workId,
          v.gipodId ?? "",
          v.postcode,
          v.visitType,
          v.mandatory ? "ja" : "nee",
          String(v.priority),
          `${v.role.toLowerCase()} via ${v.pool}${v.overflow ? " (overloop)" : ""}, score ${v.score}`,
        ])
      : [["", "Geen bezoeken", "", "", "", "", "", ""]],
    (row) => (row[5] === "ja" ? "#eef4fb" : null),
  );

  if (followUps.length) {
    heading(doc, "Opvolging overdracht (telefoon/mail)");
    drawTable(
      doc,
      [
        { header: "Werk", width: 110 },
        { header: "Dagen na einde", width: 80 },
        { header: "Reden", width: width - 190 },
      ],
      followUps.map((f) => [f.workId, String(f.daysSinceEnd), f.reason]),
    );
  }
  paragraph(
    doc,
    "Vink elk bezoek af in de app; een vaststelling zonder bezoek registreer je als vrije vaststelling.",
    {
      size: 8,
    },
  );
  return finishPdf(
    doc,
    `Dagplanning ${plan.date} · ${inspectorId} · opgemaakt op ${brusselsDateTime(generatedAt)}`,
  );
}
