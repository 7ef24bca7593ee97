import {
  type ChecklistSchema,
  DN_V2_CORE_CHECKLIST,
  type FindingRecord,
  findChecklistField,
  isNokValue,
  isOkValue,
  scoreChecklist,
  validate,
} from "@digitale-nuts/findings";
import { Nutsbedrijven, type Vaststelling } from "@digitale-nuts/oslo";
import { assertPseudonymous } from "../privacy.js";
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
 * DN's report status of one checklist item.
 * @example
 * const statuses: FindingReportStatus[] = record.vaststelling.antwoorden.map(answerStatus); // ["OK", "NOT OK", "INFO", …]
 */
export type FindingReportStatus = "NOT OK" | "OK" | "INFO";

/**
 * Who issues the report; nothing city-specific is built in.
 * @example
 * const organisation: ReportOrganisation = { name: "Stad Antwerpen", department: "Stadsontwikkeling Publieke Ruimte" };
 */
export interface ReportOrganisation {
  /** E.g. `Stad Antwerpen`. */
  readonly name: string;
  /** E.g. `Stadsontwikkeling Publieke Ruimte`. */
  readonly department?: string;
}

/**
 * Options of {@link renderFindingPdf}.
 * @example
 * const options: FindingPdfOptions = { generatedAt: "2026-03-10T17:30:00Z", includeNotes: false, checklist: DN_V2_CORE_CHECKLIST };
 * const pdf = await renderFindingPdf(record, options);
 */
export interface FindingPdfOptions {
  /** ISO time the report is made; fixes the PDF's dates (same input + time → same bytes). Default now. */
  readonly generatedAt?: string;
  readonly organisation?: ReportOrganisation;
  /** Checklist for item labels and the validation count; default findings' DN v2 core checklist. */
  readonly checklist?: ChecklistSchema;
  /** Include the finding's note in the summary; default true. */
  readonly includeNotes?: boolean;
}

const INTRO =
  "Bij controle van de werf hieronder werden de volgende vaststellingen gedaan. Dit verslag is automatisch " +
  "opgemaakt uit de geregistreerde vaststelling; foto's worden bewaard per referentie en zijn te controleren met hun SHA-256-hash.";
const DISCLAIMER =
  "Dit verslag geeft de toestand weer op het moment van de vaststelling. Het is geen beslissing over aansprakelijkheid. " +
  "Opmerkingen over dit verslag bezorgt u binnen 5 werkdagen aan de toezichthouder, met vermelding van het nummer.";

/**
 * The report status of an answer: NOT OK when any value (or the result) is NOK, OK likewise, else INFO.
 * @example
 * answerStatus({ veld: "voetpad_doorgang", waarde: ["NOK geen doorgang"], resultaat: "NOK" }); // "NOT OK"
 * answerStatus({ veld: "verharding_info", waarde: ["asfalt"], resultaat: "INFO" }); // "INFO"
 */
export function answerStatus(answer: Vaststelling["antwoorden"][number]): FindingReportStatus {
  if (answer.resultaat === "NOK" || answer.waarde.some(isNokValue)) return "NOT OK";
  if (answer.resultaat === "OK" || answer.waarde.some(isOkValue)) return "OK";
  return "INFO";
}

/**
 * DN's file name of the finding report: `dn_vaststelling_<bonu|dossier|id>_<yyyy-mm-dd>.pdf`.
 * @example
 * findingPdfFileName(record); // "dn_vaststelling_BONU-2026-0412_2026-03-10.pdf" (BONU number "BONU 2026/0412")
 */
export function findingPdfFileName(record: Pick<FindingRecord, "vaststelling">): string {
  const v = record.vaststelling;
  const id = v.context.bonuNummer ?? v.context.dossierId ?? v.vaststellingId;
  const safe = id.replace(/[^A-Za-z0-9_-]+/g, "-");
  return `dn_vaststelling_${safe}_${v.vastgesteldOp.slice(0, 10)}.pdf`;
}

function address(v: Vaststelling): string {
  const a = v.context.adres;
  if (!a) return "";
  if (a.volledigAdres) return a.volledigAdres;
  const street = [a.straatnaam, a.huisnummer].filter(Boolean).join(" ");
  return [street, [a.postcode, a.gemeentenaam].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

/**
 * Renders a finding as a PDF report in DN's "BONU" style (dn-dispatch §1.9): header with number and
 * dates, context table, intro and metrics line, checklist table (`Vaststelling | Opmerking |
 * Omschrijving | Tijdstip`), photo-evidence table with SHA-256 hashes (photos by reference), the
 * NOK summary, a disclaimer, and on every page the footer "Verslag opgemaakt op … door …" with `x / y`.
 * @example
 * const pdf = await renderFindingPdf(record, {
 *   generatedAt: "2026-03-10T17:30:00Z",
 *   organisation: { name: "Stad Antwerpen", department: "Stadsontwikkeling Publieke Ruimte" },
 * });
 * writeFileSync(findingPdfFileName(record), pdf);
 */
export async function renderFindingPdf(
  record: FindingRecord,
  options: FindingPdfOptions = {},
): Promise<Uint8Array> {
  const generatedAt = checkGeneratedAt(options.generatedAt);
  const v = record.vaststelling;
  const inspector = assertPseudonymous(v.toezichter, `finding ${v.vaststellingId}, toezichter`);
  const checklist = options.checklist ?? DN_V2_CORE_CHECKLIST;
  const score = scoreChecklist(record);
  const issues = validate(record, checklist).issues.length;
  const number = v.context.bonuNummer ?? v.context.dossierId ?? v.vaststellingId;
  const updatedAt = v.gewijzigdOp ?? v.vastgesteldOp;
  const doc = createPdf(`Rapport vaststelling nuts ${number}`, generatedAt);
  const width = contentWidth(doc);

  // Header: organisation left, number and dates right.
  const org = options.organisation ?? { name: "Digitale Nuts" };
  const top = doc.y;
  doc
    .font("Helvetica-Bold")
    .fontSize(13)
    .fillColor("#12324f")
    .text(pdfText(org.name), { width: width * 0.6 });
  if (org.department)
    doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor("#111111")
      .text(pdfText(org.department), { width: width * 0.6 });
  doc
    .font("Helvetica-Bold")
    .fontSize(15)
    .fillColor("#111111")
    .text("Rapport vaststelling nuts", { width: width * 0.6 });
  const afterLeft = doc.y;
  doc.font("Helvetica").fontSize(9.5);
  doc.text(pdfText(`Nummer: ${number}`), doc.page.margins.left + width * 0.6, top, {
    width: width * 0.4,
    align: "right",
  });
  doc.text(`Datum: ${brusselsDateTime(v.vastgesteldOp).slice(0, 10)}`, {
    width: width * 0.4,
    align: "right",
  });
  doc.text(`Opgemaakt op: ${brusselsDateTime(generatedAt)}`, { width: width * 0.4, align: "right" });
  doc.y = Math.max(afterLeft, doc.y) + 10;
  doc.x = doc.page.margins.left;

  heading(doc, "Context");
  const utility = v.context.nutsbedrijf ? Nutsbedrijven.lookup(v.context.nutsbedrijf) : undefined;
  const context: [string, string][] = [
    ["Dossier", v.context.dossierId ?? ""],
    ["Adres", address(v)],
    ["District", v.context.district ?? ""],
    [
      "Nutsmaatschappij",
      utility ? (utility.unknown ? (v.context.nutsbedrijf ?? "") : utility.prefLabel.nl) : "",
    ],
    ["Referentie/GW", v.context.referentieId ?? ""],
    ["GIPOD", v.context.gipodId ?? ""],
    ["Bezoek", [v.context.bezoektype, v.context.geplandeDatum].filter(Boolean).join(" · ")],
    ["Fase / ingreep / verharding", [v.fase, v.ingreepType, v.verhardingType].filter(Boolean).join(" / ")],
    ["Toezichter", inspector],
    ["Status record", `${v.registratiestatus} · opvolging ${v.status}`],
    ["Handover", v.overdrachtsbeslissing ?? "nog niet beslist"],
  ];
  drawTable(
    doc,
    [
      { header: "Gegeven", width: 150 },
      { header: "Waarde", width: width - 150 },
    ],
    context,
  );

  paragraph(doc, INTRO);
  paragraph(
    doc,
    `Checklistscore: ${score.score}/100 · NOK: ${score.nokCount} · Ingevulde items: ${score.measuredItems} · Validatieproblemen: ${issues}`,
    { bold: true },
  );

  heading(doc, "Vaststellingen");
  const labelOf = (key: string) => findChecklistField(checklist, key)?.field.label ?? key;
  const items = v.antwoorden.map((a) => ({
    status: answerStatus(a),
    label: labelOf(a.veld),
    text: [a.waarde.join(", "), a.verantwoordelijke ? `verantwoordelijke: ${a.verantwoordelijke}` : ""]
      .filter(Boolean)
      .join(" · "),
  }));
  const when = brusselsDateTime(updatedAt);
  drawTable(
    doc,
    [
      { header: "Vaststelling", width: 70 },
      { header: "Opmerking", width: 150 },
      { header: "Omschrijving", width: width - 70 - 150 - 82 },
      { header: "Tijdstip", width: 82 },
    ],
    items.length
      ? items.map((i) => [i.status, i.label, i.text, when])
      : [["INFO", "Geen checklistitems", "", when]],
    (row) => (row[0] === "NOT OK" ? "#fde6e4" : null),
  );

  heading(doc, "Fotobewijs");
  drawTable(
    doc,
    [
      { header: "Soort", width: 38 },
      { header: "URL", width: 108, fontSize: 7 },
      { header: "Tijdstip", width: 56 },
      { header: "Bron", width: 40 },
      // 64 hex digits in Courier 6.5 pt fit on one line, so a hash can be copied and checked whole.
      { header: "Hash (SHA-256)", width: width - 38 - 108 - 56 - 40, font: "Courier", fontSize: 6.5 },
    ],
    v.fotobewijs.length
      ? v.fotobewijs.map((f) => [f.soort, f.opslag, brusselsDateTime(f.genomenOp), f.bron, f.inhoudHash])
      : [["", "Geen foto's", "", "", ""]],
  );

  heading(doc, "Samenvatting opmerkingen");
  const noks = items.filter((i) => i.status === "NOT OK");
  if (noks.length === 0) paragraph(doc, "Geen NOK-vaststellingen.");
  for (const n of noks) paragraph(doc, `• NOT OK – ${n.label}: ${n.text}`);
  if (v.termijnHerstel) paragraph(doc, `Uiterste hersteldatum: ${v.termijnHerstel}`);
  if (v.maatregel && options.includeNotes !== false) paragraph(doc, `Gevraagde maatregel: ${v.maatregel}`);
  if (v.opmerking && options.includeNotes !== false) paragraph(doc, `Opmerking: ${v.opmerking}`);
  doc.moveDown(0.5);
  paragraph(doc, DISCLAIMER, { size: 8 });

  return finishPdf(doc, `Verslag opgemaakt op ${brusselsDateTime(generatedAt)} door ${inspector}`);
}
