/**
 * Request, token and fault counters of a running mock.
 *
 * @example
 * const stats: MockStats = mock.stats;
 * console.log(stats.total(), stats.total("occupancies"), stats.tokensIssued, stats.totalFaults("429"));
 * stats.reset();
 */
export interface MockStats {
  /** Responses per route name, then per HTTP status (`"reset"` when the socket was destroyed). */
  readonly requests: Record<string, Record<string, number>>;
  /** Access tokens issued by the token endpoint. */
  tokensIssued: number;
  /** Faults injected per route name, then per fault kind. */
  readonly faults: Record<string, Record<string, number>>;
  /** Total responses, for one route or all. */
  total(route?: string): number;
  /** Total faults injected, for one kind or all. */
  totalFaults(kind?: string): number;
  /** Zeroes every counter. */
  reset(): void;
}

/** Creates an empty {@link MockStats}. */
export function createStats(): MockStats {
  const requests: Record<string, Record<string, number>> = {};
  const faults: Record<string, Record<string, number>> = {};
  const sum = (table: Record<string, Record<string, number>>, outer?: string, inner?: string) => {
    let n = 0;
    for (const [o, counts] of Object.entries(table)) {
      if (outer !== undefined && o !== outer) continue;
      for (const [i, c] of Object.entries(counts)) if (inner === undefined || i === inner) n += c;
    }
    return n;
  };
  const stats: MockStats = {
    requests,
    tokensIssued: 0,
    faults,
    total: (route) => sum(requests, route),
    totalFaults: (kind) => sum(faults, undefined, kind),
    reset() {
      for (const k of Object.keys(requests)) delete requests[k];
      for (const k of Object.keys(faults)) delete faults[k];
      stats.tokensIssued = 0;
    },
  };
  return stats;
}

/** Adds one to `table[outer][inner]`. */
export function bump(table: Record<string, Record<string, number>>, outer: string, inner: string): void {
  const row = table[outer] ?? {};
  row[inner] = (row[inner] ?? 0) + 1;
  table[outer] = row;
}
