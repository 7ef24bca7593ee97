import { CanoniekeStatussen, Synctypes, Vaststelling } from "@digitale-nuts/oslo";
import { z } from "zod";
import { cell, code, generatedNotice, table } from "./markdown.js";
import { json, writeDocsFile } from "./output.js";

/**
 * The sync API (`POST /api/inspecties/sync`, protocol v1) as an OpenAPI 3.1 document.
 *
 * The request schema is the findings package's own `SyncRequestSchema` (zod → JSON Schema). The response
 * schemas are written here from the handler's documented shapes, and then every example is produced by
 * running the real `handleSyncRequest` against an in-memory PGlite store and checked against those schemas:
 * if the handler's responses drift from this document, the docs build fails.
 */

const PATH = "/api/inspecties/sync";

// Response shapes ---------------------------------------------------------------------------------

const Ack = z
  .object({
    outcome: z.enum(["accepted", "duplicate"]),
    inspectionId: z.string(),
    idempotencyKey: z.string(),
    syncEventId: z.string(),
    processedAt: z.iso.datetime({ offset: true }),
    serverVersion: z.string(),
    mappedStatus: z.enum(CanoniekeStatussen.codes),
    statusMappingSource: z.string(),
  })
  .strict();
const AckResponse = Ack.extend({
  applied: z
    .boolean()
    .describe("Whether the event moved the finding's latest state forward (last writer wins)."),
}).strict();
const ConflictResponse = z
  .object({
    outcome: z.literal("conflict"),
    error: z.literal("IDEMPOTENCY_CONFLICT"),
    message: z.string(),
    original: Ack.describe("The acknowledgement of the event first stored under this key."),
  })
  .strict();
const ValidationResponse = z
  .object({
    outcome: z.literal("rejected"),
    error: z.literal("VALIDATION_FAILED"),
    details: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() }).strict()).min(1),
  })
  .strict();
const BadRequestResponse = z
  .object({
    outcome: z.literal("rejected"),
    error: z.enum(["BAD_JSON", "EMPTY_BODY"]),
    message: z.string().optional(),
  })
  .strict();
const TooLargeResponse = z
  .object({
    outcome: z.literal("rejected"),
    error: z.literal("PAYLOAD_TOO_LARGE"),
    maxBytes: z.number().int().positive(),
  })
  .strict();
const MethodResponse = z
  .object({ outcome: z.literal("rejected"), error: z.literal("METHOD_NOT_ALLOWED") })
  .strict();
const ServerErrorResponse = z
  .object({ outcome: z.literal("failed"), error: z.literal("SYNC_ENDPOINT_ERROR") })
  .strict();

interface StatusDoc {
  readonly status: number;
  readonly schemaName: string;
  readonly schema: z.ZodType;
  readonly summary: string;
  readonly description: string;
  readonly headers?: Record<string, unknown>;
}

const STATUSES: readonly StatusDoc[] = [
  {
    status: 201,
    schemaName: "SyncAck",
    schema: AckResponse,
    summary: "Accepted",
    description:
      "Stored. The event insert and the latest-state upsert were committed before this answer was built.",
  },
  {
    status: 208,
    schemaName: "SyncAck",
    schema: AckResponse,
    summary: "Duplicate",
    description:
      "Already stored: same idempotency key and the same canonical payload hash. The original event's acknowledgement comes back, so a retry after a lost answer is safe.",
  },
  {
    status: 400,
    schemaName: "SyncBadRequest",
    schema: BadRequestResponse,
    summary: "Bad JSON",
    description: "The body is empty or not valid UTF-8 JSON. Final: the outbox does not retry it.",
  },
  {
    status: 405,
    schemaName: "SyncMethodNotAllowed",
    schema: MethodResponse,
    summary: "Method not allowed",
    description: "Any method other than POST on this path. Final.",
    headers: { Allow: { description: "Always `POST`.", schema: { type: "string", const: "POST" } } },
  },
  {
    status: 409,
    schemaName: "SyncConflict",
    schema: ConflictResponse,
    summary: "Idempotency conflict",
    description:
      "The key was used before for another payload. The original acknowledgement is returned and the rejected payload is kept for review (`dn_sync_conflicts`). Final: raise the mutation version instead.",
  },
  {
    status: 413,
    schemaName: "SyncTooLarge",
    schema: TooLargeResponse,
    summary: "Payload too large",
    description: "The body exceeds the limit (25 MiB by default, option `maxBodyBytes`). Final.",
  },
  {
    status: 422,
    schemaName: "SyncValidationFailed",
    schema: ValidationResponse,
    summary: "Validation failed",
    description:
      "Schema, key/version/id consistency, context fingerprint or audit chain failed, or a record that claims to be valid fails the checklist gates. Every problem is listed with its path. Final.",
  },
  {
    status: 500,
    schemaName: "SyncServerError",
    schema: ServerErrorResponse,
    summary: "Server error",
    description: "The store failed; nothing was committed. The outbox retries with exponential backoff.",
  },
];

// JSON Schema conversion --------------------------------------------------------------------------

type JsonSchema = Record<string, unknown>;

/** zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect), with `$defs` hoisted into `components.schemas`. */
function toComponents(name: string, schema: z.ZodType, io: "input" | "output"): Record<string, JsonSchema> {
  const raw = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  const { $schema: _drop, $defs, ...root } = raw as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const rename = (def: string) => `${name}_${def}`;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) =>
          k === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")
            ? [k, `#/components/schemas/${rename(v.slice("#/$defs/".length))}`]
            : k === "$ref" && v === "#"
              ? [k, `#/components/schemas/${name}`]
              : [k, rewrite(v)],
        ),
      );
    }
    return value;
  };
  const out: Record<string, JsonSchema> = { [name]: rewrite(root) as JsonSchema };
  for (const [def, s] of Object.entries($defs ?? {})) out[rename(def)] = rewrite(s) as JsonSchema;
  return out;
}

/** Every `$ref` in the document must point at a component that exists. */
function assertRefsResolve(doc: JsonSchema): void {
  const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "$ref") {
          const target = String(v).replace("#/components/schemas/", "");
          if (!String(v).startsWith("#/components/schemas/") || !(target in schemas))
            throw new Error(`OpenAPI: dangling $ref ${String(v)}`);
        } else walk(v);
      }
    }
  };
  walk(doc);
}

// Live examples -----------------------------------------------------------------------------------

interface Example {
  readonly summary: string;
  readonly request?: { method: string; headers: Record<string, string>; body: unknown };
  readonly response: { status: number; headers: Record<string, string>; body: unknown };
}

type FindingsModule = Record<string, unknown>;

/** Runs the real handler for every status code; `undefined` when the findings package lacks the pieces. */
async function liveExamples(findings: FindingsModule): Promise<Map<number, Example> | undefined> {
  const need = ["handleSyncRequest", "createPgliteFindingsStore", "createFinding", "buildSyncRequest"];
  if (!need.every((n) => typeof findings[n] === "function")) return undefined;
  const handle = findings.handleSyncRequest as (
    req: { method: string; headers: Record<string, string>; body: string },
    store: unknown,
    options?: Record<string, unknown>,
  ) => Promise<{ status: number; headers: Record<string, string>; body: string }>;
  const createStore = findings.createPgliteFindingsStore as unknown as () => Promise<{
    migrate(): Promise<void>;
    close(): Promise<void>;
  }>;
  const createFinding = findings.createFinding as unknown as (
    ...a: unknown[]
  ) => Promise<{ record: unknown }>;
  const buildSyncRequest = findings.buildSyncRequest as unknown as (
    record: unknown,
    o: Record<string, unknown>,
  ) => Record<string, unknown>;

  const inspectionId = "3f2b8c1e-7d4a-4f6b-9c2d-1a5e8b7f0c31";
  const context = {
    werkId: "W-2026-0042",
    gipodId: "19004233",
    district: "Berchem",
    nutsbedrijf: "fluvius",
    locatie: { breedtegraad: 51.1991, lengtegraad: 4.4311 },
    locatiebron: "exact",
    geplandeDatum: "2026-03-10",
    bezoektype: "START",
    toezichter: "insp-07",
  };
  const by = { actor: "insp-07", at: "2026-03-10T08:15:00.000Z" };
  const first = await createFinding(context, { vaststellingId: inspectionId, toezichter: "insp-07" }, by);
  const other = await createFinding(
    { ...context, district: "Borgerhout" },
    { vaststellingId: inspectionId, toezichter: "insp-07" },
    { ...by, at: "2026-03-10T08:20:00.000Z" },
  );
  const requestOptions = { deviceId: "tablet-3", itemId: "item-0001", createdAt: "2026-03-10T08:16:00.000Z" };
  const body = buildSyncRequest(first.record, requestOptions);
  const conflicting = buildSyncRequest(other.record, { ...requestOptions, itemId: "item-0002" });

  const store = await createStore();
  let n = 0;
  const options = {
    now: () => new Date("2026-03-10T08:16:02.000Z"),
    newId: () => `9d0c6a52-1f3e-4b7a-8e21-00000000000${++n}`,
  };
  const failingStore = new Proxy(store, {
    get: (target, prop, receiver) =>
      prop === "recordSync"
        ? () => Promise.reject(new Error("database unavailable"))
        : Reflect.get(target, prop, receiver),
  });
  const headers = { "content-type": "application/json", "x-idempotency-key": String(body.idempotencyKey) };
  const run = async (
    summary: string,
    request: { method: string; headers: Record<string, string>; body: string },
    s: unknown = store,
    extra: Record<string, unknown> = {},
  ): Promise<Example> => {
    const r = await handle(request, s, { ...options, ...extra });
    let parsedBody: unknown = request.body;
    try {
      parsedBody = JSON.parse(request.body);
    } catch {}
    return {
      summary,
      request: { method: request.method, headers: request.headers, body: parsedBody },
      response: { status: r.status, headers: r.headers, body: JSON.parse(r.body) },
    };
  };
  try {
    const post = (b: unknown, h = headers) => ({ method: "POST", headers: h, body: JSON.stringify(b) });
    const invalid = { ...body, mutationVersion: 2 };
    const examples = [
      await run("A new draft finding is accepted", post(body)),
      await run("The same request again (a retry) is a duplicate", post(body)),
      await run(
        "Another payload under the same key is a conflict",
        post(conflicting, { ...headers, "x-idempotency-key": String(conflicting.idempotencyKey) }),
      ),
      await run("Inconsistent fields are listed, each with its path", post(invalid)),
      await run("A body that is not JSON", { method: "POST", headers, body: '{"itemId": ' }),
      await run("A body above the limit (here a 1 KiB limit)", post(body), store, { maxBodyBytes: 1024 }),
      await run("GET is not allowed", { method: "GET", headers: {}, body: "" }),
      await run("The store fails", post({ ...body, itemId: "item-0003" }), failingStore),
    ];
    return new Map(examples.map((e) => [e.response.status, e]));
  } finally {
    await store.close();
  }
}

// Fallback request schema from oslo alone ---------------------------------------------------------

/** Used only while the findings package does not export `SyncRequestSchema`. */
const FallbackSyncRequest = z.object({
  itemId: z.string().min(1),
  itemType: z.enum(Synctypes.codes),
  inspectionId: z.string().min(1),
  idempotencyKey: z.string().min(1),
  mutationVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  payload: z.object({ record: z.object({ vaststelling: Vaststelling }).passthrough() }),
  deviceId: z.string().min(1),
  attempts: z.number().int().nonnegative(),
});

const FIELD_NOTES: Record<string, string> = {
  itemId: "The outbox item's id on the device.",
  itemType: "`inspection_saved`, `handover_decision`, `field_photos_added` or `finding_withdrawn`.",
  inspectionId: "The finding's `vaststellingId`.",
  idempotencyKey:
    "`dn-sync-<inspectionId>-<mutationVersion>-<itemType>`; `X-Idempotency-Key`, when sent, must equal it.",
  mutationVersion: "The record's audit-chain length; per finding the highest version wins.",
  createdAt: "When the device queued the item (ISO 8601 with offset).",
  payload: "`{ record: { vaststelling, meta, audit } }`: the whole record, audit chain included.",
  deviceId: "The sending device.",
  attempts: "How often the outbox tried before.",
};

/** Writes `docs/public/openapi/sync-v1.json` and the summary page. */
export async function generateOpenApi(): Promise<{ live: boolean; warnings: string[] }> {
  const warnings: string[] = [];
  let findings: FindingsModule = {};
  try {
    findings = (await import("@digitale-nuts/findings")) as FindingsModule;
  } catch (error) {
    warnings.push(`findings could not be imported (${(error as Error).message}); using oslo's schemas`);
  }
  const requestSchema =
    findings.SyncRequestSchema instanceof z.ZodType ? findings.SyncRequestSchema : FallbackSyncRequest;
  if (requestSchema === FallbackSyncRequest)
    warnings.push(
      "findings exports no SyncRequestSchema; the request schema falls back to oslo's Vaststelling",
    );
  const serverVersion =
    typeof findings.SYNC_SERVER_VERSION === "string" ? findings.SYNC_SERVER_VERSION : "v1";

  const examples = await liveExamples(findings);
  if (!examples)
    warnings.push("findings lacks the handler or the PGlite store; the OpenAPI document has no examples");
  for (const s of STATUSES) {
    const ex = examples?.get(s.status);
    if (examples && !ex) throw new Error(`OpenAPI: the handler produced no ${s.status} example`);
    if (ex) {
      const check = s.schema.safeParse(ex.response.body);
      if (!check.success)
        throw new Error(
          `OpenAPI: the handler's ${s.status} body no longer matches the documented schema: ${check.error.message}`,
        );
    }
  }

  const schemas: Record<string, JsonSchema> = {
    ...toComponents("SyncRequest", requestSchema, "input"),
  };
  for (const s of STATUSES) Object.assign(schemas, toComponents(s.schemaName, s.schema, "output"));
  const requestExample = examples?.get(201)?.request?.body;

  const responses = Object.fromEntries(
    STATUSES.map((s) => {
      const ex = examples?.get(s.status);
      const headers = {
        ...(s.headers ?? {}),
      };
      return [
        String(s.status),
        {
          description: `${s.summary}. ${s.description}`,
          ...(Object.keys(headers).length ? { headers } : {}),
          content: {
            "application/json": {
              schema: { $ref: `#/components/schemas/${s.schemaName}` },
              ...(ex
                ? { examples: { [`status${s.status}`]: { summary: ex.summary, value: ex.response.body } } }
                : {}),
            },
          },
        },
      ];
    }),
  );

  const doc = {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Digitale Nuts sync API",
      version: serverVersion,
      summary: "Idempotent upload of vaststellingen (findings) from field devices.",
      description:
        "Protocol v1 of `@digitale-nuts/findings` (`handleSyncRequest`). Generated from the package's zod schemas; every example is a real response of the handler.",
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    servers: [{ url: "http://127.0.0.1:8080", description: "A local `createNodeSyncListener` server" }],
    paths: {
      [PATH]: {
        post: {
          operationId: "syncInspection",
          summary: "Send one mutation of a finding",
          description:
            "Idempotent per `idempotencyKey`. The server commits the event before it answers, so a client that lost the answer retries and gets 208.",
          parameters: [
            {
              name: "X-Idempotency-Key",
              in: "header",
              required: false,
              description:
                "Optional; when present it must equal `idempotencyKey` in the body (422 otherwise).",
              schema: { type: "string" },
            },
          ],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/SyncRequest" },
                ...(requestExample
                  ? { examples: { draft: { summary: "A new draft finding", value: requestExample } } }
                  : {}),
              },
            },
          },
          responses,
        },
      },
    },
    components: { schemas },
  };
  assertRefsResolve(doc);
  writeDocsFile("public/openapi/sync-v1.json", json(doc));

  // The Markdown summary, from the same objects.
  const requestJson = schemas.SyncRequest as { properties?: Record<string, JsonSchema>; required?: string[] };
  const fieldRows = Object.entries(requestJson.properties ?? {}).map(([name, p]) => [
    code(name),
    code(typeLabel(p)),
    (requestJson.required ?? []).includes(name) ? "yes" : "no",
    FIELD_NOTES[name] ?? "",
  ]);
  const statusRows = STATUSES.map((s) => [
    `**${s.status}**`,
    cell(s.summary),
    `\`${s.schemaName}\``,
    cell(s.description).replace(/`([^`]+)`/g, "<code>$1</code>"),
  ]);
  const exampleBlocks = STATUSES.map((s) => {
    const ex = examples?.get(s.status);
    if (!ex) return "";
    return `### ${s.status} ${s.summary} {#example-${s.status}}

${cell(ex.summary)}:

\`\`\`json
${JSON.stringify(ex.response.body, null, 2)}
\`\`\`
`;
  }).join("\n");

  writeDocsFile(
    "contracts/sync-api.md",
    `---
title: Sync API
pageClass: wide-page
aside: false
---

${generatedNotice("`SyncRequestSchema` and the real `handleSyncRequest` in @digitale-nuts/findings")}

# Sync API (protocol ${cell(serverVersion)})

\`POST ${PATH}\` takes one mutation of a vaststelling from a device's outbox. The whole contract is in the
OpenAPI 3.1 document <a href="/openapi/sync-v1.json" download>sync-v1.json</a>; this page summarises it.
The request schema is the findings package's own zod schema, and every example below is a real answer of
\`handleSyncRequest\`, checked against the documented response schema when the docs are built.

## Request

\`Content-Type: application/json\`, optional header \`X-Idempotency-Key\` (must equal the body's key).

${table(["field", "type", "required", "meaning"], fieldRows)}

The idempotency key is unique per \`inspectionId + mutationVersion + itemType\`. The server stores the event,
checks for a conflict and moves the finding's latest state forward (highest \`mutationVersion\` wins, ties broken
on the payload hash) in one transaction that commits before the answer is built.

${
  requestExample
    ? `::: details Example request body (a new draft finding)

\`\`\`json
${JSON.stringify(requestExample, null, 2)}
\`\`\`

:::
`
    : ""
}
## Responses

${table(["status", "meaning", "schema", "details"], statusRows)}

The outbox (\`createOutbox\`) retries network errors and 5xx with exponential backoff and seeded jitter, and treats
400, 405, 409, 413 and 422 as final.

## Examples

${exampleBlocks || "_No live examples: the findings package does not export the handler yet._"}
`,
  );
  return { live: examples !== undefined, warnings };
}

function typeLabel(p: JsonSchema): string {
  if (typeof p.type === "string") {
    if (p.type === "string" && typeof p.format === "string") return `string (${p.format})`;
    if (Array.isArray(p.enum)) return `enum: ${(p.enum as unknown[]).join(", ")}`;
    return p.type;
  }
  if (Array.isArray(p.enum)) return `enum: ${(p.enum as unknown[]).join(", ")}`;
  if (p.$ref) return String(p.$ref).replace("#/components/schemas/", "");
  return "object";
}
