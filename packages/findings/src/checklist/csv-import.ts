import { ChecklistImportError } from "../errors.js";
import type {
  ChecklistField,
  ChecklistOption,
  ChecklistSchema,
  ChecklistSection,
} from "./checklist-schema.js";

const NOTE_PREFIXES = ["(", "formaat", "format", "actie", "opmerking"];

/**
 * Decodes checklist bytes as UTF-8, falling back to Latin-1 when they are not valid UTF-8 (old Excel exports).
 *
 * @example
 * const text = decodeChecklistBytes(readFileSync("archisnapper.csv")); // UTF-8, or Latin-1 for old Excel exports
 */
export function decodeChecklistBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

/**
 * Options of {@link importChecklistCsv}.
 *
 * @example
 * const options: ChecklistCsvOptions = { id: "antwerpen", version: "2026.1", excludeSections: ["Inspecteurs"] };
 * const checklist = importChecklistCsv(readFileSync("archisnapper.csv"), options);
 */
export interface ChecklistCsvOptions {
  readonly id?: string;
  readonly version?: string;
  readonly title?: string;
  /**
   * Section titles to leave out (case-insensitive). Default `["Inspecteurs"]`: that section lists
   * inspectors by name, and a finding names its inspector by pseudonym from the session instead.
   */
  readonly excludeSections?: readonly string[];
}

/**
 * Imports the semicolon CSV checklist format of the DN prototype (an ArchiSnapper export,
 * dn-dispatch §4.4): column 1 a section title, column 2 a field label, column 3 an option, a
 * hint or a note. Bytes are decoded as UTF-8 or, failing that, Latin-1.
 *
 * Fields are required when their label carries "(verplicht)" or their section title contains
 * "verplicht"; a conditional "verplicht vanaf …" stays a note (the prototype made it required).
 *
 * @example
 * const checklist = importChecklistCsv(readFileSync("archisnapper.csv"), { id: "antwerpen" });
 */
export function importChecklistCsv(
  input: string | Uint8Array,
  options: ChecklistCsvOptions = {},
): ChecklistSchema {
  const text = typeof input === "string" ? input.replace(/^\uFEFF/, "") : decodeChecklistBytes(input);
  const excluded = new Set(
    (options.excludeSections ?? ["Inspecteurs"]).map((s) => normalise(s).toLowerCase()),
  );
  const sections: ChecklistSection[] = [];
  const keys = new Set<string>();
  let section: ChecklistSection | undefined;
  let field: ChecklistField | undefined;
  let skipping = false;

  const openSection = (title: string) => {
    skipping = excluded.has(title.toLowerCase());
    field = undefined;
    if (skipping) return;
    section = sections.find((s) => s.title === title);
    if (!section) {
      section = { id: slugify(title), title, fields: [] };
      sections.push(section);
    }
  };
  const addField = (line: number, label: string, hint: string) => {
    if (skipping) return;
    if (!section)
      throw new ChecklistImportError(line, `field "${label}" comes before any section title in column 1.`);
    let key = `${section.id}__${slugify(label)}`;
    for (let n = 2; keys.has(key); n++) key = `${section.id}__${slugify(label)}_${n}`;
    keys.add(key);
    const required = /\(verplicht\)/i.test(label) || /verplicht/i.test(section.title);
    field = {
      key,
      label: label.replace(/\s*\(verplicht\)\s*/i, " ").trim(),
      type: "text",
      required,
      options: [],
      notes: [],
    };
    if (hint) field.hint = hint;
    section.fields.push(field);
  };
  const addOptionOrNote = (line: number, value: string) => {
    if (skipping) return;
    if (!field)
      throw new ChecklistImportError(
        line,
        `option "${value}" in column 3 comes before any field label in column 2.`,
      );
    const lower = value.toLowerCase();
    if (NOTE_PREFIXES.some((p) => lower.startsWith(p)) || lower.includes("formaat")) field.notes?.push(value);
    else field.options?.push(option(value));
  };

  parseRows(text).forEach((row, index) => {
    const line = index + 1;
    const [c1 = "", c2 = "", c3 = ""] = row.map(normalise);
    if (c1) openSection(c1);
    if (c2) addField(line, c2, c3);
    else if (c3 && !c1) addOptionOrNote(line, c3);
  });

  const cleaned = sections
    .map((s) => ({ ...s, fields: s.fields.map(finishField) }))
    .filter((s) => s.fields.length > 0);
  if (cleaned.length === 0)
    throw new ChecklistImportError(
      1,
      "no section with fields found; expected `section;label;option` rows separated by semicolons.",
    );
  return {
    id: options.id ?? "checklist",
    version: options.version ?? "1",
    title: options.title ?? "Checklist",
    sections: cleaned,
  };
}

function finishField(field: ChecklistField): ChecklistField {
  const { options = [], notes = [], ...rest } = field;
  const out: ChecklistField = { ...rest, ...(notes.length ? { notes } : {}) };
  if (/opmerking|comment/i.test(field.label)) return { ...out, type: "textarea" };
  if (options.length === 0) return out;
  if (options.some((o) => o.result === "NOK")) {
    const withOk = options.some((o) => o.result === "OK")
      ? options
      : [{ value: "OK", label: "OK", result: "OK" as const }, ...options];
    return { ...out, type: "multiselect", options: withOk };
  }
  return { ...out, type: "select", options };
}

function option(value: string): ChecklistOption {
  const upper = value.toUpperCase();
  const result =
    upper.startsWith("NOK") || upper.startsWith("NOT OK") ? "NOK" : upper.startsWith("OK") ? "OK" : undefined;
  return { value, label: value, ...(result ? { result } : {}) };
}

function normalise(value: string): string {
  return value
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function slugify(value: string): string {
  return (
    value
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "") || "veld"
  );
}

/** Splits `;`-separated text into rows, honouring double-quoted fields (with `""` escapes and embedded newlines). */
function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
