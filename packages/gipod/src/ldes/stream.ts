import type { Mobiliteitshinder } from "@digitale-nuts/oslo";
import { GipodRequestError } from "../errors.js";
import type { GipodHooks } from "../http/hooks.js";
import { createRateLimiter } from "../http/rate-limiter.js";
import { createRetryPolicy, type RetryOptions } from "../http/retry-policy.js";
import { sleep } from "../http/sleep.js";
import { send, type TransportConfig } from "../http/transport.js";
import { mapMobilityHindrance } from "../mapping/occupancy.js";
import { compareInstants } from "../time-key.js";

/**
 * Serialisable progress of an LDES read; pass it back as `state` to resume.
 *
 * @example
 * const state: LdesState = JSON.parse(await readFile("ldes-state.json", "utf8"));
 * const stream = gipod.streamMobilityHindrances({ state, onState: (s) => writeFileSync("ldes-state.json", JSON.stringify(s)) });
 */
export interface LdesState {
  readonly version: 1;
  /** Nodes still to read, in order. */
  readonly queue: readonly string[];
  /** Nodes already read. */
  readonly visited: readonly string[];
  /** Nodes without onward relations: re-read when polling, because new members land there. */
  readonly leaves: readonly string[];
  /** Per entity (`isVersionOf`): the `generatedAtTime` of the latest version emitted. */
  readonly latest: Readonly<Record<string, string>>;
  /** Version IRIs already emitted (each member once). */
  readonly emitted: readonly string[];
}

/**
 * Options of {@link streamMobilityHindrances}.
 *
 * @example
 * const options: LdesOptions = { requestsPerMinute: 10, poll: { intervalMs: 60_000 }, invalidMember: "skip", includeRaw: true };
 * for await (const hinder of gipod.streamMobilityHindrances(options)) console.log(hinder.gipodId);
 */
export interface LdesOptions {
  /** Start node; default: the client's environment LDES. */
  readonly url?: string;
  /** Base for resolving relative IRIs in members; default: the start node's origin. */
  readonly baseUrl?: string;
  /** Resume from a state saved earlier. */
  readonly state?: LdesState;
  /** Called with the new state after each node. */
  readonly onState?: (state: LdesState) => void;
  /** Keep polling for new members every `intervalMs` after the stream is read (until aborted). */
  readonly poll?: { readonly intervalMs: number };
  /** Request rate limit; the public LDES is shared, so be polite (a known consumer uses 10/min). */
  readonly requestsPerMinute?: number;
  /** Origins relations may point to besides the start node's. */
  readonly allowedOrigins?: readonly string[];
  /** What to do with a relation to another origin: throw (default) or skip with a warning. */
  readonly offOrigin?: "error" | "skip";
  /** What to do with a member that cannot be mapped: throw (default) or skip with a warning. */
  readonly invalidMember?: "error" | "skip";
  readonly fetch?: typeof fetch;
  readonly hooks?: GipodHooks;
  readonly retry?: RetryOptions;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly includeRaw?: boolean;
}

/**
 * An async iterable of hindrance versions, with its resumable state.
 *
 * @example
 * const stream: LdesStream = gipod.streamMobilityHindrances({ requestsPerMinute: 10 });
 * for await (const hinder of stream) console.log(hinder.gipodId, hinder.status);
 * await writeFile("ldes-state.json", JSON.stringify(stream.state()));
 */
export interface LdesStream extends AsyncIterable<Mobiliteitshinder & { raw?: unknown }> {
  /** The current (JSON-serialisable) state. */
  state(): LdesState;
}

interface Member {
  id: string;
  entity: string;
  generatedAt: string;
  payload: unknown;
}

/**
 * Reads GIPOD's mobility-hindrance LDES: follows `tree:relation`s from the start node, emits every member
 * once, and per hindrance only versions newer than the latest emitted (by `generatedAtTime`).
 *
 * @example
 * const stream = streamMobilityHindrances({ url: ldesUrl, requestsPerMinute: 60 });
 * for await (const hinder of stream) save(hinder);
 * persist(JSON.stringify(stream.state()));
 */
export function streamMobilityHindrances(options: LdesOptions): LdesStream {
  if (!options.url)
    throw new GipodRequestError("GIPOD_CONFIG", "streamMobilityHindrances needs a start `url`.");
  const start = new URL(options.url);
  const allowed = new Set([start.origin, ...(options.allowedOrigins ?? []).map((o) => new URL(o).origin)]);
  const hooks = options.hooks ?? {};
  const baseUrl = options.baseUrl ?? start.origin;
  const transport: TransportConfig = {
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeoutMs: options.timeoutMs ?? 30_000,
    retry: createRetryPolicy(options.retry),
    limiter: createRateLimiter(options.requestsPerMinute),
    hooks,
    stats: { requests: 0, retries: 0, reauthentications: 0 },
    ...(options.signal ? { signal: options.signal } : {}),
  };

  const queue: string[] = [];
  const visited = new Set(options.state?.visited ?? []);
  const leaves = new Set(options.state?.leaves ?? []);
  const latest = new Map(Object.entries(options.state?.latest ?? {}));
  const emitted = new Set(options.state?.emitted ?? []);

  const state = (): LdesState => ({
    version: 1,
    queue: [...queue],
    visited: [...visited],
    leaves: [...leaves],
    latest: Object.fromEntries(latest),
    emitted: [...emitted],
  });

  const admit = (href: string, from: URL): string | undefined => {
    const target = new URL(href, from);
    if (allowed.has(target.origin)) return target.toString();
    const message = `LDES relation from ${from.origin} points to another origin (${target.origin}); not following it.`;
    if (options.offOrigin === "skip") {
      hooks.onWarning?.({ code: "GIPOD_LDES_OFF_ORIGIN", message });
      return undefined;
    }
    throw new GipodRequestError(
      "GIPOD_LDES_OFF_ORIGIN",
      `${message} Add it to allowedOrigins if you trust it.`,
    );
  };

  // A saved state is data from storage: its nodes pass the same origin check as relations.
  for (const node of options.state?.queue ?? [start.toString()]) {
    const admitted = admit(node, start);
    if (admitted !== undefined) queue.push(admitted);
  }

  const readNode = async (nodeUrl: string): Promise<{ members: Member[]; next: string[] }> => {
    const url = new URL(nodeUrl);
    const response = await send(transport, {
      method: "GET",
      url,
      idempotent: true,
      parse: "json",
      headers: { accept: "application/ld+json, application/json" },
    });
    const node = (response.body ?? {}) as Record<string, unknown>;
    const relations = Array.isArray(node["tree:relation"])
      ? (node["tree:relation"] as Record<string, unknown>[])
      : [];
    const next = relations
      .map((rel) =>
        typeof rel?.["tree:node"] === "string"
          ? rel["tree:node"]
          : (rel?.["tree:node"] as { "@id"?: unknown })?.["@id"],
      )
      .filter((href): href is string => typeof href === "string")
      .map((href) => admit(href, url))
      .filter((href): href is string => href !== undefined);
    const items = Array.isArray(node.items)
      ? node.items
      : Array.isArray(node["tree:member"])
        ? (node["tree:member"] as unknown[])
        : [];
    const members = items.flatMap((item): Member[] => {
      const o = (item ?? {}) as Record<string, unknown>;
      const id = typeof o["@id"] === "string" ? o["@id"] : undefined;
      const entity = typeof o.isVersionOf === "string" ? o.isVersionOf : undefined;
      const generatedAt = typeof o.generatedAtTime === "string" ? o.generatedAtTime : undefined;
      if (!id || !entity || !generatedAt) {
        reject(`an LDES member lacks @id, isVersionOf or generatedAtTime`, undefined);
        return [];
      }
      return [{ id, entity, generatedAt, payload: item }];
    });
    members.sort(
      (a, b) => compareInstants(a.generatedAt, b.generatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return { members, next };
  };

  const reject = (message: string, cause: unknown) => {
    if (options.invalidMember === "skip") {
      hooks.onWarning?.({ code: "GIPOD_LDES_INVALID_MEMBER", message });
      return;
    }
    throw cause instanceof Error ? cause : new GipodRequestError("GIPOD_LDES_INVALID_MEMBER", message);
  };

  async function* iterate(): AsyncGenerator<Mobiliteitshinder & { raw?: unknown }> {
    for (;;) {
      while (queue.length > 0) {
        const nodeUrl = queue[0] as string;
        const { members, next } = await readNode(nodeUrl);
        // State changes with each yield, so `state()` is exact even when the consumer stops mid-node.
        for (const m of members) {
          if (emitted.has(m.id)) continue;
          const prior = latest.get(m.entity);
          if (prior !== undefined && compareInstants(m.generatedAt, prior) <= 0) {
            emitted.add(m.id); // older than a version already emitted: superseded
            continue;
          }
          let record: (Mobiliteitshinder & { raw?: unknown }) | undefined;
          try {
            record = mapMobilityHindrance(m.payload, { baseUrl, includeRaw: options.includeRaw ?? false });
          } catch (error) {
            reject(`LDES member ${m.id}: ${(error as Error).message}`, error);
          }
          emitted.add(m.id);
          latest.set(m.entity, m.generatedAt);
          if (record) yield record;
        }
        queue.shift();
        visited.add(nodeUrl);
        const onward = next.filter((n) => !visited.has(n) && !queue.includes(n));
        if (next.length === 0) leaves.add(nodeUrl);
        else leaves.delete(nodeUrl);
        queue.push(...onward);
        options.onState?.(state());
      }
      if (!options.poll) return;
      await sleep(options.poll.intervalMs, options.signal);
      // New members appear on the leaf nodes (and new relations on them); re-read those.
      for (const leaf of leaves) {
        visited.delete(leaf);
        queue.push(leaf);
      }
      if (queue.length === 0) queue.push(start.toString());
    }
  }

  return { state, [Symbol.asyncIterator]: iterate };
}
