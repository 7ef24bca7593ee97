// Sync works from the GIPOD simulator, plan a day, register a finding and compute KPIs.
import { randomUUID } from "node:crypto";
import { createFinding } from "@digitale-nuts/findings";
import { createGipodClient } from "@digitale-nuts/gipod";
import { startGipodMock } from "@digitale-nuts/gipod-mock";
import { computeKpis } from "@digitale-nuts/kpi";
import type { Vaststellingscontext } from "@digitale-nuts/oslo";
import { antwerpenProfile, planDay, toPlanningWork } from "@digitale-nuts/prioritisation";

const day = "2026-03-10";
const clock = () => Date.parse(`${day}T07:00:00Z`); // one fixed clock for simulator and client
const gipod = await startGipodMock({ seed: 42, size: 300, now: () => new Date(clock()) });
const { clientId, privateJwk } = await gipod.createClient({ scopes: ["gipod_pdo_read"] });
if (!privateJwk) throw new Error("the simulator issued no private JWK");
const client = createGipodClient({
  environment: { apiBaseUrl: gipod.url, tokenUrl: gipod.tokenUrl },
  auth: { kind: "private_key_jwt", clientId, privateJwk },
  now: clock,
});
const { records: works } = await client.syncOccupancies({ niscodes: ["11002"] });

const planningWorks = works.map((inname) => toPlanningWork(inname));
const plan = planDay(day, planningWorks, antwerpenProfile, {});
const visit = Object.values(plan.assignments).flat()[0];
if (!visit) throw new Error("no visit planned");
console.log(visit.inspectorId, visit.workId, visit.visitType, visit.explanation); // [{ factor, value, weight, contribution }, …]

const context: Vaststellingscontext = {
  werkId: visit.workId,
  locatie: { breedtegraad: visit.location.lat, lengtegraad: visit.location.lon },
  locatiebron: "exact",
  geplandeDatum: day,
  bezoektype: visit.visitType,
  toezichter: visit.inspectorId,
};
const by = { actor: visit.inspectorId }; // inspectors are pseudonymous ids, never names
const { record } = await createFinding(context, { vaststellingId: randomUUID(), toezichter: by.actor }, by);

const { results } = computeKpis({
  kpis: ["pitch-dossiers-scope", "aantal_vaststellingen_per_district"],
  inputs: [
    ...works.map((inname) => ({ kind: "inname" as const, inname, bron: "gipod-rest" })),
    { kind: "vaststelling" as const, vaststelling: record.vaststelling },
  ],
  period: { start: day, end: day },
});
console.log(record.vaststelling.registratiestatus, results["pitch-dossiers-scope"]?.["*"]);
await gipod.close();
