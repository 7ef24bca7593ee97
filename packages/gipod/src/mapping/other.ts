import {
  Gevolgtypes,
  type Notificatie,
  Notificatiestatussen,
  type Omleiding,
  Omleidingsstatussen,
  type Organisatie,
  safeParseNotificatie,
  safeParseOmleiding,
  safeParseOrganisatie,
} from "@digitale-nuts/oslo";
import { conceptCode } from "./concepts.js";
import { geometryFromWkt } from "./geometry.js";
import { identifiers, type MapOptions, organisation } from "./parts.js";
import { absoluteIri, compact, Reader } from "./read.js";
import { validated, withRaw } from "./validate.js";

/**
 * A GIPOD organisation resource → oslo {@link Organisatie}.
 *
 * @example
 * const organisatie = mapOrganisation(payload, { baseUrl: GIPOD_ENVIRONMENTS.production.apiBaseUrl });
 * console.log(organisatie.voorkeursnaam, organisatie.nutsbedrijf, organisatie.email);
 */
export function mapOrganisation(
  payload: unknown,
  options: MapOptions,
): Organisatie & { readonly raw?: unknown } {
  const r = new Reader("organisation");
  const mapped =
    organisation(r, r.object(payload, "(root)"), "(root)", options) ??
    r.fail("preferredName", "an organisation needs a name");
  return withRaw(validated(safeParseOrganisatie(mapped), "organisation"), payload, options.includeRaw);
}

/**
 * A GIPOD detour → oslo {@link Omleiding}. The REST detour shape is not documented (domain brief §5.9);
 * this reads `id`/`gipodId`, `description`, `status`, `hindrance{gipodId}`, `geometry.wkt`, `consequence[]`.
 *
 * @example
 * const omleiding = mapDetour(payload, { baseUrl: GIPOD_ENVIRONMENTS.production.apiBaseUrl });
 * console.log(omleiding.hinderGipodId, omleiding.status);
 */
export function mapDetour(payload: unknown, options: MapOptions): Omleiding & { readonly raw?: unknown } {
  const r = new Reader("detour");
  const o = r.object(payload, "(root)");
  const gipodId = o.gipodId === undefined || o.gipodId === null ? undefined : r.id(o.gipodId, "gipodId");
  const hindrance = r.optObject(o.hindrance ?? o.mobilityHindrance, "hindrance");
  const hinderRaw = hindrance?.gipodId ?? o.hindranceGipodId;
  const geometry = r.optObject(o.geometry, "geometry");
  const wkt = r.optString(geometry?.wkt, "geometry.wkt");
  const record = compact({
    type: "Omleiding" as const,
    id: absoluteIri(r.optString(o["@id"], "@id"), options.baseUrl),
    gipodId,
    identificator: [
      ...identifiers(r, o.identifier, gipodId, "identifier"),
      ...(typeof o.id === "string" && o.id !== "" ? [{ identificator: o.id, soort: "omleidingId" }] : []),
    ],
    beschrijving: r.optString(o.description, "description"),
    status:
      o.status === undefined || o.status === null ? undefined : conceptCode(Omleidingsstatussen, o.status),
    hinderGipodId:
      hinderRaw === undefined || hinderRaw === null ? undefined : r.id(hinderRaw, "hindrance.gipodId"),
    geometrie: wkt ? geometryFromWkt(wkt, "geometry.wkt", r.source) : undefined,
    gevolg: r
      .array(o.consequence, "consequence")
      .map((c) => conceptCode(Gevolgtypes, c))
      .filter((c) => c !== undefined),
    aangemaaktOp: r.optString(o.createdOn, "createdOn"),
    laatstGewijzigdOp: r.optString(o.lastModifiedOn, "lastModifiedOn"),
  });
  return withRaw(validated(safeParseOmleiding(record), "detour"), payload, options.includeRaw);
}

/**
 * A GIPOD notification → oslo {@link Notificatie}. Status by taxonomy id, then label; unknown → `onbekend:`.
 *
 * @example
 * const notificatie = mapNotification(payload, { baseUrl: GIPOD_ENVIRONMENTS.production.apiBaseUrl });
 * console.log(notificatie.notificatieId, notificatie.soort, notificatie.status);
 */
export function mapNotification(
  payload: unknown,
  options: MapOptions,
): Notificatie & { readonly raw?: unknown } {
  const r = new Reader("notification");
  const o = r.object(payload, "(root)");
  const id = r.optString(o.id ?? o.notificationId, "id") ?? r.fail("id", "a notification needs an id");
  const type = r.optObject(o.type ?? o.notificationType, "type");
  const soort =
    r.optString(type?.prefLabel ?? type?.label, "type.prefLabel") ??
    r.optString(type?.["@id"], "type.@id") ??
    r.fail("type", "a notification needs a type");
  const gipodRaw = o.gipodId ?? r.optObject(o.data, "data")?.gipodId;
  const record = compact({
    type: "Notificatie" as const,
    id: absoluteIri(r.optString(o["@id"], "@id"), options.baseUrl),
    notificatieId: id,
    soort,
    status: conceptCode(Notificatiestatussen, o.status) ?? r.fail("status", "a notification needs a status"),
    gipodId: gipodRaw === undefined || gipodRaw === null ? undefined : String(r.id(gipodRaw, "gipodId")),
    aangemaaktOp: r.string(o.createdOn, "createdOn"),
    gewijzigdOp: r.optString(o.lastModifiedOn, "lastModifiedOn"),
  });
  return withRaw(validated(safeParseNotificatie(record), "notification"), payload, options.includeRaw);
}
