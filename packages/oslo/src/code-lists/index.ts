import type { ConceptScheme } from "./concept-scheme.js";
import * as gipod from "./gipod.js";
import * as supervision from "./supervision.js";
import * as utilities from "./utilities.js";

export * from "./gipod.js";
export * from "./supervision.js";
export * from "./utilities.js";

/**
 * Every concept scheme the SDK publishes, keyed by its id.
 * @example
 * conceptSchemes.get("zonetype")?.title.nl; // "Zonetype"
 * for (const scheme of conceptSchemes.values()) console.log(scheme.uri, scheme.codes.length);
 */
export const conceptSchemes: ReadonlyMap<string, ConceptScheme> = new Map(
  [...Object.values(gipod), ...Object.values(supervision), ...Object.values(utilities)].map((s) => [s.id, s]),
);
