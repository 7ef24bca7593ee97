// A city's KPI dashboard: the shared KPI catalogue over the works synced from GIPOD and the findings of the
// last two weeks, printed with their traffic-light status and written as one self-contained HTML file.
//   npm start -w @digitale-nuts-example/kpi-dashboard -- --out ./dashboard.html
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createGipodClient } from "@digitale-nuts/gipod";
import { startGipodMock } from "@digitale-nuts/gipod-mock";
import { computeKpis, getKpiDefinition, type KpiInput, kpiSeries } from "@digitale-nuts/kpi";
import { antwerpenProfile } from "@digitale-nuts/prioritisation";
import { renderDashboard } from "@digitale-nuts/report";
import { seededRandom, simulateFindings } from "./simulate-findings.js";

const SHOWN_KPIS = [
  "pitch-checklist-score",
  "nok_ratio_per_record",
  "open_nok_items",
  "nok_ratio_per_nutsbedrijf",
];
const { values: args } = parseArgs({ options: { out: { type: "string" } } });
const gipod = await startGipodMock({ seed: 11, size: 800, niscodes: ["11002"] }); // 127.0.0.1, a free port
try {
  // 1. The works, from GIPOD's REST API (private_key_jwt client registered on the simulator).
  const { clientId, privateJwk } = await gipod.createClient({ scopes: ["gipod_pdo_read"] });
  if (!privateJwk) throw new Error("the simulator returned no private key");
  const client = createGipodClient({
    environment: { apiBaseUrl: gipod.url, tokenUrl: gipod.tokenUrl },
    auth: { kind: "private_key_jwt", clientId, privateJwk },
  });
  const { records: works } = await client.syncOccupancies({ niscodes: ["11002"] });

  // 2. The findings of the last 10 days on the works in progress (simulated, seeded).
  const days = Array.from({ length: 10 }, (_, i) => isoDate(Date.now() - (9 - i) * 86_400_000));
  const period = { start: days[0] as string, end: days[9] as string };
  const active = works.filter((w) => w.status === "in_uitvoering");
  const districts = new Map(antwerpenProfile.areas.map((a) => [a.postcode, a.district]));
  const findings = await simulateFindings(active, days, seededRandom(11), (pc) => districts.get(pc ?? ""));

  // 3. KPIs: one pass over every input, each result with its catalogue version and threshold status.
  const inputs: KpiInput[] = [
    ...works.map((inname) => ({ kind: "inname" as const, inname, bron: "gipod-rest" })),
    ...findings.map((f) => ({
      kind: "vaststelling" as const,
      vaststelling: f.vaststelling,
      wachtrijstatus: "synced" as const,
    })),
  ];
  const kpis = computeKpis({ inputs, period });
  console.log(`${works.length} works, ${findings.length} findings, ${period.start} … ${period.end}`);
  console.log(`KPI catalogue ${kpis.catalogueVersion}: ${Object.keys(kpis.results).length} KPIs computed`);
  for (const id of SHOWN_KPIS) {
    const result = kpis.results[id]?.["*"];
    const label = getKpiDefinition(id)?.label.en ?? id;
    console.log(
      `  ${label.padEnd(36)} ${String(result?.value ?? "–").padStart(6)} ${result?.unit} [${result?.status}]`,
    );
  }
  // Partner KPIs rank by the lower bound of a 95% Wilson interval: the confidently worst partner comes first.
  for (const entry of kpis.results.nok_ratio_per_nutsbedrijf?.["*"]?.ranking?.slice(0, 3) ?? []) {
    const { n, nok, rate, lower, upper } = entry.figures;
    console.log(
      `    #${entry.rank} ${entry.id.padEnd(10)} ${nok}/${n} NOK = ${rate}% (95% CI ${lower}–${upper}%)`,
    );
  }

  // 4. The dashboard: inline CSS and SVG, no script, no network: e-mail it or put it on an intranet.
  const trends = kpiSeries({ kpis: ["wow-score", "nok_ratio_per_record"], inputs, interval: "week", period });
  const html = renderDashboard({
    title: "Toezicht nutswerken — Antwerpen",
    subtitle: `${period.start} – ${period.end} (simulated data)`,
    generatedAt: new Date().toISOString(),
    kpis,
    trends: trends.series,
    findings,
  });
  const out = args.out
    ? resolve(args.out)
    : join(mkdtempSync(join(tmpdir(), "dn-dashboard-")), "dashboard.html");
  writeFileSync(out, html);
  console.log(`Dashboard (${Math.round(html.length / 1024)} kB): ${out}`);
} finally {
  await gipod.close();
}

/** The Europe/Brussels calendar date of an instant, as YYYY-MM-DD. */
function isoDate(ms: number): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date(ms));
}
