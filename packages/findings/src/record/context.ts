import type { Positie, Toezichtbezoek, Vaststelling, Vaststellingscontext } from "@digitale-nuts/oslo";
import { ContextTamperedError } from "../errors.js";
import { hashCanonical } from "../hash.js";

/** The SHA-256 fingerprint of an immutable context, over its canonical JSON (sorted keys, no whitespace). */
export function fingerprintContext(context: Vaststellingscontext): Promise<string> {
  return hashCanonical(context);
}

/** Throws {@link ContextTamperedError} when the context no longer matches `contextVingerafdruk`. */
export async function assertContextUnchanged(vaststelling: Vaststelling): Promise<void> {
  const actual = await fingerprintContext(vaststelling.context);
  if (actual !== vaststelling.contextVingerafdruk) {
    throw new ContextTamperedError(vaststelling.vaststellingId, vaststelling.contextVingerafdruk, actual);
  }
}

/** What the work adds to a visit's context (the visit itself knows gipodId, date, type and inspector). */
export type WorkContext = Omit<
  Vaststellingscontext,
  "gipodId" | "geplandeDatum" | "bezoektype" | "toezichter"
>;

/** The immutable context of a finding made during a planned {@link Toezichtbezoek}. */
export function contextFromVisit(visit: Toezichtbezoek, work: WorkContext): Vaststellingscontext {
  return {
    ...work,
    ...(visit.gipodId !== undefined ? { gipodId: visit.gipodId } : {}),
    geplandeDatum: visit.geplandeDatum,
    bezoektype: visit.bezoektype,
    ...(visit.toezichter !== undefined ? { toezichter: visit.toezichter } : {}),
  };
}

/** The context of a "free" finding: only the device's GPS position, no planned visit. */
export function freeContext(
  position: Positie,
  extra: Partial<Omit<Vaststellingscontext, "locatie" | "locatiebron">> = {},
): Vaststellingscontext {
  return { ...extra, locatie: position, locatiebron: "gps" };
}

/** A finding without a work: no GIPOD id and no city work id. */
export function isFreeFinding(context: Partial<Vaststellingscontext> | undefined): boolean {
  return !context?.gipodId && !context?.werkId;
}
