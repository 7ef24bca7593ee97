/**
 * Observability hooks. Payloads never contain tokens, assertions, secrets or keys.
 *
 * @example
 * const hooks: GipodHooks = {
 *   onRetry: ({ method, url, attempt, delayMs, reason }) => console.warn(`${method} ${url} retry ${attempt} in ${delayMs} ms: ${reason}`),
 *   onWarning: ({ code, message }) => console.warn(code, message), // e.g. "GIPOD_V1_FALLBACK"
 * };
 * const gipod = createGipodClient({ environment: "beta", auth, hooks });
 */
export interface GipodHooks {
  /** Before each attempt of a request. */
  onRequest?(event: { method: string; url: string; attempt: number; headers: Record<string, string> }): void;
  /** After each response (any status). */
  onResponse?(event: {
    method: string;
    url: string;
    attempt: number;
    status: number;
    durationMs: number;
  }): void;
  /** Before a retry, with the reason and the wait. */
  onRetry?(event: { method: string; url: string; attempt: number; delayMs: number; reason: string }): void;
  /** Something the caller should know that is not an error (v1 fallback, skipped link, rejected record). */
  onWarning?(event: { code: string; message: string }): void;
}
