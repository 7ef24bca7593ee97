/**
 * Builds the docs site (or uses docs/dist when DN_DOCS_PREBUILT=1), serves it on 127.0.0.1 and opens key pages in
 * headless Chromium: each renders with a heading, logs no console error, requests nothing off the machine, and
 * every internal link on it resolves (HTTP 200, and the `#anchor` exists). The getting-started page must show
 * exactly docs/snippets/getting-started.ts, and the runnable snippets must run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { expandIri, modelDefinitions } from "@digitale-nuts/oslo";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(root, "docs/dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonld": "application/ld+json; charset=utf-8",
  ".ttl": "text/turtle; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

/** The file a URL path maps to, as a static host with VitePress's `.html` pages would serve it. */
function resolveFile(urlPath: string): string | undefined {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const candidates = path.endsWith("/")
    ? [`${path}index.html`]
    : [path, `${path}.html`, `${path}/index.html`];
  for (const candidate of candidates) {
    const file = join(dist, candidate);
    if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

function startStaticServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const file = resolveFile(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  if (process.env.DN_DOCS_PREBUILT !== "1") {
    const build = spawnSync(process.execPath, ["scripts/docs.mjs"], { cwd: root, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run docs failed:\n${build.stdout}\n${build.stderr}`);
  }
  if (!existsSync(join(dist, "index.html")))
    throw new Error("docs/dist has no index.html: run `npm run docs`");
  server = await startStaticServer();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.DN_CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

interface Visit {
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly offMachine: string[];
}

async function open(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const offMachine: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  // Offline-safe: nothing may be fetched from another host (no CDN fonts, scripts or images).
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
    offMachine.push(url);
    return route.abort();
  });
  const response = await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(200);
  return { page, consoleErrors, offMachine };
}

const htmlCache = new Map<string, Promise<{ status: number; html: string }>>();
function fetchPage(url: string) {
  let hit = htmlCache.get(url);
  if (!hit) {
    hit = fetch(url).then(async (r) => ({ status: r.status, html: await r.text() }));
    htmlCache.set(url, hit);
  }
  return hit;
}

/** Every same-origin link on the page: its target answers 200, and its `#anchor` names an element there. */
async function checkInternalLinks(page: Page): Promise<{ checked: number; broken: string[] }> {
  const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => (a as unknown as { href: string }).href));
  const internal = [...new Set(hrefs.filter((h) => h.startsWith(origin)))];
  const broken: string[] = [];
  for (const href of internal) {
    const url = new URL(href);
    const { status, html } = await fetchPage(`${url.origin}${url.pathname}`);
    if (status !== 200) broken.push(`${href} → ${status}`);
    else if (url.hash.length > 1) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!html.includes(`id="${id}"`)) broken.push(`${href} → no element with id "${id}"`);
    }
  }
  return { checked: internal.length, broken };
}

const KEY_PAGES = [
  { path: "/", heading: "Digitale Nuts SDK" },
  { path: "/guide/getting-started.html", heading: "Getting started" },
  { path: "/contracts/", heading: "Contracts" },
  { path: "/contracts/models/Vaststelling.html", heading: "Vaststelling" },
  { path: "/contracts/code-lists.html", heading: "Code lists" },
  { path: "/contracts/kpi-catalogue.html", heading: "KPI catalogue" },
  { path: "/contracts/sync-api.html", heading: "Sync API" },
  { path: "/api/", heading: "API reference" },
  { path: "/api/@digitale-nuts/oslo.html", heading: "@digitale-nuts/oslo" },
];

describe("docs site", () => {
  for (const { path, heading } of KEY_PAGES) {
    it(`renders ${path} with its heading, no console errors, nothing off-machine and no broken links`, async () => {
      const { page, consoleErrors, offMachine } = await open(path);
      try {
        const h1 = page.locator("h1").first();
        await expect.poll(() => h1.textContent()).toContain(heading);
        expect(consoleErrors).toEqual([]);
        expect(offMachine).toEqual([]);
        const links = await checkInternalLinks(page);
        expect(links.broken).toEqual([]);
        expect(links.checked).toBeGreaterThan(5); // at least the nav and sidebar were found
      } finally {
        await page.close();
      }
    });
  }

  it("shows on the getting-started page exactly the type-checked docs/snippets/getting-started.ts", async () => {
    const { page } = await open("/guide/getting-started.html");
    try {
      const shown = (await page.locator("div.language-ts pre code").first().textContent()) ?? "";
      const source = readFileSync(join(root, "docs/snippets/getting-started.ts"), "utf8");
      expect(shown.trimEnd()).toBe(source.trimEnd());
    } finally {
      await page.close();
    }
  });

  it("generates a model page from the model's fields, with expanded RDF property IRIs", async () => {
    const model = modelDefinitions.find((m) => m.name === "Vaststelling");
    if (!model) throw new Error("oslo has no Vaststelling model");
    const { page } = await open("/contracts/models/Vaststelling.html");
    try {
      const rows = await page.$$eval("table", (tables) => {
        const fieldTable = tables.find((t) => t.querySelector("th")?.textContent?.trim() === "field");
        return [...(fieldTable?.querySelectorAll("tbody tr") ?? [])].map((tr) => {
          const cells = [...tr.querySelectorAll("td")];
          return { name: cells[0]?.textContent ?? "", iri: cells[1]?.querySelector("a")?.href ?? "" };
        });
      });
      const expected = Object.entries(model.fields).map(([name, f]) => ({ name, iri: expandIri(f.iri) }));
      expect(rows.filter((r) => r.name !== "type" && r.name !== "id")).toEqual(expected);
    } finally {
      await page.close();
    }
  });

  it("serves the downloads: context, schemas, SHACL, KPI catalogue and an OpenAPI 3.1 document with every status", async () => {
    const get = async (path: string) => {
      const r = await fetch(`${origin}${path}`);
      expect(r.status, path).toBe(200);
      return r.text();
    };
    expect(JSON.parse(await get("/context/v1.jsonld"))["@context"].Vaststelling["@id"]).toMatch(
      /^https?:\/\//,
    );
    expect(JSON.parse(await get("/schemas/Vaststelling.json")).title).toBe("Vaststelling");
    expect(await get("/shapes/digitale-nuts.ttl")).toContain("sh:NodeShape");
    expect(JSON.parse(await get("/kpi/kpi-catalogue.json")).kpis.length).toBeGreaterThan(0);
    const openapi = JSON.parse(await get("/openapi/sync-v1.json"));
    expect(openapi.openapi).toBe("3.1.0");
    const post = openapi.paths["/api/inspecties/sync"].post;
    expect(Object.keys(post.responses).sort()).toEqual([
      "201",
      "208",
      "400",
      "405",
      "409",
      "413",
      "422",
      "500",
    ]);
    for (const [status, response] of Object.entries(post.responses) as [string, { content: object }][]) {
      const examples = (response.content as Record<string, { examples?: object }>)["application/json"]
        ?.examples;
      expect(Object.keys(examples ?? {}), `example for ${status}`).toHaveLength(1);
    }
    expect(post.requestBody.content["application/json"].examples.draft.value.itemType).toBe(
      "inspection_saved",
    );
  });

  it("finds pages offline with the local search", async () => {
    const { page, offMachine } = await open("/");
    try {
      await page.locator(".VPNavBarSearch button").first().click();
      await page.locator("input.search-input, #localsearch-input").first().fill("Vaststelling");
      await expect.poll(() => page.locator(".result").count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(offMachine).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("docs snippets", () => {
  for (const snippet of ["getting-started", "city-profile", "validate-vendor-payload"]) {
    it(`runs docs/snippets/${snippet}.ts`, () => {
      const run = spawnSync(join(root, "node_modules/.bin/tsx"), [`docs/snippets/${snippet}.ts`], {
        cwd: root,
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    });
  }
});
