// Read GIPOD's open data into OSLO models: no account, no credentials.
//   1. OGC API Features: the occupancies (innames) of Antwerp, filtered server-side with CQL2.
//   2. The LDES of mobility hindrances: read some, save the state, resume from it later for the rest.
// A local GIPOD simulator stands in for geo.api.vlaanderen.be; point `environment` at "production" for the real thing.
import { cql, createGipodClient, type LdesState, mapOgcFeature } from "@digitale-nuts/gipod";
import { startGipodMock } from "@digitale-nuts/gipod-mock";
import type { Inname, Mobiliteitshinder } from "@digitale-nuts/oslo";
import { point } from "./point.js";

const gipod = await startGipodMock({ seed: 42, size: 300, niscodes: ["11002"] }); // 127.0.0.1, a free port
try {
  // Open data needs no `auth`: only the REST API does.
  const client = createGipodClient({
    environment: {
      apiBaseUrl: gipod.url,
      tokenUrl: gipod.tokenUrl,
      ogcBaseUrl: gipod.ogcUrl,
      ldesUrl: gipod.ldesUrl,
    },
  });

  // 1. OGC API Features. `cql` quotes every value and checks every property name, so no filter injection.
  const filter = cql.and(
    cql.inList("Status", ["In uitvoering", "Concreet gepland"]),
    cql.eq("Owner", "Fluvius"),
  );
  console.log(`OGC filter: ${client.ogc.itemsUrl("INNAME_PUNT", { filter }).searchParams.get("filter")}`);
  const features = await client.ogc.features("INNAME_PUNT", { filter, limit: 100 }).collect();
  const innames: Inname[] = features.map(
    (f) => mapOgcFeature("INNAME_PUNT", f, { baseUrl: gipod.url }) as Inname,
  );
  console.log(`OGC INNAME_PUNT: ${innames.length} occurrences of Fluvius works, planned or in progress`);
  for (const inname of innames.slice(0, 3)) {
    console.log(
      `  ${inname.type} ${inname.gipodId} ${inname.status} ${inname.periode.begin.slice(0, 10)} at ${point(inname.geometrie)}`,
    );
  }

  // 2. LDES: every version of every hindrance, once. Stop after 40 members, as if the process were killed …
  const first = client.streamMobilityHindrances({ requestsPerMinute: 600 });
  const seen: Mobiliteitshinder[] = [];
  for await (const hinder of first) {
    seen.push(hinder);
    if (seen.length === 40) break;
  }
  // … persist the state as JSON (a file, a database row), and resume from it: no member is lost or repeated.
  const saved = JSON.stringify(first.state());
  const resumed = client.streamMobilityHindrances({
    state: JSON.parse(saved) as LdesState,
    requestsPerMinute: 600,
  });
  for await (const hinder of resumed) seen.push(hinder);

  const latest = new Map<number, Mobiliteitshinder>(); // versions arrive oldest first: the last one wins
  for (const hinder of seen) latest.set(hinder.gipodId, hinder);
  console.log(`LDES: ${seen.length} versions (40 before the restart) of ${latest.size} mobility hindrances`);
  for (const hinder of [...latest.values()].slice(0, 3)) {
    const zone = hinder.zone[0];
    console.log(
      `  Mobiliteitshinder ${hinder.gipodId} ${hinder.status}, ${hinder.zone.length} zone(s), gevolgen [${zone?.gevolg.join(", ")}] at ${point(zone?.geometrie)}`,
    );
  }
  console.log(`Simulator: ${gipod.stats.total()} requests, ${gipod.stats.tokensIssued} access tokens issued`);
} finally {
  await gipod.close();
}
