import { GipodAuthError, GipodHttpError, GipodNetworkError, type ProblemDetails } from "../errors.js";
import { redactHeaders, redactUrl } from "../redact.js";
import type { GipodHooks } from "./hooks.js";
import type { RateLimiter } from "./rate-limiter.js";
import { isRetryableStatus, type RetryPolicy } from "./retry-policy.js";
import { sleep } from "./sleep.js";

/** What every request shares: fetch, timeout, retry policy, rate limiter, hooks and counters. */
export interface TransportConfig {
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly limiter: RateLimiter;
  readonly hooks: GipodHooks;
  readonly signal?: AbortSignal;
  /** Counters for reports; `retries` counts backoff retries, `reauthentications` 401 recoveries. */
  readonly stats: { requests: number; retries: number; reauthentications: number };
}

/** One logical request; `send` may make several attempts. */
export interface HttpRequest {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly url: URL;
  readonly headers?: Record<string, string>;
  /** Built per attempt (a client assertion must be fresh for each). */
  readonly body?: string | URLSearchParams | (() => Promise<string | URLSearchParams>);
  /** Reads (and the token grant) are retried on transient failures; writes are not. */
  readonly idempotent: boolean;
  readonly parse: "json" | "none";
  readonly signal?: AbortSignal;
  /** Supplies the Authorization header; `rejected` is the header a 401 just refused (so refresh it). */
  readonly authorize?: (rejected: string | undefined) => Promise<string>;
}

/** A successful response, body parsed. */
export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

class Retryable extends Error {
  constructor(
    readonly error: Error,
    readonly retryAfter?: string | null,
  ) {
    super(error.message);
  }
}

/**
 * Sends a request with rate limiting, a per-attempt timeout, retries with backoff for idempotent
 * requests, and exactly one re-authentication after a 401. Throws typed errors only.
 */
export async function send(config: TransportConfig, request: HttpRequest): Promise<HttpResponse> {
  const url = redactUrl(request.url);
  const signal = anySignal([request.signal, config.signal]);
  let reauthenticated = false;
  let rejected: string | undefined;
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      return await attemptOnce(config, request, url, attempt, signal, rejected);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof NeedsReauth) {
        if (reauthenticated || !request.authorize) {
          throw new GipodAuthError(
            "GIPOD_AUTH_UNAUTHORIZED",
            `${request.method} ${url} answered 401 ${reauthenticated ? "again after re-authenticating" : "and no credentials can be refreshed"}. Check the client's credentials and scopes.`,
            401,
          );
        }
        reauthenticated = true;
        rejected = error.header;
        config.stats.reauthentications++;
        attempt--;
        continue;
      }
      if (!(error instanceof Retryable)) throw error;
      if (!request.idempotent || attempt > config.retry.retries) throw error.error;
      const delayMs = config.retry.delayMs(attempt, error.retryAfter);
      config.stats.retries++;
      config.hooks.onRetry?.({ method: request.method, url, attempt, delayMs, reason: error.error.message });
      await sleep(delayMs, signal);
    }
  }
}

class NeedsReauth extends Error {
  constructor(readonly header: string | undefined) {
    super("401");
  }
}

async function attemptOnce(
  config: TransportConfig,
  request: HttpRequest,
  url: string,
  attempt: number,
  signal: AbortSignal | undefined,
  rejected: string | undefined,
): Promise<HttpResponse> {
  await config.limiter.take(signal);
  const headers: Record<string, string> = { accept: "application/json", ...request.headers };
  if (request.authorize) headers.authorization = await request.authorize(rejected);
  const body = typeof request.body === "function" ? await request.body() : request.body;
  if (typeof body === "string") headers["content-type"] ??= "application/json";
  config.hooks.onRequest?.({ method: request.method, url, attempt, headers: redactHeaders(headers) });

  const timeout = AbortSignal.timeout(config.timeoutMs);
  const attemptSignal = anySignal([signal, timeout]);
  const started = performance.now();
  config.stats.requests++;
  let response: Response;
  try {
    response = await config.fetch(request.url, {
      method: request.method,
      headers,
      ...(body === undefined ? {} : { body }),
      ...(attemptSignal ? { signal: attemptSignal } : {}),
      redirect: "error",
    });
  } catch (cause) {
    throw networkFailure(request, url, cause, signal, timeout, "connection");
  }
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw networkFailure(request, url, cause, signal, timeout, "truncated");
  }
  config.hooks.onResponse?.({
    method: request.method,
    url,
    attempt,
    status: response.status,
    durationMs: performance.now() - started,
  });

  if (response.status === 401 && request.authorize) throw new NeedsReauth(headers.authorization);
  if (!response.ok) {
    const problem = readProblem(text);
    if (response.status === 401 || response.status === 403) {
      throw new GipodAuthError(
        response.status === 403 ? "GIPOD_AUTH_FORBIDDEN" : "GIPOD_AUTH_UNAUTHORIZED",
        `${request.method} ${url} answered ${response.status}${problem.detail ? `: ${problem.detail}` : ""}. ${response.status === 403 ? "The client lacks the scope for this call." : "Check the credentials."}`,
        response.status,
      );
    }
    const error = new GipodHttpError(response.status, request.method, url, problem);
    if (isRetryableStatus(response.status)) throw new Retryable(error, response.headers.get("retry-after"));
    throw error;
  }
  if (request.parse === "none" || response.status === 204 || text.trim() === "") {
    return { status: response.status, headers: response.headers, body: undefined };
  }
  try {
    return { status: response.status, headers: response.headers, body: JSON.parse(text) };
  } catch (cause) {
    // A cut-off body parses as broken JSON: treat as a transient transport failure. The SyntaxError is not
    // kept as `cause`: its message quotes the body, which for the token endpoint holds the access token.
    throw new Retryable(
      new GipodNetworkError(
        "truncated",
        request.method,
        url,
        `the response body is not complete JSON (${(cause as Error)?.name ?? "error"})`,
      ),
    );
  }
}

function networkFailure(
  request: HttpRequest,
  url: string,
  cause: unknown,
  signal: AbortSignal | undefined,
  timeout: AbortSignal,
  kind: "connection" | "truncated",
): unknown {
  if (signal?.aborted) return signal.reason;
  const reason = cause instanceof Error ? cause.name : "error";
  const error = timeout.aborted
    ? new GipodNetworkError("timeout", request.method, url, "no complete response within the timeout")
    : new GipodNetworkError(
        kind,
        request.method,
        url,
        `the ${kind === "connection" ? "connection failed" : "response was cut off"} (${reason})`,
      );
  return new Retryable(error);
}

function readProblem(text: string): ProblemDetails {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    if (parsed === null || typeof parsed !== "object") return {};
    const pick = (k: string) => (typeof parsed[k] === "string" ? { [k]: parsed[k] as string } : {});
    return {
      ...pick("type"),
      ...pick("title"),
      ...pick("detail"),
      ...pick("instance"),
      ...(typeof parsed.status === "number" ? { status: parsed.status } : {}),
      ...(typeof parsed.error_description === "string" ? { detail: parsed.error_description } : {}),
      ...(typeof parsed.error === "string" && typeof parsed.title !== "string"
        ? { title: parsed.error }
        : {}),
    };
  } catch {
    return {};
  }
}

/** Combines signals (AbortSignal.any exists on Node ≥ 20.3). */
export function anySignal(signals: readonly (AbortSignal | undefined)[]): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (present.length <= 1) return present[0];
  return AbortSignal.any(present);
}
