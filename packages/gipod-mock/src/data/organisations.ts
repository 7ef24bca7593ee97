import { stableUuid } from "./stable-uuid.js";

/**
 * An organisation as GIPOD references it (`owner`, `createdBy`, …).
 *
 * @example
 * const owners: OrganisationRef[] = mock.store.occupancies().map((o) => o.owner);
 * const names = new Set(owners.map((o) => o.preferredName));
 */
export interface OrganisationRef {
  readonly "@id": string;
  readonly "@type": "Organisation";
  readonly preferredName: string;
}

/**
 * An organisation resource (`GET /api/v1/organisations/{uuid}`).
 *
 * @example
 * const [item] = mock.store.occupancies();
 * const org: Organisation | undefined = item && mock.store.organisation(item.owner["@id"].split("/").pop() ?? "");
 * console.log(org?.preferredName, org?.email); // a functional address such as "gipod@fluvius.example"
 */
export interface Organisation extends OrganisationRef {
  readonly id: string;
  /** Functional contact only; never a person. */
  readonly email: string;
  readonly website: string;
}

const cache = new Map<string, Organisation>();

/** The organisation (UUID invented but stable) for a name. */
export function organisation(preferredName: string): Organisation {
  let hit = cache.get(preferredName);
  if (!hit) {
    hit = buildOrganisation(preferredName);
    cache.set(preferredName, hit);
  }
  return hit;
}

function buildOrganisation(preferredName: string): Organisation {
  const id = stableUuid(`organisation:${preferredName}`);
  const slug = preferredName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return {
    "@id": `/api/v1/organisations/${id}`,
    "@type": "Organisation",
    preferredName,
    id,
    email: `gipod@${slug}.example`,
    website: `https://www.${slug}.example`,
  };
}

/** Reference form of an organisation. */
export function organisationRef(o: OrganisationRef): OrganisationRef {
  return { "@id": o["@id"], "@type": "Organisation", preferredName: o.preferredName };
}

/** Utility companies and what kind of work they register. */
export const UTILITIES: Readonly<Record<string, readonly string[]>> = {
  Fluvius: [
    "aansluiting gas",
    "aansluiting elektriciteit",
    "vervanging laagspanningskabel",
    "herstelling gasleiding",
  ],
  Proximus: ["aanleg glasvezel", "herstelling telefoonkabel", "aansluiting glasvezel"],
  Telenet: ["herstelling coaxkabel", "aansluiting kabelnet"],
  Wyre: ["aanleg glasvezel", "netuitbreiding"],
  Orange: ["aanleg glasvezel", "plaatsing antenne-aansluiting"],
  "De Watergroep": ["vervanging waterleiding", "aansluiting drinkwater", "herstelling lek"],
  "Water-link": ["vervanging waterleiding", "aansluiting drinkwater", "herstelling lek"],
  Farys: ["vervanging waterleiding", "aansluiting drinkwater"],
  Pidpa: ["aansluiting drinkwater", "herstelling lek"],
};

/** Contractors who request signalisation permits (companies only, no personal names). */
export const CONTRACTORS: readonly string[] = [
  "Kabelwerken Vlaanderen BV",
  "Wegenbouw Schelde NV",
  "Signalisatie Noord BV",
  "Leidingbouw Kempen NV",
  "Infra Kust en Polder BV",
];
