import {
  Grondwerkcategorieen,
  type Inname,
  InnameStatussen,
  type Mobiliteitshinder,
  type Signalisatievergunning,
  Vergunningsstatussen,
} from "@digitale-nuts/oslo";
import type { LatLon } from "./geo.js";

/**
 * The slim view of a work the planner needs. Coded fields hold oslo codes where one exists
 * (`categorie_1`, `in_uitvoering`, `afgeleverd`); any other string is kept and normalised, so
 * DN_DISPATCH records (`"VERGUND"`, `"Categorie 1"`, `"AFGELEVERD"`) work unchanged.
 * @example
 * const work: PlanningWork = { id: "gipod-19170001", gipodId: "19170001", status: "in_uitvoering", postcode: "2018",
 *   category: "categorie_1", permitStatus: "afgeleverd", startDate: "2026-03-09", endDate: "2026-03-20" };
 */
export interface PlanningWork {
  /** The city's id of the work (DN: `gipod-<id>-<row>`). */
  readonly id: string;
  readonly gipodId?: string;
  /** Occupancy status (oslo `InnameStatussen` code, or a DN dispatch status such as `VERGUND`). */
  readonly status: string;
  /** The status exactly as the source spelled it (DN `sourceStatus`). */
  readonly sourceStatus?: string;
  /** Groundwork category (oslo `Grondwerkcategorieen` code or label). */
  readonly category?: string;
  /** Signalisation permit status (oslo `Vergunningsstatussen` code, or DN's `ONBEKEND_MAAR_VERWACHT`, …). */
  readonly permitStatus?: string;
  /** A-SIGN permit reference key (DN `permitRefKey`). */
  readonly permitRefKey?: string;
  /** Permit reference id (DN `permitReferenceId`). */
  readonly permitReferenceId?: string;
  /** The permit dossier's own status text (DN `permitDossierStatus`), e.g. "Vergunning afgelopen". */
  readonly permitDossierStatus?: string;
  readonly district?: string;
  readonly postcode: string;
  /** First day of the work, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** Last day of the work, `YYYY-MM-DD`. */
  readonly endDate: string;
  readonly location?: LatLon;
  /** `exact`, `postcode`, `geocode` or `gps` (oslo `Locatiebronnen`). */
  readonly locationSource?: string;
  /** Utility company (oslo `Nutsbedrijven` code or name). */
  readonly utility?: string;
  /** Contractor (an organisation, never a person). */
  readonly contractor?: string;
  /** GIPOD's severe-hindrance flag. */
  readonly severeHindrance?: boolean;
  /** GIPOD hindrance consequences (oslo `Gevolgtypes` codes). */
  readonly consequences?: readonly string[];
}

/**
 * What {@link toPlanningWork} cannot read from the occupancy itself.
 * @example
 * const extras: PlanningWorkExtras = { postcode: "2018", district: "Antwerpen", contractor: "aannemer-017" };
 * const work = toPlanningWork(grondwerk, { ...extras, vergunning });
 */
export interface PlanningWorkExtras {
  /** The city's id; default `gipod-<gipodId>`. */
  readonly id?: string;
  /** The signalisation permit, when known (GIPOD or A-SIGN). */
  readonly vergunning?: Signalisatievergunning;
  /** The mobility hindrance the occupancy causes, for severity and consequences. */
  readonly hinder?: Mobiliteitshinder;
  readonly postcode?: string;
  readonly district?: string;
  readonly location?: LatLon;
  readonly contractor?: string;
}

const normaliseRaw = (raw: string) =>
  raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** Memoises a normaliser: code-list lookups are costly and the same few spellings repeat across works. */
function memoised(fn: (raw: string) => string): (raw: string | undefined) => string {
  const cache = new Map<string, string>();
  return (raw) => {
    if (raw === undefined) return "onbekend";
    let code = cache.get(raw);
    if (code === undefined) {
      code = raw.trim() ? fn(raw.trim()) : "onbekend";
      if (cache.size > 10_000) cache.clear();
      cache.set(raw, code);
    }
    return code;
  };
}

/**
 * Normalises a category to its oslo code (`"Categorie 1"` → `categorie_1`); empty → `onbekend`.
 * @example
 * categoryCode("Categorie 1"); // "categorie_1"
 * categoryCode(undefined); // "onbekend"
 */
export const categoryCode: (raw: string | undefined) => string = memoised(
  (raw) => Grondwerkcategorieen.find(raw)?.code ?? normaliseRaw(raw),
);

/**
 * Normalises a permit status to its oslo code (`"AFGELEVERD"` → `afgeleverd`); empty → `onbekend`.
 * @example
 * permitStatusCode("AFGELEVERD"); // "afgeleverd"
 */
export const permitStatusCode: (raw: string | undefined) => string = memoised(
  (raw) => Vergunningsstatussen.find(raw)?.code ?? normaliseRaw(raw),
);

/**
 * Normalises an occupancy status to its oslo code (`"VERGUND"` → `concreet_gepland`, `"IN EFFECT"` → `in_uitvoering`).
 * @example
 * statusCode("VERGUND"); // "concreet_gepland"
 * statusCode("IN EFFECT"); // "in_uitvoering"
 */
export const statusCode: (raw: string | undefined) => string = memoised(
  (raw) => InnameStatussen.find(raw)?.code ?? normaliseRaw(raw),
);

/**
 * Whether the work has a signalisation permit reference (DN `hasASignPermitReference`).
 * @example
 * hasPermitReference({ ...work, permitRefKey: "ASIGN-2026-0042" }); // true
 */
export function hasPermitReference(work: PlanningWork): boolean {
  return Boolean(work.permitRefKey?.trim() || work.permitReferenceId?.trim());
}

const stripDiacritics = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * Whether the permit or source status says the permit has expired (DN `isPermitExpiredViolationWork`).
 * @example
 * isPermitExpired({ ...work, permitDossierStatus: "Vergunning afgelopen" }); // true
 */
export function isPermitExpired(work: PlanningWork): boolean {
  for (const raw of [work.permitDossierStatus, work.sourceStatus]) {
    if (!raw) continue;
    const s = stripDiacritics(raw);
    if (
      s.includes("vergunning afgelopen") ||
      s.includes("vergunning verlopen") ||
      s.includes("permit expired")
    )
      return true;
    if (s.includes("vergunning") && s.includes("afgelopen")) return true;
  }
  return permitStatusCode(work.permitStatus) === "verlopen";
}

/**
 * Maps an oslo {@link Inname} (+ its permit and hindrance) to a {@link PlanningWork}.
 * Without a permit, categories 1 and 2 get `onbekend_maar_verwacht` and others `niet_vereist`, as DN_DISPATCH derives it.
 * @example
 * const work = toPlanningWork(grondwerk, { vergunning, hinder });
 */
export function toPlanningWork(inname: Inname, extras: PlanningWorkExtras = {}): PlanningWork {
  const category = inname.type === "Grondwerk" ? inname.categorie : undefined;
  const catCode = categoryCode(category);
  const permit = extras.vergunning;
  const permitStatus = permit
    ? permit.status
    : catCode === "categorie_1" || catCode === "categorie_2"
      ? "onbekend_maar_verwacht"
      : "niet_vereist";
  const permitRef = permit?.referentie ?? permit?.identificator[0]?.identificator;
  const location = extras.location ?? meanPosition(inname.geometrie?.geojson);
  const contractor =
    extras.contractor ?? inname.contactorganisatie.find((o) => o.rol === "aannemer")?.voorkeursnaam;
  const utility =
    (inname.type === "Grondwerk" ? inname.nutsbedrijf : undefined) ??
    inname.beheerder?.nutsbedrijf ??
    inname.beheerder?.voorkeursnaam;
  const zones = [...(extras.hinder?.zone ?? []), ...inname.zone];
  const consequences = [...new Set(zones.flatMap((z) => z.gevolg))].sort();
  const severe = extras.hinder?.ernstigeHinder ?? zones.some((z) => z.ernstigeHinder === true);
  const postcode = extras.postcode ?? inname.adresvoorstelling?.postcode ?? "";
  const district = extras.district ?? inname.district;
  return {
    id: extras.id ?? `gipod-${inname.gipodId}`,
    gipodId: String(inname.gipodId),
    status: inname.status,
    sourceStatus: InnameStatussen.find(inname.status)?.prefLabel.nl ?? inname.status,
    ...(category ? { category } : {}),
    permitStatus,
    ...(permitRef ? { permitRefKey: permitRef } : {}),
    ...(permit?.status === "verlopen" ? { permitDossierStatus: "Vergunning verlopen" } : {}),
    ...(district ? { district } : {}),
    postcode,
    startDate: inname.periode.begin.slice(0, 10),
    endDate: (inname.periode.einde ?? inname.periode.begin).slice(0, 10),
    ...(location ? { location, locationSource: extras.location ? "geocode" : "exact" } : {}),
    ...(utility ? { utility } : {}),
    ...(contractor ? { contractor } : {}),
    severeHindrance: severe,
    consequences,
  };
}

/** Mean of every position in a GeoJSON geometry (a cheap representative point). */
function meanPosition(geometry: unknown): LatLon | undefined {
  let lat = 0;
  let lon = 0;
  let n = 0;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === "number" && typeof value[1] === "number") {
      lon += value[0];
      lat += value[1];
      n++;
      return;
    }
    for (const v of value) visit(v);
  };
  const g = geometry as { coordinates?: unknown; geometries?: { coordinates?: unknown }[] } | undefined;
  visit(g?.coordinates);
  for (const part of g?.geometries ?? []) visit(part.coordinates);
  return n > 0 ? { lat: lat / n, lon: lon / n } : undefined;
}
