import { formatStamp, parseStamp } from "../data/timestamp.js";
import type { HindranceVersion } from "../data/wire-types.js";
import { ProblemError, type RequestContext } from "../http/context.js";
import type { MockEnv } from "../routes/env.js";

/** Path of the mobility-hindrance event stream. */
export const LDES_PATH = "/api/v1/ldes/mobility-hindrances";
/** Path of the JSON-LD context the stream references. */
export const CONTEXT_PATH = "/api/v1/context/gipod.jsonld";

/**
 * `GET /api/v1/ldes/mobility-hindrances[?generatedAtTime=<ISO>]`: a `tree:Node` with `pageSize` members starting
 * at the first member generated at or after `generatedAtTime` (the root answers with the first fragment), and a
 * `tree:GreaterThanRelation` to the next fragment. The last fragment has no relation (poll it for news).
 */
export function ldesFragment(ctx: RequestContext, env: MockEnv): void {
  const members = env.store.hindranceVersions();
  const streamUrl = `${ctx.origin}${LDES_PATH}`;
  const raw = ctx.url.searchParams.get("generatedAtTime");
  let start = 0;
  if (raw !== null) {
    const stamp = parseStamp(raw);
    if (!stamp)
      throw new ProblemError(
        400,
        "Bad Request",
        `generatedAtTime must be an ISO 8601 instant, got "${raw}".`,
      );
    const text = formatStamp(stamp);
    start = lowerBound(members, text);
  }
  const size = env.ldes.pageSize;
  const page = members.slice(start, start + size);
  const fragmentUrl = (m: HindranceVersion | undefined) =>
    m ? `${streamUrl}?generatedAtTime=${encodeURIComponent(m.generatedAtTime)}` : streamUrl;
  const relations: object[] = [];
  const next = members[start + size];
  const last = page[page.length - 1];
  if (next && last) {
    relations.push({
      "@type": "tree:GreaterThanRelation",
      "tree:path": "prov:generatedAtTime",
      "tree:value": last.generatedAtTime,
      "tree:node": fragmentUrl(next),
    });
  }
  if (start === 0 && env.ldes.offOriginRelation) {
    relations.push({
      "@type": "tree:GreaterThanRelation",
      "tree:path": "prov:generatedAtTime",
      "tree:value": page[0]?.generatedAtTime ?? "1970-01-01T00:00:00Z",
      "tree:node": env.ldes.offOriginRelation,
    });
  }
  ctx.json(
    200,
    {
      "@context": `${ctx.origin}${CONTEXT_PATH}`,
      "@id": raw === null ? streamUrl : fragmentUrl(page[0]),
      "@type": "Node",
      viewOf: streamUrl,
      collectionInfo: {
        "@id": streamUrl,
        "@type": "EventStream",
        shape: `${streamUrl}/shape`,
        timestampPath: "prov:generatedAtTime",
        versionOfPath: "dct:isVersionOf",
      },
      "tree:relation": relations,
      items: page.map((m) => member(m, ctx.origin, streamUrl)),
    },
    {
      "Content-Type": "application/ld+json",
      // Full fragments never change; the last one grows.
      "Cache-Control": next ? "public, max-age=604800, immutable" : "public, max-age=60",
    },
  );
}

/** One LDES member as GIPOD publishes it (§1.10 Example A). */
function member(v: HindranceVersion, origin: string, streamUrl: string): object {
  const { nisCode: _nis, ...state } = v.state;
  return {
    ...state,
    "@id": `${origin}${v.state["@id"]}/${v.seq}`,
    generatedAtTime: v.generatedAtTime,
    eventName: v.eventName,
    isVersionOf: v.state["@id"],
    memberOf: streamUrl,
  };
}

/** Index of the first member generated at or after `text` (fixed-width stamps compare as strings). */
function lowerBound(members: readonly HindranceVersion[], text: string): number {
  let lo = 0;
  let hi = members.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((members[mid] as HindranceVersion).generatedAtTime < text) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `GET /api/v1/ldes/mobility-hindrances/shape`: a minimal SHACL shape of the members. */
export function ldesShape(ctx: RequestContext): void {
  ctx.json(
    200,
    {
      "@context": {
        sh: "http://www.w3.org/ns/shacl#",
        mobiliteit: "https://data.vlaanderen.be/ns/mobiliteit#",
      },
      "@id": `${ctx.origin}${LDES_PATH}/shape`,
      "@type": "sh:NodeShape",
      "sh:targetClass": { "@id": "mobiliteit:Mobiliteitshinder" },
    },
    { "Content-Type": "application/ld+json" },
  );
}

/** `GET /api/v1/context/gipod.jsonld`: the terms the mock emits, mapped as GIPOD's own context maps them. */
export function gipodContext(ctx: RequestContext): void {
  const m = "https://data.vlaanderen.be/ns/mobiliteit#";
  const g = "https://gipod.vlaanderen.be/ns/gipod#";
  ctx.json(
    200,
    {
      "@context": {
        "@base": ctx.origin,
        tree: "https://w3id.org/tree#",
        ldes: "https://w3id.org/ldes#",
        prov: "http://www.w3.org/ns/prov#",
        dct: "http://purl.org/dc/terms/",
        adms: "http://www.w3.org/ns/adms#",
        skos: "http://www.w3.org/2004/02/skos/core#",
        m8g: "http://data.europa.eu/m8g/",
        locn: "http://www.w3.org/ns/locn#",
        geosparql: "http://www.opengis.net/ont/geosparql#",
        mobiliteit: m,
        gipod: g,
        Node: "tree:Node",
        EventStream: "ldes:EventStream",
        viewOf: { "@id": "tree:viewOf", "@type": "@id" },
        items: { "@id": "tree:member", "@type": "@id" },
        MobilityHindrance: `${m}Mobiliteitshinder`,
        Groundwork: `${m}Grondwerk`,
        Work: `${m}Werk`,
        Event: `${m}Evenement`,
        Zone: `${m}Zone`,
        Organisation: "http://www.w3.org/ns/org#Organization",
        Geometry: "locn:Geometry",
        Period: "m8g:PeriodOfTime",
        Identifier: "adms:Identifier",
        gipodId: `${g}gipodId`,
        reference: `${g}reference`,
        description: "dct:description",
        owner: { "@id": `${m}beheerder`, "@type": "@id" },
        status: { "@id": `${m}Inname.status`, "@type": "@id" },
        zone: { "@id": `${m}zone` },
        consequence: { "@id": `${m}gevolg`, "@type": "@id" },
        zoneType: { "@id": `${m}Zone.type`, "@type": "@id" },
        geometry: "locn:geometry",
        wkt: { "@id": "geosparql:asWKT", "@type": "geosparql:wktLiteral" },
        period: `${m}periode`,
        start: { "@id": "m8g:startTime", "@type": "http://www.w3.org/2001/XMLSchema#dateTime" },
        end: { "@id": "m8g:endTime", "@type": "http://www.w3.org/2001/XMLSchema#dateTime" },
        prefLabel: "skos:prefLabel",
        preferredName: "http://www.w3.org/ns/regorg#legalName",
        category: { "@id": `${m}Grondwerk.categorie`, "@type": "@id" },
        specification: { "@id": `${m}specificatie`, "@type": "@id" },
        isRelocationGroundwork: `${m}Grondwerk.verplaatsingswerk`,
        estimatedDuration: {
          "@id": `${m}geschatteDuur`,
          "@type": "http://www.w3.org/2001/XMLSchema#duration",
        },
        hasConsequence: { "@id": `${m}Inname.heeftGevolg`, "@type": "@id" },
        isConsequenceOf: { "@id": `${m}isGevolgVan`, "@type": "@id" },
        permittedBy: { "@id": `${m}vergundDoor`, "@type": "@id" },
        generatedAtTime: {
          "@id": "prov:generatedAtTime",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime",
        },
        eventName: "adms:versionNotes",
        isVersionOf: { "@id": "dct:isVersionOf", "@type": "@id" },
        memberOf: { "@reverse": "tree:member", "@type": "@id" },
        createdOn: { "@id": "dct:created", "@type": "http://www.w3.org/2001/XMLSchema#dateTime" },
        lastModifiedOn: { "@id": "dct:modified", "@type": "http://www.w3.org/2001/XMLSchema#dateTime" },
      },
    },
    { "Content-Type": "application/ld+json" },
  );
}
