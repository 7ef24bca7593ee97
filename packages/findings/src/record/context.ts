import type { Positie, Toezichtbezoek, Vaststelling, Vaststellingscontext } from "@digitale-nuts/oslo";
import { ContextTamperedError } from "../errors.js";
import { hashCanonical } from "../hash.js";

/**
 * The SHA-256 fingerprint of an immutable context, over its canonical JSON (sorted keys, no whitespace).
 *
 * @example
 * const unchanged = (await fingerprintContext(record.vaststelling.context)) === record.vaststelling.contextVingerafdruk;
 */
export function fingerprintContext(context: Vaststellingscontext): Promise<string> {
  return hashCanonical(context);
}

/**
 * Throws {@link ContextTamperedError} when the context no longer matches `contextVingerafdruk`.
 *
 * @example
 * await assertContextUnchanged(record.vaststelling); // throws ContextTamperedError when the context was edited
 */
export async function assertContextUnchanged(vaststelling: Vaststelling): Promise<void> {
  const actual = await fingerprintContext(vaststelling.context);
  if (actual !== vaststelling.contextVingerafdruk) {
    throw new ContextTamperedError(vaststelling.vaststellingId, vaststelling.contextVingerafdruk, actual);
  }
}

/**
 * What the work adds to a visit's context (the visit itself knows gipodId, date, type and inspector).
 *
 * @example
 * const work: WorkContext = {
 *   werkId: "W-2026-0412", district: "Berchem", nutsbedrijf: "fluvius",
 *   locatie: { breedtegraad: 51.1984, lengtegraad: 4.4331 }, locatiebron: "exact",
 * };
 */
export type WorkContext = Omit<
  Vaststellingscontext,
  "gipodId" | "geplandeDatum" | "bezoektype" | "toezichter"
>;

/**
 * The immutable context of a finding made during a planned {@link Toezichtbezoek}.
 *
 * @example
 * const context = contextFromVisit(visit, work);
 * context.bezoektype; // the visit's, e.g. "START"
 */
export function contextFromVisit(visit: Toezichtbezoek, work: WorkContext): Vaststellingscontext {
  return {
    ...work,
    ...(visit.gipodId !== undefined ? { gipodId: visit.gipodId } : {}),
    geplandeDatum: visit.geplandeDatum,
    bezoektype: visit.bezoektype,
    ...(visit.toezichter !== undefined ? { toezichter: visit.toezichter } : {}),
  };
}

/**
 * The context of a "free" finding: only the device's GPS position, no planned visit.
 *
 * @example
 * const context = freeContext({ breedtegraad: 51.2194, lengtegraad: 4.4025, nauwkeurigheid: 8 }, { district: "Antwerpen" });
 * context.locatiebron; // "gps"
 */
export function freeContext(
  position: Positie,
  extra: Partial<Omit<Vaststellingscontext, "locatie" | "locatiebron">> = {},
): Vaststellingscontext {
  return { ...extra, locatie: position, locatiebron: "gps" };
}

/**
 * A finding without a work: no GIPOD id and no city work id.
 *
 * @example
 * isFreeFinding({ gipodId: "19023456" }); // false
 * isFreeFinding(record.vaststelling.context); // true for a finding made with createFreeFinding
 */
export function isFreeFinding(context: Partial<Vaststellingscontext> | undefined): boolean {
  return !context?.gipodId && !context?.werkId;
}
