// Plan today's (or the next working day's) inspections for Antwerp from GIPOD data:
//   1. sync the city's works over GIPOD's REST API, authenticating with an OAuth2 private_key_jwt client;
//   2. plan the day with Antwerp's city profile: who visits what, and why;
//   3. propose a route per inspector.
// A local GIPOD simulator plays GIPOD and its token endpoint; with a real client, use `environment: "beta"`.
import { createGipodClient } from "@digitale-nuts/gipod";
import { startGipodMock } from "@digitale-nuts/gipod-mock";
import {
  antwerpenProfile,
  createWorkingCalendar,
  planDay,
  proposeRoutes,
  toPlanningWork,
} from "@digitale-nuts/prioritisation";
import { round, topReasons } from "./top-reasons.js";

const gipod = await startGipodMock({ seed: 7, size: 400, niscodes: ["11002"] }); // 127.0.0.1, a free port
try {
  // The simulator registers a client and hands us its private JWK, as the Flemish government's ACM/IDM would.
  const { clientId, privateJwk } = await gipod.createClient({ scopes: ["gipod_pdo_read"] });
  if (!privateJwk) throw new Error("the simulator returned no private key");
  const client = createGipodClient({
    environment: { apiBaseUrl: gipod.url, tokenUrl: gipod.tokenUrl },
    auth: { kind: "private_key_jwt", clientId, privateJwk }, // kept in a closure: never in errors, hooks or logs
  });

  // 1. Incremental sync: keep `checkpoint` (JSON) and pass it back next time to fetch only what changed.
  const { records, report } = await client.syncOccupancies({ niscodes: ["11002"] });
  console.log(
    `Synced ${records.length} works (${report.requests} requests, consistent: ${report.consistent})`,
  );

  // 2. Plan the first working day from today on (weekends and Flemish public holidays are skipped).
  const calendar = createWorkingCalendar(antwerpenProfile.calendar);
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date()); // YYYY-MM-DD
  const date = calendar.isWorkingDay(today) ? today : calendar.nextWorkingDay(today);
  const works = records.map((inname) => toPlanningWork(inname));
  const plan = planDay(date, works, antwerpenProfile, { calendar });
  const { totals } = plan;
  console.log(
    `Plan for ${date}: ${totals.activeWorks} active works, ${totals.plannedVisits} visits planned ` +
      `(${totals.mandatoryVisits} mandatory), ${totals.unassignedVisits} unassigned, ${plan.excluded.length} works out of scope`,
  );

  // Every assignment carries its reasons as data: {factor, value, weight, contribution}.
  for (const [inspector, visits] of Object.entries(plan.assignments)) {
    if (visits.length === 0) continue;
    console.log(`${inspector}: ${visits.length} visit(s), load ${plan.loads[inspector]}`);
    for (const visit of visits.slice(0, 2)) {
      const top = topReasons(visit.explanation);
      console.log(
        `  ${visit.visitType.padEnd(6)} ${visit.workId} ${visit.postcode} score ${round(visit.score)}: ${top.join(", ")}`,
      );
    }
  }

  // 3. Routes: nearest neighbour + 2-opt over each inspector's stops (straight-line km, no road network).
  const { routes, totalKm } = proposeRoutes(plan, { startOf: () => antwerpenProfile.defaultCenter });
  for (const route of routes.filter((r) => r.stops.length > 0)) {
    console.log(
      `Route ${route.inspectorId}: ${route.stops.map((s) => s.id).join(" → ")} (${route.totalKm.toFixed(1)} km)`,
    );
  }
  console.log(`All routes: ${totalKm.toFixed(1)} km`);
} finally {
  await gipod.close();
}
