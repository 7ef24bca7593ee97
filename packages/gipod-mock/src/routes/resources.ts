import { NOTIFICATION_STATUSES, normaliseUuid, ref, TAXONOMIES } from "../data/taxonomies.js";
import { formatStamp } from "../data/timestamp.js";
import { ProblemError, type RequestContext, readJson } from "../http/context.js";
import type { MockEnv } from "./env.js";
import { gipodIdParam, instantParam, niscodes, pageOf, paging } from "./query.js";

/** `GET /api/v1/mobility-hindrances?limit&offset&niscode`: bare array by gipodId, `X-Total-Count`. */
export function listHindrances(ctx: RequestContext, env: MockEnv): void {
  const p = paging(ctx.url, { limit: 50, maxLimit: 500 });
  const nis = niscodes(ctx.url);
  const items = env.store.hindrances().filter((h) => !nis || nis.has(h.nisCode));
  ctx.json(200, pageOf(items, p, ctx.fault?.kind === "duplicate"), { "X-Total-Count": String(items.length) });
}

/** `GET /api/v1/mobility-hindrances/{gipodId}`: the latest state. */
export function getHindrance(ctx: RequestContext, env: MockEnv): void {
  const id = gipodIdParam(ctx.params[0], "mobility hindrance");
  const item = env.store.hindrance(id);
  if (!item) throw new ProblemError(404, "Not Found", `No mobility hindrance with gipodId ${id}.`);
  ctx.json(200, item);
}

/** `GET /api/v1/detours?limit&offset`. */
export function listDetours(ctx: RequestContext, env: MockEnv): void {
  const p = paging(ctx.url, { limit: 50, maxLimit: 500 });
  const items = env.store.detours();
  ctx.json(200, pageOf(items, p, ctx.fault?.kind === "duplicate"), { "X-Total-Count": String(items.length) });
}

/** `GET /api/v1/organisations/{uuid}`. */
export function getOrganisation(ctx: RequestContext, env: MockEnv): void {
  const org = env.store.organisation(ctx.params[0] ?? "");
  if (!org) throw new ProblemError(404, "Not Found", `No organisation with id "${ctx.params[0] ?? ""}".`);
  ctx.json(200, org);
}

/** `GET /api/v1/taxonomies/{name}` → `[{@id, prefLabel}]`. */
export function getTaxonomy(ctx: RequestContext): void {
  const name = ctx.params[0] ?? "";
  const entries = TAXONOMIES[name];
  if (!entries) {
    throw new ProblemError(
      404,
      "Not Found",
      `No taxonomy "${name}". Known: ${Object.keys(TAXONOMIES).join(", ")}.`,
    );
  }
  ctx.json(200, entries.map(ref));
}

/**
 * `GET /api/v1/notifications?status=&since=&limit=&offset=`: bare array ordered by createdOn, `X-Total-Count`.
 * `status` (alias `statusId`, repeatable) is a notification-status UUID; `since` keeps lastModifiedOn ≥ since.
 */
export function listNotifications(ctx: RequestContext, env: MockEnv): void {
  const p = paging(ctx.url, { limit: 50, maxLimit: 500 });
  const statuses = [...ctx.url.searchParams.getAll("status"), ...ctx.url.searchParams.getAll("statusId")].map(
    (raw) => {
      const uuid = normaliseUuid(raw);
      if (!uuid)
        throw new ProblemError(
          400,
          "Bad Request",
          `status must be a notification-status UUID, got "${raw}".`,
        );
      return uuid;
    },
  );
  const since = instantParam(ctx.url, "since");
  const sinceText = since ? formatStamp(since) : undefined;
  const items = env.store
    .notifications()
    .filter((n) => statuses.length === 0 || statuses.some((s) => n.status["@id"].endsWith(s)))
    .filter((n) => sinceText === undefined || n.lastModifiedOn >= sinceText);
  ctx.json(200, pageOf(items, p, ctx.fault?.kind === "duplicate"), { "X-Total-Count": String(items.length) });
}

/** `GET /api/v1/notifications/{id}`. */
export function getNotification(ctx: RequestContext, env: MockEnv): void {
  const n = env.store.notification(ctx.params[0] ?? "");
  if (!n) throw new ProblemError(404, "Not Found", `No notification with id "${ctx.params[0] ?? ""}".`);
  ctx.json(200, n);
}

/** `PUT /api/v1/notifications/{id}` with `{ "statusId": "<uuid>" }` → 204. */
export async function putNotification(ctx: RequestContext, env: MockEnv): Promise<void> {
  const id = ctx.params[0] ?? "";
  if (!env.store.notification(id))
    throw new ProblemError(404, "Not Found", `No notification with id "${id}".`);
  const body = await readJson(ctx.req);
  const raw =
    typeof body === "object" && body !== null ? (body as { statusId?: unknown }).statusId : undefined;
  const uuid = typeof raw === "string" ? normaliseUuid(raw) : undefined;
  const status = Object.values(NOTIFICATION_STATUSES).find((s) => s.uuid === uuid);
  if (!status) {
    throw new ProblemError(
      400,
      "Bad Request",
      `statusId must be one of the notification-statuses taxonomy UUIDs, got ${JSON.stringify(raw ?? null)}.`,
    );
  }
  env.store.setNotificationStatus(id, ref(status));
  ctx.empty(204);
}
