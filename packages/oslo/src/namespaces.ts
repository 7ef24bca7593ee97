/**
 * IRI namespaces used by the Digitale Nuts application profile.
 *
 * OSLO and W3C vocabularies are reused where they fit; terms OSLO does not (yet) have — the
 * supervision of utility works — live in our own namespace `dn`. Its base is a w3id.org
 * permanent identifier so that it can be redirected when the programme settles on a host.
 * @example
 * const dctDescription = `${NS.dct}description`; // "http://purl.org/dc/terms/description"
 */
export const NS = {
  mobiliteit: "https://data.vlaanderen.be/ns/mobiliteit#",
  generiek: "https://data.vlaanderen.be/ns/generiek#",
  adres: "https://data.vlaanderen.be/ns/adres#",
  besluit: "http://data.vlaanderen.be/ns/besluit#",
  gipod: "https://gipod.vlaanderen.be/ns/gipod#",
  locn: "http://www.w3.org/ns/locn#",
  m8g: "http://data.europa.eu/m8g/",
  adms: "http://www.w3.org/ns/adms#",
  dct: "http://purl.org/dc/terms/",
  org: "http://www.w3.org/ns/org#",
  sosa: "http://www.w3.org/ns/sosa/",
  prov: "http://www.w3.org/ns/prov#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  geosparql: "http://www.opengis.net/ont/geosparql#",
  schema: "https://schema.org/",
  foaf: "http://xmlns.com/foaf/0.1/",
  wgs84: "http://www.w3.org/2003/01/geo/wgs84_pos#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  sh: "http://www.w3.org/ns/shacl#",
  dn: "https://w3id.org/digitale-nuts/ns#",
} as const;

/**
 * Prefix of a namespace in {@link NS}.
 * @example
 * const prefix: Prefix = "mobiliteit";
 * NS[prefix]; // "https://data.vlaanderen.be/ns/mobiliteit#"
 */
export type Prefix = keyof typeof NS;

/**
 * Base IRI of every concept and concept scheme the SDK publishes.
 * @example
 * const schemeUri = `${CONCEPT_BASE}conceptscheme/zonetype`; // Zonetypes.uri
 */
export const CONCEPT_BASE = "https://w3id.org/digitale-nuts/id/";

/**
 * Expands a compact IRI such as `dct:description` to a full IRI; full IRIs pass unchanged.
 * @example
 * expandIri("dct:description"); // "http://purl.org/dc/terms/description"
 */
export function expandIri(compact: string): string {
  const colon = compact.indexOf(":");
  if (colon < 0) throw new Error(`Not a compact IRI: "${compact}"`);
  const prefix = compact.slice(0, colon);
  if (prefix in NS) return NS[prefix as Prefix] + compact.slice(colon + 1);
  return compact;
}
