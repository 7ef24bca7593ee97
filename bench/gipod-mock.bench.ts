/**
 * @digitale-nuts/gipod-mock benchmarks (the mock must never be the bottleneck of a client benchmark).
 *  1. Paging all 20,000 occupancies over HTTP (40 × limit=500, bearer auth) vs JSON.stringify + JSON.parse of the
 *     same pages in-process (target ≤ 4×: routing, auth, filtering and the socket cost little beyond serialisation).
 *  2. A CQL2-filtered OGC page vs the unfiltered page of the same collection (target ≤ 1.5×).
 *  3. generateCity of 20,000 occupancies vs JSON.parse of its own serialisation (target ≤ 15×).
 */
import { generateCity, type OccupancyItem, startGipodMock } from "@digitale-nuts/gipod-mock";
import { atMost, type Benchmark, compare } from "./harness.ts";

const SIZE = 20_000;
const LIMIT = 500;

const bench: Benchmark = async () => {
  const now = new Date("2026-03-02T09:00:00Z");
  const mock = await startGipodMock({ seed: 42, size: SIZE, now: () => now });
  try {
    const client = await mock.createClient({ scopes: ["gipod_pdo_read"], auth: "client_secret" });
    const tokenRes = await fetch(mock.tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: client.clientId,
        client_secret: client.clientSecret ?? "",
      }),
    });
    const { access_token } = (await tokenRes.json()) as { access_token: string };
    const headers = { Authorization: `Bearer ${access_token}` };

    const pageOverHttp = async () => {
      let n = 0;
      for (let offset = 0; offset < SIZE; offset += LIMIT) {
        const res = await fetch(
          `${mock.url}/api/v2/public-domain-occupancies?limit=${LIMIT}&offset=${offset}`,
          { headers },
        );
        n += ((await res.json()) as OccupancyItem[]).length;
      }
      if (n !== SIZE) throw new Error(`paged ${n} of ${SIZE}`);
    };
    const all = mock.store.occupancies();
    const serialiseInProcess = () => {
      let n = 0;
      for (let offset = 0; offset < SIZE; offset += LIMIT) {
        n += (JSON.parse(JSON.stringify(all.slice(offset, offset + LIMIT))) as unknown[]).length;
      }
      if (n !== SIZE) throw new Error("bad baseline");
    };
    const paging = await compare({
      name: `page ${SIZE} occupancies over HTTP`,
      subject: ["40 × GET limit=500", pageOverHttp],
      baseline: ["stringify+parse same pages", serialiseInProcess],
      goal: atMost(4),
      runs: 5,
    });
    const pagingNotes = {
      "records/s": Math.round(SIZE / (paging.subjectMs / 1000)),
      "requests/s": Math.round(SIZE / LIMIT / (paging.subjectMs / 1000)),
    };

    const ogc = (filter?: string) => async () => {
      const q = new URLSearchParams({ limit: "1000", ...(filter ? { filter } : {}) });
      const res = await fetch(`${mock.ogcUrl}/collections/INNAME/items?${q}`);
      await res.json();
    };
    await ogc()(); // builds and caches the collection's features once
    const filtered = await compare({
      name: "OGC CQL2-filtered page",
      subject: [
        "filter Owner/Status/IN",
        ogc(
          "Owner = 'Fluvius' AND (Status = 'Uitgevoerd' OR GroundworkCategory IN ('Categorie 1', 'Categorie 2'))",
        ),
      ],
      baseline: ["unfiltered page", ogc()],
      goal: atMost(1.5),
      runs: 9,
    });

    const json = JSON.stringify(generateCity({ seed: 1, size: SIZE, now }));
    const generation = await compare({
      name: `generateCity ${SIZE}`,
      subject: ["generateCity", () => generateCity({ seed: 1, size: SIZE, now })],
      baseline: ["JSON.parse of its output", () => JSON.parse(json)],
      goal: atMost(15),
      runs: 3,
    });
    return [
      { ...paging, notes: pagingNotes },
      filtered,
      {
        ...generation,
        notes: {
          "occupancies/s": Math.round(SIZE / (generation.subjectMs / 1000)),
          "MB JSON": Math.round(json.length / 1e6),
        },
      },
    ];
  } finally {
    await mock.close();
  }
};

export default bench;
