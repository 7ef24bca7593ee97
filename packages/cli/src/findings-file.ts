import type { FindingRecord } from "@digitale-nuts/findings";
import { safeParseVaststelling, type Vaststelling } from "@digitale-nuts/oslo";
import { CliError } from "./cli-error.js";
import { readRecords } from "./files.js";

/** Findings as read from a file: full records (with audit chain) or bare OSLO `Vaststelling`s. */
export interface FindingSet {
  /** Records `{ vaststelling, meta, audit }` (what the sync server stores and exports). */
  readonly records: readonly FindingRecord[];
  /** Every finding's `Vaststelling` (of the records too), in file order. */
  readonly vaststellingen: readonly Vaststelling[];
}

/** True for a finding record shape (`vaststelling` + `audit`). */
export function isFindingRecord(value: unknown): value is FindingRecord {
  return (
    typeof value === "object" &&
    value !== null &&
    "vaststelling" in value &&
    Array.isArray((value as { audit?: unknown }).audit)
  );
}

/** Checks a `Vaststelling` (bare or inside a record); an invalid one is a {@link CliError} naming its record. */
export function vaststellingAt(value: unknown, path: string, line: number): Vaststelling {
  const result = safeParseVaststelling(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new CliError(
    "CLI_FINDING_INVALID",
    `${path}, record ${line}: not a valid Vaststelling (${result.error.issues.length} issue(s); ${issue?.path}: ${issue?.message})`,
    { hint: `run \`digitale-nuts findings validate ${path}\` for every issue` },
  );
}

/** Reads findings from JSONL (or a JSON array / object): records or bare `Vaststelling`s. */
export async function readFindings(path: string): Promise<FindingSet> {
  const records: FindingRecord[] = [];
  const vaststellingen: Vaststelling[] = [];
  for (const { value, line } of await readRecords(path, "findings file")) {
    if (isFindingRecord(value)) {
      // Checked, but kept as read: the audit chain hashes the record exactly as it was stored.
      vaststellingAt(value.vaststelling, path, line);
      records.push(value);
      vaststellingen.push(value.vaststelling);
    } else vaststellingen.push(vaststellingAt(value, path, line));
  }
  return { records, vaststellingen };
}
