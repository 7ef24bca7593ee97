import { MUNICIPALITIES } from "../data/municipalities.js";
import { CATEGORIES, normaliseUuid, ref, STATUSES } from "../data/taxonomies.js";
import type { OccupancyItem, OccupancyType, WirePeriod, WireZone } from "../data/wire-types.js";
import { ProblemError, type RequestContext, readJson } from "../http/context.js";
import type { OccupancyPatch } from "../store.js";
import type { MockEnv } from "./env.js";
import { gipodIdParam } from "./query.js";

/**
 * The keys `PATCH /api/v1/groundworks/{id}` accepts (NGC "Groundworks").
 *
 * @example
 * PATCH_KEYS.includes("StatusId"); // true
 */
export const PATCH_KEYS = ["Period", "Description", "StatusId", "EstimatedDurationDays"] as const;

function occupancyOfType(ctx: RequestContext, env: MockEnv, type: OccupancyType): OccupancyItem {
  const id = gipodIdParam(ctx.params[0], type.toLowerCase());
  const item = env.store.get(id);
  if (!item || item["@type"] !== type)
    throw new ProblemError(404, "Not Found", `No ${type.toLowerCase()} with gipodId ${id}.`);
  return item;
}

/** `GET /api/v1/{groundworks|works|events}/{gipodId}`. */
export function getOfType(type: OccupancyType) {
  return (ctx: RequestContext, env: MockEnv): void => {
    const item = occupancyOfType(ctx, env, type);
    ctx.json(200, { "@context": `${ctx.origin}/api/v1/context/gipod.jsonld`, ...item });
  };
}

/** `POST /api/v1/groundworks` → 201 with `Location`. Status starts as *In opmaak*. */
export async function createGroundwork(ctx: RequestContext, env: MockEnv): Promise<void> {
  const body = asObject(await readJson(ctx.req), "body");
  const description = body.description;
  if (typeof description !== "string" || description.trim() === "" || description.length > 2000) {
    throw new ProblemError(
      400,
      "Bad Request",
      "description is required: a non-empty string of at most 2000 characters.",
    );
  }
  const period = parsePeriods(body.period, "period");
  const nisCode = body.nisCode ?? undefined;
  if (nisCode !== undefined && (typeof nisCode !== "string" || !MUNICIPALITIES[nisCode])) {
    throw new ProblemError(
      400,
      "Bad Request",
      `nisCode must be one of ${Object.keys(MUNICIPALITIES).join(", ")}, got ${JSON.stringify(nisCode)}.`,
    );
  }
  const categoryRaw = body.categoryId ?? (isObject(body.category) ? body.category["@id"] : undefined);
  let category = undefined as OccupancyItem["category"] | undefined;
  if (categoryRaw !== undefined) {
    const uuid = typeof categoryRaw === "string" ? normaliseUuid(categoryRaw) : undefined;
    const found = Object.values(CATEGORIES).find((c) => c.uuid === uuid);
    if (!found)
      throw new ProblemError(
        400,
        "Bad Request",
        `categoryId ${JSON.stringify(categoryRaw)} is not in the categories taxonomy.`,
      );
    category = ref(found);
  }
  const reference = body.reference;
  if (reference !== undefined && typeof reference !== "string")
    throw new ProblemError(400, "Bad Request", "reference must be a string.");
  const item = env.store.insert({
    "@type": "Groundwork",
    description,
    period,
    status: ref(STATUSES.inOpmaak),
    ...(nisCode !== undefined ? { nisCode } : {}),
    ...(category ? { category } : {}),
    ...(reference !== undefined ? { reference } : {}),
    hasConsequence: [],
    permittedBy: [],
  });
  ctx.json(201, item, { Location: `${ctx.origin}${item["@id"]}` });
}

/** `PATCH /api/v1/groundworks/{id}` with `[{ key, value }]`. Answers 200 with the updated groundwork. */
export async function patchGroundwork(ctx: RequestContext, env: MockEnv): Promise<void> {
  const item = occupancyOfType(ctx, env, "Groundwork");
  const ops = await readJson(ctx.req);
  if (!Array.isArray(ops) || ops.length === 0) {
    throw new ProblemError(
      400,
      "Bad Request",
      "The body must be a non-empty array of { key, value } operations.",
    );
  }
  let patch: OccupancyPatch = {};
  ops.forEach((op, i) => {
    const o = asObject(op, `[${i}]`);
    switch (o.key) {
      case "Period":
        patch = { ...patch, period: parsePeriods(o.value, `[${i}].value`) };
        break;
      case "Description":
        if (typeof o.value !== "string" || o.value.trim() === "")
          throw new ProblemError(400, "Bad Request", `[${i}].value must be a non-empty string.`);
        patch = { ...patch, description: o.value };
        break;
      case "StatusId": {
        const uuid = typeof o.value === "string" ? normaliseUuid(o.value) : undefined;
        const status = Object.values(STATUSES).find((s) => s.uuid === uuid);
        if (!status)
          throw new ProblemError(
            400,
            "Bad Request",
            `[${i}].value ${JSON.stringify(o.value)} is not in the statuses taxonomy.`,
          );
        patch = { ...patch, status: ref(status) };
        break;
      }
      case "EstimatedDurationDays":
        if (!Number.isInteger(o.value) || (o.value as number) < 1 || (o.value as number) > 3650) {
          throw new ProblemError(
            400,
            "Bad Request",
            `[${i}].value must be a whole number of days between 1 and 3650.`,
          );
        }
        patch = { ...patch, estimatedDuration: `P${o.value as number}D` };
        break;
      default:
        throw new ProblemError(
          400,
          "Bad Request",
          `[${i}].key ${JSON.stringify(o.key)} is not supported; use ${PATCH_KEYS.join(", ")}.`,
        );
    }
  });
  ctx.json(200, env.store.update(item.gipodId, patch));
}

/** `DELETE /api/v1/groundworks/{id}` → 204. */
export function deleteGroundwork(ctx: RequestContext, env: MockEnv): void {
  const item = occupancyOfType(ctx, env, "Groundwork");
  env.store.remove(item.gipodId);
  ctx.empty(204);
}

/** `GET /api/v1/groundworks/{id}/occurrences`: one per period. */
export function getOccurrences(ctx: RequestContext, env: MockEnv): void {
  const item = occupancyOfType(ctx, env, "Groundwork");
  ctx.json(
    200,
    item.period.map((p, i) => ({
      "@type": "Occurrence",
      id: `${item.gipodId}-${i + 1}`,
      start: p.start,
      end: p.end,
    })),
  );
}

/** `GET /api/v1/groundworks/{id}/zones`. */
export function getZones(ctx: RequestContext, env: MockEnv): void {
  ctx.json(200, occupancyOfType(ctx, env, "Groundwork").zone);
}

/** `GET /api/v1/groundworks/{id}/zones/{zoneId}`. */
export function getZone(ctx: RequestContext, env: MockEnv): void {
  const item = occupancyOfType(ctx, env, "Groundwork");
  ctx.json(200, findZone(item, ctx.params[1] ?? ""));
}

/** `PUT /api/v1/groundworks/{id}/zones/{zoneId}` with `{ geometry: { wkt } }` → 200 with the zone. */
export async function putZone(ctx: RequestContext, env: MockEnv): Promise<void> {
  const item = occupancyOfType(ctx, env, "Groundwork");
  const zone = findZone(item, ctx.params[1] ?? "");
  const body = asObject(await readJson(ctx.req), "body");
  const wkt = isObject(body.geometry) ? body.geometry.wkt : undefined;
  if (typeof wkt !== "string" || !/^(<[^>]+>\s*)?(MULTI)?POLYGON\s*\(\(/i.test(wkt.trim())) {
    throw new ProblemError(
      400,
      "Bad Request",
      "geometry.wkt must be a (MULTI)POLYGON WKT string in Lambert 72.",
    );
  }
  const updated: WireZone = { ...zone, geometry: { "@type": "Geometry", wkt: wkt.trim() } };
  env.store.update(item.gipodId, { zone: item.zone.map((z) => (z === zone ? updated : z)) });
  ctx.json(200, updated);
}

/** `GET /api/v1/groundworks/{id}/contactorganisations`. */
export function getContactOrganisations(ctx: RequestContext, env: MockEnv): void {
  ctx.json(200, occupancyOfType(ctx, env, "Groundwork").contactOrganisation);
}

function findZone(item: OccupancyItem, zoneId: string): WireZone {
  const zone = item.zone.find((z) => z["@id"].endsWith(`/zones/${zoneId}`));
  if (!zone) throw new ProblemError(404, "Not Found", `Groundwork ${item.gipodId} has no zone "${zoneId}".`);
  return zone;
}

function parsePeriods(value: unknown, where: string): WirePeriod[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0)
    throw new ProblemError(400, "Bad Request", `${where} must hold at least one { start, end }.`);
  return list.map((v, i) => {
    const o = isObject(v) ? v : {};
    const start = typeof o.start === "string" ? Date.parse(o.start) : Number.NaN;
    const end = typeof o.end === "string" ? Date.parse(o.end) : Number.NaN;
    if (Number.isNaN(start) || Number.isNaN(end) || end <= start) {
      throw new ProblemError(
        400,
        "Bad Request",
        `${where}[${i}] must be { start, end } ISO 8601 instants with end after start.`,
      );
    }
    return { "@type": "Period", start: o.start as string, end: o.end as string };
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function asObject(v: unknown, where: string): Record<string, unknown> {
  if (!isObject(v)) throw new ProblemError(400, "Bad Request", `${where} must be a JSON object.`);
  return v;
}
