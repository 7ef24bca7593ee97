// What the planner hands the inspector's tablet: the planned visit and the work it is about.
import type { WorkContext } from "@digitale-nuts/findings";
import type { Toezichtbezoek } from "@digitale-nuts/oslo";

/** Today's START visit of GIPOD work 10045378 by inspector `insp-07` (a pseudonym, never a name). */
export const visit: Toezichtbezoek = {
  type: "Toezichtbezoek",
  bezoekId: "b-2026-0311-01",
  bezoektype: "START",
  geplandeDatum: "2026-03-11",
  toezichter: "insp-07",
  gipodId: "10045378",
};

/** The work as the city knows it; it becomes the finding's fingerprinted, immutable context. */
export const work: WorkContext = {
  werkId: "gipod-10045378",
  adres: { straatnaam: "Meir", huisnummer: "12", postcode: "2000", gemeentenaam: "Antwerpen" },
  district: "Antwerpen",
  nutsbedrijf: "fluvius",
  locatie: { breedtegraad: 51.2194, lengtegraad: 4.4025 },
  locatiebron: "exact",
};
