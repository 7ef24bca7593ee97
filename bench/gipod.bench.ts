/**
 * GIPOD client benchmarks.
 *
 * 1. Sync throughput: `syncOccupancies` (concurrent, rate-limited) vs a naive sequential offset loop doing the same
 *    work (fetch every page, map every record to oslo), both against the mock in a separate process with a fixed
 *    per-request latency. Target: ≥ 3× faster, never above the configured request rate.
 * 2. Mapping throughput: JSON.parse + mapOccupancy vs JSON.parse alone, on the same bytes.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGipodClient, mapOccupancy } from "@digitale-nuts/gipod";
import { generateCity } from "@digitale-nuts/gipod-mock";
import { atMost, type Benchmark, compare, fasterBy } from "./harness.ts";

/** 30,000 keeps `npm run bench` short; `DN_BENCH_GIPOD_SIZE=100000 npm run bench -- gipod` runs the full size. */
const SIZE = Number(process.env.DN_BENCH_GIPOD_SIZE ?? 30_000);
const LATENCY_MS = 20;
const PAGE_SIZE = 50;
const CONCURRENCY = 8;
const REQUESTS_PER_MINUTE = 12_000; // 200/s

const binPath = fileURLToPath(new URL("../packages/gipod-mock/src/bin.ts", import.meta.url));

async function startMockProcess(
  dir: string,
): Promise<{ url: string; clientId: string; jwk: object; child: ChildProcess }> {
  const jwkPath = join(dir, "client.jwk.json");
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      binPath,
      "--port",
      "0",
      "--seed",
      "7",
      "--size",
      String(SIZE),
      "--latency",
      String(LATENCY_MS),
      "--quiet",
      "--jwk-out",
      jwkPath,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (/client id\s+\S+/.test(out)) resolve();
    });
    child.once("exit", (code) => reject(new Error(`gipod-mock exited with ${code}`)));
  });
  const url = /listening on (\S+)/.exec(out)?.[1] as string;
  const clientId = /client id\s+(\S+)/.exec(out)?.[1] as string;
  return { url, clientId, jwk: JSON.parse(await readFile(jwkPath, "utf8")), child };
}

const run: Benchmark = async () => {
  const dir = await mkdtemp(join(tmpdir(), "gipod-bench-"));
  const mock = await startMockProcess(dir);
  try {
    const environment = { apiBaseUrl: mock.url, tokenUrl: `${mock.url}/op/v1/token` };
    const auth = { kind: "private_key_jwt" as const, clientId: mock.clientId, privateJwk: mock.jwk };
    const starts: number[] = [];
    let lastSync = { records: 0, requests: 0, ms: 0 };
    const subject = async () => {
      const client = createGipodClient({
        environment,
        auth,
        rateLimit: { requestsPerMinute: REQUESTS_PER_MINUTE },
        hooks: { onRequest: () => starts.push(performance.now()) },
      });
      const t = performance.now();
      const result = await client.syncOccupancies({
        niscodes: [],
        pageSize: PAGE_SIZE,
        concurrency: CONCURRENCY,
      });
      lastSync = {
        records: result.records.length,
        requests: result.report.requests,
        ms: performance.now() - t,
      };
      if (result.records.length !== SIZE)
        throw new Error(`sync returned ${result.records.length} of ${SIZE}`);
    };
    const baseline = async () => {
      // The naive loop: one page after the other, same page size, same mapping.
      const client = createGipodClient({ environment, auth });
      let n = 0;
      for (let offset = 0; ; offset += PAGE_SIZE) {
        const page = await client.fetchOccupancyPage({}, { limit: PAGE_SIZE, offset });
        for (const item of page.items) {
          mapOccupancy(item, { baseUrl: mock.url });
          n++;
        }
        if (page.items.length < PAGE_SIZE) break;
      }
      if (n !== SIZE) throw new Error(`naive loop read ${n} of ${SIZE}`);
    };
    const sync = await compare({
      name: `sync ${SIZE.toLocaleString("en")} occupancies (${LATENCY_MS} ms/request, pages of ${PAGE_SIZE})`,
      subject: [`syncOccupancies ×${CONCURRENCY}, ≤${REQUESTS_PER_MINUTE}/min`, subject],
      baseline: ["sequential offset loop", baseline],
      goal: fasterBy(3),
      runs: 1,
    });
    // Highest number of request starts in any 1-second window, across all measured subject runs.
    starts.sort((a, b) => a - b);
    let peak = 0;
    for (let i = 0, j = 0; i < starts.length; i++) {
      while ((starts[i] as number) - (starts[j] as number) >= 1000) j++;
      peak = Math.max(peak, i - j + 1);
    }
    const limitPerSecond = REQUESTS_PER_MINUTE / 60;
    const syncResult = {
      ...sync,
      met: sync.met && peak <= limitPerSecond,
      target: `${sync.target} and ≤ ${limitPerSecond} requests/s`,
      notes: {
        records: lastSync.records,
        "records/s": Math.round(lastSync.records / (lastSync.ms / 1000)),
        "requests/s": Number((lastSync.requests / (lastSync.ms / 1000)).toFixed(1)),
        "peak requests in 1 s": peak,
        "limit/s": limitPerSecond,
      },
    };

    // Mapping throughput on the same bytes.
    const city = generateCity({ seed: 3, size: 10_000, niscodes: ["11002"], now: "2026-03-01T09:00:00Z" });
    const bytes = JSON.stringify(city.occupancies);
    let mapped = 0;
    const mapping = await compare({
      name: "map 10,000 occupancies to oslo (zod-validated, Lambert 72 → WGS84)",
      subject: [
        "JSON.parse + mapOccupancy",
        () => {
          mapped = 0;
          for (const item of JSON.parse(bytes) as unknown[]) {
            mapOccupancy(item, { baseUrl: "https://gipod.api.vlaanderen.be" });
            mapped++;
          }
        },
      ],
      baseline: ["JSON.parse", () => JSON.parse(bytes)],
      goal: atMost(12),
      runs: 3,
    });
    const mappingResult = {
      ...mapping,
      notes: {
        records: mapped,
        MB: Number((bytes.length / 1e6).toFixed(1)),
        "records/s": Math.round(mapped / (mapping.subjectMs / 1000)),
      },
    };
    return [syncResult, mappingResult];
  } finally {
    mock.child.kill("SIGTERM");
    await rm(dir, { recursive: true, force: true });
  }
};

export default run;
