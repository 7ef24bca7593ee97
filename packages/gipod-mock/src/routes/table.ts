import { CONTEXT_PATH, gipodContext, LDES_PATH, ldesFragment, ldesShape } from "../ldes/ldes.js";
import { OGC_BASE, ogcCollection, ogcCollections, ogcItem, ogcItems, ogcLanding } from "../ogc/routes.js";
import type { Handler } from "./env.js";
import {
  createGroundwork,
  deleteGroundwork,
  getContactOrganisations,
  getOccurrences,
  getOfType,
  getZone,
  getZones,
  patchGroundwork,
  putZone,
} from "./groundworks.js";
import { getOccupancy, listOccupancies } from "./occupancies.js";
import {
  getHindrance,
  getNotification,
  getOrganisation,
  getTaxonomy,
  listDetours,
  listHindrances,
  listNotifications,
  putNotification,
} from "./resources.js";

/** One route: method, path pattern, name (stats, faults), scopes (any one suffices; none = anonymous). */
export interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly name: string;
  readonly scopes: readonly string[];
  /** A paged list (`duplicate` applies); `drift` also applies when `drift` is set. */
  readonly list?: boolean;
  readonly drift?: boolean;
  /** Lives under `/api/v1` and `/api/v2` (REST); other routes have fixed paths. */
  readonly versioned: boolean;
  readonly handler: Handler | "token" | "discovery";
}

const READ = ["gipod_pdo_read"];
const WRITE = ["gipod_pdo_write"];
const MH = ["gipod_mh_read"];
const NOTIF = ["gipod_notifications"];
const ID = "(\\d+)";
const SEG = "([^/]+)";

const rest = (
  method: string,
  path: string,
  name: string,
  scopes: readonly string[],
  handler: Handler,
  extra: Partial<Route> = {},
): Route => ({
  method,
  pattern: new RegExp(`^${path}/?$`),
  name,
  scopes,
  versioned: true,
  handler,
  ...extra,
});
const fixed = (
  method: string,
  path: string,
  name: string,
  handler: Route["handler"],
  extra: Partial<Route> = {},
): Route => ({
  method,
  pattern: new RegExp(`^${path}/?$`),
  name,
  scopes: [],
  versioned: false,
  handler,
  ...extra,
});

/** Every route of the mock. REST paths are given without their `/api/vN` prefix. */
export const ROUTES: readonly Route[] = [
  fixed("POST", "/op/v1/token", "token", "token"),
  fixed("GET", "/\\.well-known/openid-configuration", "discovery", "discovery"),
  rest("GET", "/public-domain-occupancies", "occupancies", READ, listOccupancies, {
    list: true,
    drift: true,
  }),
  rest("GET", `/public-domain-occupancies/${ID}`, "occupancy", READ, getOccupancy),
  rest("GET", `/groundworks/${ID}`, "groundworks", READ, getOfType("Groundwork")),
  rest("POST", "/groundworks", "groundworks", WRITE, createGroundwork),
  rest("PATCH", `/groundworks/${ID}`, "groundworks", WRITE, patchGroundwork),
  rest("DELETE", `/groundworks/${ID}`, "groundworks", WRITE, deleteGroundwork),
  rest("GET", `/groundworks/${ID}/occurrences`, "groundworks", READ, getOccurrences),
  rest("GET", `/groundworks/${ID}/zones`, "groundworks", READ, getZones),
  rest("GET", `/groundworks/${ID}/zones/${SEG}`, "groundworks", READ, getZone),
  rest("PUT", `/groundworks/${ID}/zones/${SEG}`, "groundworks", WRITE, putZone),
  rest("GET", `/groundworks/${ID}/contactorganisations`, "groundworks", READ, getContactOrganisations),
  rest("GET", `/works/${ID}`, "works", READ, getOfType("Work")),
  rest("GET", `/events/${ID}`, "events", READ, getOfType("Event")),
  rest("GET", "/mobility-hindrances", "mobility-hindrances", MH, listHindrances, { list: true }),
  rest("GET", `/mobility-hindrances/${ID}`, "mobility-hindrance", MH, getHindrance),
  rest("GET", "/detours", "detours", MH, listDetours, { list: true }),
  rest("GET", `/organisations/${SEG}`, "organisations", READ, getOrganisation),
  rest(
    "GET",
    "/taxonomies/((?:mobility-hindrance/)?[a-z-]+)",
    "taxonomies",
    [...READ, ...MH, ...NOTIF],
    getTaxonomy,
  ),
  rest("GET", "/notifications", "notifications", NOTIF, listNotifications, { list: true }),
  rest("GET", `/notifications/${SEG}`, "notifications", NOTIF, getNotification),
  rest("PUT", `/notifications/${SEG}`, "notifications", NOTIF, putNotification),
  fixed("GET", LDES_PATH, "ldes", ldesFragment),
  fixed("GET", `${LDES_PATH}/shape`, "ldes", ldesShape),
  fixed("GET", CONTEXT_PATH, "context", gipodContext),
  fixed("GET", OGC_BASE, "ogc", ogcLanding),
  fixed("GET", `${OGC_BASE}/collections`, "ogc", ogcCollections),
  fixed("GET", `${OGC_BASE}/collections/${SEG}`, "ogc", ogcCollection),
  fixed("GET", `${OGC_BASE}/collections/${SEG}/items`, "ogc", ogcItems),
  fixed("GET", `${OGC_BASE}/collections/${SEG}/items/${SEG}`, "ogc", ogcItem),
];
