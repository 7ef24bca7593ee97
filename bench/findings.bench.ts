/**
 * Sync handler throughput: N sync requests (5-entry audit chains, 2 photos each) through
 * `handleSyncRequest` (parse, key/version/fingerprint/audit-chain checks, payload hash, one
 * transaction: event + conflict check + last-writer upsert) against a plain INSERT loop of the
 * same payloads into one jsonb table on the same database, in the same run. PGlite always;
 * PostgreSQL too when DN_PG_URL is set.
 */
import {
  addEvidence,
  buildSyncRequest,
  createEvidence,
  createFinding,
  createPgFindingsStore,
  createPgliteFindingsStore,
  type FindingsStore,
  handleSyncRequest,
  updateFinding,
} from "@digitale-nuts/findings";
import type { Vaststellingscontext } from "@digitale-nuts/oslo";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Benchmark, type Comparison, compare } from "./harness.ts";

const N = Number(process.env.FINDINGS_BENCH_REQUESTS ?? 300);

const context: Vaststellingscontext = {
  werkId: "W-1",
  gipodId: "19345678",
  adres: { straatnaam: "Meir", huisnummer: "12", postcode: "2000" },
  district: "Antwerpen",
  nutsbedrijf: "fluvius",
  locatie: { breedtegraad: 51.2194, lengtegraad: 4.4025 },
  locatiebron: "exact",
  toezichter: "insp-07",
};

async function requests(): Promise<{ key: string; body: string }[]> {
  const out: { key: string; body: string }[] = [];
  const bytes = new Uint8Array(512).fill(7);
  bytes.set([0xff, 0xd8, 0xff]);
  for (let i = 0; i < N; i++) {
    const by = { actor: "insp-07", at: `2026-03-10T09:${String(i % 60).padStart(2, "0")}:00Z` };
    let { record } = await createFinding(
      context,
      {
        vaststellingId: `bench-${i}`,
        toezichter: "insp-07",
        patch: { fase: "uitvoering", ingreepType: "sleuf", verhardingType: "beton", status: "open" },
      },
      by,
    );
    for (const soort of ["VOOR", "DETAIL"] as const) {
      const foto = await createEvidence(bytes, {
        fotoId: `${i}-${soort}`,
        soort,
        mediatype: "image/jpeg",
        opslag: `s3://b/${i}/${soort}`,
        genomenOp: by.at,
        actor: "insp-07",
        bron: "camera",
      });
      ({ record } = await addEvidence(record, foto, by));
    }
    ({ record } = await updateFinding(record, { opmerking: `bench ${i}` }, by));
    ({ record } = await updateFinding(record, { status: "in_behandeling" }, by));
    const body = buildSyncRequest(record, { deviceId: "bench", itemId: `b-${i}`, createdAt: by.at });
    out.push({ key: body.idempotencyKey, body: JSON.stringify(body) });
  }
  return out;
}

async function measure(
  name: string,
  store: FindingsStore,
  exec: (sql: string, params?: unknown[]) => Promise<unknown>,
  input: { key: string; body: string }[],
): Promise<Comparison> {
  await exec("CREATE TABLE IF NOT EXISTS bench_plain (key text PRIMARY KEY, payload jsonb NOT NULL)");
  const subject = async () => {
    await exec("TRUNCATE dn_findings, dn_sync_conflicts, dn_sync_events");
    for (const r of input) {
      const res = await handleSyncRequest({ method: "POST", headers: {}, body: r.body }, store);
      if (res.status !== 201) throw new Error(`bench: expected 201, got ${res.status} ${res.body}`);
    }
  };
  const baseline = async () => {
    await exec("TRUNCATE bench_plain");
    for (const r of input)
      await exec("INSERT INTO bench_plain (key, payload) VALUES ($1, $2::jsonb)", [r.key, r.body]);
  };
  const c = await compare({
    name: `findings sync handler on ${name} (${N} mutations)`,
    subject: ["handleSyncRequest", subject],
    baseline: ["plain INSERT loop", baseline],
    goal: {
      target: "subject/baseline ≤ 5 (all integrity checks + one transaction for ≤ 5 plain inserts)",
      met: (r) => r <= 5,
    },
    runs: 5,
  });
  return {
    ...c,
    notes: {
      "handler mutations/s": Math.round((N / c.subjectMs) * 1000),
      "plain inserts/s": Math.round((N / c.baselineMs) * 1000),
    },
  };
}

const bench: Benchmark = async () => {
  const input = await requests();
  const results: Comparison[] = [];
  const db = await PGlite.create();
  const lite = await createPgliteFindingsStore({ db });
  results.push(await measure("PGlite (memory)", lite, (sql, params) => db.query(sql, params), input));
  await db.close();

  const url = process.env.DN_PG_URL;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    const store = await createPgFindingsStore({ pool });
    results.push(await measure("PostgreSQL (pg)", store, (sql, params) => pool.query(sql, params), input));
    await pool.end();
  } else {
    console.log("  (PostgreSQL comparison skipped: DN_PG_URL is not set)");
  }
  return results;
};

export default bench;
