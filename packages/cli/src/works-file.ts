import {
  type Inname,
  type Mobiliteitshinder,
  type OsloEntity,
  type Signalisatievergunning,
  safeParseOsloEntity,
} from "@digitale-nuts/oslo";
import { type CityProfile, type PlanningWork, toPlanningWork } from "@digitale-nuts/prioritisation";
import { CliError } from "./cli-error.js";
import { readRecords } from "./files.js";

/**
 * What a works file holds: OSLO entities, one per line (`digitale-nuts sync` writes them). Later lines
 * win per GIPOD id; a line `{"removedGipodId": N}` removes the occupancy N (an interrupted sync leaves
 * these until its final compaction).
 */
export interface WorkSet {
  readonly innames: readonly Inname[];
  readonly permits: readonly Signalisatievergunning[];
  readonly hindrances: readonly Mobiliteitshinder[];
}

const INNAME_TYPES = new Set(["Grondwerk", "Werk", "Evenement"]);

/** Checks one parsed value against the OSLO models; an invalid line is a {@link CliError} naming it. */
export function entityAt(value: unknown, path: string, line: number): OsloEntity {
  const result = safeParseOsloEntity(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new CliError(
    "CLI_RECORD_INVALID",
    `${path}, record ${line}: not a valid OSLO entity (${result.error.issues.length} issue(s); ${issue?.path}: ${issue?.message})`,
    { hint: `run \`digitale-nuts validate ${path}\` to list every issue` },
  );
}

/** Reads a works file (`.jsonl`, or a `.json` array) into occupancies, permits and hindrances. */
export async function readWorks(path: string): Promise<WorkSet> {
  const innames = new Map<number, Inname>();
  const permits = new Map<string, Signalisatievergunning>();
  const hindrances = new Map<number, Mobiliteitshinder>();
  for (const { value, line } of await readRecords(path, "works file")) {
    const removed = (value as { removedGipodId?: unknown } | null)?.removedGipodId;
    if (typeof removed === "number") {
      innames.delete(removed);
      continue;
    }
    const entity = entityAt(value, path, line);
    if (INNAME_TYPES.has(entity.type)) innames.set((entity as Inname).gipodId, entity as Inname);
    else if (entity.type === "Signalisatievergunning") {
      const permit = entity as Signalisatievergunning;
      permits.set(String(permit.gipodId ?? permit.referentie ?? `${path}:${line}`), permit);
    } else if (entity.type === "Mobiliteitshinder") {
      const hinder = entity as Mobiliteitshinder;
      hindrances.set(hinder.gipodId, hinder);
    }
  }
  const byId = <T>(m: Map<unknown, T>) =>
    [...m.entries()].sort(([a], [b]) => String(a).localeCompare(String(b), "en")).map(([, v]) => v);
  return { innames: byId(innames), permits: byId(permits), hindrances: byId(hindrances) };
}

/** The planner's view of the works: permits joined by occupancy id, district from the profile's areas. */
export function toPlanningWorks(set: WorkSet, profile: CityProfile): PlanningWork[] {
  const permitByInname = new Map<number, Signalisatievergunning>();
  for (const permit of set.permits) {
    for (const id of permit.innameGipodId) permitByInname.set(id, permit);
  }
  const districtByPostcode = new Map(profile.areas.map((a) => [a.postcode, a.district]));
  return set.innames.map((inname) => {
    const postcode = inname.adresvoorstelling?.postcode;
    const district = postcode ? districtByPostcode.get(postcode) : undefined;
    const vergunning = permitByInname.get(inname.gipodId);
    return toPlanningWork(inname, {
      ...(vergunning ? { vergunning } : {}),
      ...(district && !inname.district ? { district } : {}),
    });
  });
}
