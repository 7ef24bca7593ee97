import { CONCEPT_BASE } from "../namespaces.js";
import { normaliseLabel } from "../text.js";

/**
 * How a concept is written down in a scheme definition.
 * @example
 * const def: ConceptDefinition<"kassei"> = { code: "kassei", nl: "Kassei", en: "Cobblestone", aliases: ["kasseien"] };
 */
export interface ConceptDefinition<C extends string = string> {
  /** Stable code, also the last segment of the concept URI. */
  readonly code: C;
  /** Dutch preferred label (skos:prefLabel@nl). */
  readonly nl: string;
  /** English label (skos:altLabel@en). */
  readonly en: string;
  /** Other spellings found in the wild (exports, old APIs, other cities); matched case- and accent-insensitively. */
  readonly aliases?: readonly string[];
  /** GIPOD taxonomy UUID, where GIPOD publishes one (skos:notation). */
  readonly gipodUuid?: string;
}

/**
 * A SKOS concept with a stable URI.
 * @example
 * const concept: Concept | undefined = Zonetypes.find("Hinderzone");
 * concept?.uri; // "https://w3id.org/digitale-nuts/id/concept/zonetype/hinderzone"
 */
export interface Concept<C extends string = string> {
  readonly code: C;
  readonly uri: string;
  readonly scheme: string;
  readonly prefLabel: { readonly nl: string };
  readonly altLabel: { readonly en: string };
  readonly aliases: readonly string[];
  readonly notation?: string;
  /** The equivalent GIPOD taxonomy IRI (skos:exactMatch), where known. */
  readonly exactMatch?: string;
  readonly unknown?: false;
}

/**
 * Code of a value a scheme does not know: `onbekend:` followed by the URI-encoded raw value.
 * @example
 * const code: UnknownCode = unknownCode("Acme Kabel"); // "onbekend:Acme%20Kabel"
 */
export type UnknownCode = `onbekend:${string}`;

/**
 * The explicit "unknown" concept a lookup returns for a value no scheme entry matches. The raw value is kept.
 * @example
 * const concept: Concept | UnknownConcept = Nutsbedrijven.lookup("Acme Kabel");
 * if (concept.unknown) console.warn(`unknown utility ${concept.raw} kept as ${concept.code}`); // onbekend:Acme%20Kabel
 */
export interface UnknownConcept {
  readonly code: UnknownCode;
  readonly uri: string;
  readonly scheme: string;
  readonly prefLabel: { readonly nl: "Onbekend" };
  readonly altLabel: { readonly en: "Unknown" };
  readonly raw: string;
  readonly unknown: true;
}

/**
 * A SKOS concept scheme: the concepts, their URIs and case/diacritics-insensitive lookup.
 * @example
 * const scheme: ConceptScheme = Grondwerkcategorieen;
 * scheme.lookup("cat 2").code; // "categorie_2"
 * scheme.codes; // ["categorie_1", "categorie_2", "categorie_3", "dringend"]
 */
export interface ConceptScheme<C extends string = string> {
  readonly id: string;
  readonly uri: string;
  readonly title: { readonly nl: string; readonly en: string };
  readonly concepts: readonly Concept<C>[];
  readonly codes: readonly [C, ...C[]];
  /** Finds a concept by code, URI, GIPOD UUID (or taxonomy IRI ending in it), label or alias. */
  find(value: string): Concept<C> | undefined;
  /** Like {@link find}, but a miss yields an explicit {@link UnknownConcept} keeping the raw value. */
  lookup(value: string): Concept<C> | UnknownConcept;
  /** The concept for a known code or an `onbekend:` code. */
  get(code: C | UnknownCode): Concept<C> | UnknownConcept;
}

export const UNKNOWN_PREFIX = "onbekend:";

/**
 * Builds the `onbekend:` code that keeps a raw value no scheme knows.
 * @example
 * unknownCode("Acme Kabel"); // "onbekend:Acme%20Kabel"
 */
export function unknownCode(raw: string): UnknownCode {
  return `${UNKNOWN_PREFIX}${encodeURIComponent(raw)}`;
}

/**
 * True for codes built by {@link unknownCode}.
 * @example
 * const code = Nutsbedrijven.lookup(raw).code;
 * if (isUnknownCode(code)) console.warn(`utility not in the code list: ${rawValueOf(code)}`);
 */
export function isUnknownCode(code: string): code is UnknownCode {
  return code.startsWith(UNKNOWN_PREFIX);
}

/**
 * The raw value kept in an `onbekend:` code.
 * @example
 * rawValueOf("onbekend:Acme%20Kabel"); // "Acme Kabel"
 */
export function rawValueOf(code: UnknownCode): string {
  return decodeURIComponent(code.slice(UNKNOWN_PREFIX.length));
}

const UUID_AT_END = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/**
 * Defines a concept scheme.
 *
 * @param gipodTaxonomy the GIPOD taxonomy path (e.g. `zonetypes`) whose UUIDs the concepts carry.
 * @example
 * const Weersomstandigheden = defineConceptScheme("weer", { nl: "Weer", en: "Weather" }, [
 *   { code: "droog", nl: "Droog", en: "Dry" },
 *   { code: "regen", nl: "Regen", en: "Rain", aliases: ["nat"] },
 * ]);
 * Weersomstandigheden.lookup("nat").code; // "regen"
 */
export function defineConceptScheme<const C extends string>(
  id: string,
  title: { nl: string; en: string },
  definitions: readonly [ConceptDefinition<C>, ...ConceptDefinition<C>[]],
  gipodTaxonomy?: string,
): ConceptScheme<C> {
  const schemeUri = `${CONCEPT_BASE}conceptscheme/${id}`;
  const conceptBase = `${CONCEPT_BASE}concept/${id}/`;
  const concepts = definitions.map(
    (d): Concept<C> => ({
      code: d.code,
      uri: conceptBase + d.code,
      scheme: schemeUri,
      prefLabel: { nl: d.nl },
      altLabel: { en: d.en },
      aliases: d.aliases ?? [],
      ...(d.gipodUuid
        ? {
            notation: d.gipodUuid,
            exactMatch: `https://private-api.gipod.vlaanderen.be/api/v1/taxonomies/${gipodTaxonomy}/${d.gipodUuid}`,
          }
        : {}),
    }),
  );

  const index = new Map<string, Concept<C>>();
  const add = (key: string | undefined, concept: Concept<C>) => {
    if (!key) return;
    const existing = index.get(key);
    if (existing && existing !== concept) {
      throw new Error(`Concept scheme "${id}": "${key}" names both "${existing.code}" and "${concept.code}"`);
    }
    index.set(key, concept);
  };
  for (const c of concepts) {
    add(c.uri, c);
    add(c.notation?.toLowerCase(), c);
    for (const label of [c.code, c.prefLabel.nl, c.altLabel.en, ...c.aliases]) add(normaliseLabel(label), c);
  }

  const unknown = (raw: string): UnknownConcept => {
    const code = unknownCode(raw);
    return {
      code,
      uri: `${conceptBase}${code}`,
      scheme: schemeUri,
      prefLabel: { nl: "Onbekend" },
      altLabel: { en: "Unknown" },
      raw,
      unknown: true,
    };
  };

  const find = (value: string): Concept<C> | undefined => {
    const trimmed = value.trim();
    return (
      index.get(trimmed) ??
      index.get(trimmed.match(UUID_AT_END)?.[1]?.toLowerCase() ?? "") ??
      index.get(normaliseLabel(trimmed))
    );
  };

  return {
    id,
    uri: schemeUri,
    title,
    concepts,
    codes: concepts.map((c) => c.code) as unknown as readonly [C, ...C[]],
    find,
    lookup: (value) => find(value) ?? unknown(value),
    get(code) {
      if (isUnknownCode(code)) return unknown(rawValueOf(code));
      const hit = concepts.find((c) => c.code === code);
      if (!hit) throw new Error(`Concept scheme "${id}" has no code "${code}"`);
      return hit;
    },
  };
}
