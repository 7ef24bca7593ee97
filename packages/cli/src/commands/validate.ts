import {
  fromJsonLd,
  OsloValidationError,
  safeParseOsloEntity,
  type ValidationIssue,
} from "@digitale-nuts/oslo";
import { CliError } from "../cli-error.js";
import type { CommandContext } from "../context.js";
import { parseJsonText, readTextFile } from "../files.js";

/** One entity to check: where it is in the file, and whether it is JSON-LD. */
interface Unit {
  readonly where: string;
  readonly value: unknown;
  readonly jsonLd: boolean;
}

/** The verdict on one entity. */
export interface EntityVerdict {
  readonly where: string;
  readonly type: string | null;
  readonly valid: boolean;
  readonly issues: readonly ValidationIssue[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isJsonLd = (v: unknown) => isObject(v) && ("@context" in v || "@graph" in v);

/** Parses the file as one JSON document, or else as JSON Lines. */
export function parseDocuments(text: string, path: string): { value: unknown; where: string }[] {
  try {
    return [{ value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), where: "" }];
  } catch {
    const lines = text.split(/\r?\n/);
    const nonEmpty = lines.filter((l) => l.trim()).length;
    if (nonEmpty < 2) return [{ value: parseJsonText(text, path), where: "" }];
    const docs: { value: unknown; where: string }[] = [];
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        docs.push({ value: JSON.parse(line), where: `line ${i + 1}` });
      } catch {
        throw new CliError(
          "CLI_JSON_INVALID",
          `${path}, line ${i + 1}: not valid JSON (neither JSON nor JSON Lines)`,
          {
            hint: "a vendor file is one JSON value, or one JSON value per line",
          },
        );
      }
    });
    return docs;
  }
}

/** Splits documents into entities: array items, JSON-LD `@graph` nodes (each with the document's context). */
export function unitsOf(docs: readonly { value: unknown; where: string }[]): Unit[] {
  const units: Unit[] = [];
  const join = (a: string, b: string) => (a ? `${a} ${b}` : b);
  const add = (value: unknown, where: string) => {
    if (isObject(value) && Array.isArray(value["@graph"])) {
      const context = value["@context"];
      value["@graph"].forEach((node, i) => {
        const withContext =
          isObject(node) && context !== undefined && !("@context" in node)
            ? { "@context": context, ...node }
            : node;
        units.push({ where: join(where, `@graph[${i}]`), value: withContext, jsonLd: true });
      });
      return;
    }
    units.push({ where: where || "(document)", value, jsonLd: isJsonLd(value) });
  };
  for (const doc of docs) {
    if (!Array.isArray(doc.value)) add(doc.value, doc.where);
    else for (const [i, v] of doc.value.entries()) add(v, join(doc.where, `[${i}]`));
  }
  return units;
}

/** Checks one entity with oslo: `fromJsonLd` for JSON-LD, `safeParseOsloEntity` otherwise. */
export async function checkUnit(unit: Unit): Promise<EntityVerdict> {
  const declared = isObject(unit.value) && typeof unit.value.type === "string" ? unit.value.type : null;
  if (!unit.jsonLd) {
    if (isObject(unit.value) && "vaststelling" in unit.value && Array.isArray(unit.value.audit)) {
      const message =
        "a finding record ({vaststelling, meta, audit}), not an OSLO entity: validate it with `digitale-nuts findings validate`";
      return {
        where: unit.where,
        type: "FindingRecord",
        valid: false,
        issues: [{ path: "(root)", message, received: "object" }],
      };
    }
    const result = safeParseOsloEntity(unit.value);
    return result.success
      ? { where: unit.where, type: result.data.type, valid: true, issues: [] }
      : { where: unit.where, type: declared, valid: false, issues: result.error.issues };
  }
  try {
    const [entity] = await fromJsonLd(unit.value);
    return { where: unit.where, type: entity?.type ?? declared, valid: true, issues: [] };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof OsloValidationError) {
      return { where: unit.where, type: declared, valid: false, issues: cause.issues };
    }
    if (error instanceof Error && "code" in error) {
      return {
        where: unit.where,
        type: declared,
        valid: false,
        issues: [{ path: "(root)", message: error.message.replace(/\s*\n\s*/g, " "), received: "JSON-LD" }],
      };
    }
    throw error;
  }
}

/** `digitale-nuts validate <file>`: every issue with its path; exit 1 when anything is invalid. */
export async function runValidate(file: string, ctx: CommandContext): Promise<void> {
  const text = await readTextFile(file, "file");
  const units = unitsOf(parseDocuments(text, file));
  if (units.length === 0) {
    throw new CliError("CLI_VALIDATE_EMPTY", `${file} holds no entity to validate`, {
      hint: "pass an object, an array of objects, JSON Lines or a JSON-LD @graph",
    });
  }
  const verdicts: EntityVerdict[] = [];
  for (const unit of units) verdicts.push(await checkUnit(unit));
  const invalid = verdicts.filter((v) => !v.valid);
  const types = new Map<string, number>();
  for (const v of verdicts) if (v.valid && v.type) types.set(v.type, (types.get(v.type) ?? 0) + 1);
  ctx.out.result(
    {
      file,
      valid: invalid.length === 0,
      entities: verdicts.length,
      invalid: invalid.length,
      results: verdicts,
    },
    () => [
      ...invalid.flatMap((v) =>
        v.issues.map(
          (i) =>
            `✗ ${v.where}${v.type ? ` (${v.type})` : ""}: ${i.path}: ${i.message} (received ${i.received})`,
        ),
      ),
      invalid.length === 0
        ? `✓ ${file}: ${verdicts.length} entit${verdicts.length === 1 ? "y" : "ies"} conform to OSLO (${[...types].map(([t, n]) => `${t} ${n}`).join(", ")})`
        : `${invalid.length} of ${verdicts.length} entit${verdicts.length === 1 ? "y is" : "ies are"} invalid, ${invalid.reduce((n, v) => n + v.issues.length, 0)} issue(s)`,
    ],
  );
  if (invalid.length > 0) {
    throw new CliError(
      "CLI_NOT_CONFORMANT",
      `${file} is not OSLO-conformant: ${invalid.length} of ${verdicts.length} invalid`,
      {
        hint: "fix each path listed above; the models are documented in @digitale-nuts/oslo (JSON Schema: buildJsonSchemas)",
      },
    );
  }
}
