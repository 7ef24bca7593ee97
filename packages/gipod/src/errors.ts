import { DigitaleNutsError } from "@digitale-nuts/oslo";

/**
 * Fields of an RFC 7807 `application/problem+json` body, as GIPOD sends them.
 *
 * @example
 * try {
 *   await gipod.getGroundwork(10045378);
 * } catch (error) {
 *   const problem: ProblemDetails | undefined = error instanceof GipodHttpError ? error.problem : undefined;
 *   console.warn(problem?.status, problem?.title, problem?.detail);
 * }
 */
export interface ProblemDetails {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly instance?: string;
}

/**
 * GIPOD answered with a non-success HTTP status. The URL never carries secrets.
 *
 * @example
 * try {
 *   await gipod.getGroundwork(10045378);
 * } catch (error) {
 *   if (error instanceof GipodHttpError && error.status === 404) console.warn(error.code, error.problem.detail); // "GIPOD_HTTP_404"
 * }
 */
export class GipodHttpError extends DigitaleNutsError {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly url: string,
    readonly problem: ProblemDetails = {},
    options?: { cause?: unknown },
  ) {
    const detail = problem.detail ?? problem.title;
    super(
      `GIPOD_HTTP_${status}`,
      `${method} ${url} answered ${status}${detail ? `: ${detail}` : ""}. ${hint(status)}`,
      options,
    );
  }
}

function hint(status: number): string {
  if (status === 404 || status === 410) return "Check the id and the API version.";
  if (status === 429) return "GIPOD is rate limiting; lower the request rate.";
  if (status >= 500) return "GIPOD had a server error; retry later.";
  return "Check the request parameters.";
}

/**
 * Authentication or authorisation failed: the token endpoint refused, a 401 persisted, or a scope is missing (403).
 *
 * @example
 * try {
 *   await gipod.getOccupancy(10045378);
 * } catch (error) {
 *   if (error instanceof GipodAuthError && error.code === "GIPOD_AUTH_FORBIDDEN") console.error(error.status, error.message); // 403: missing scope
 * }
 */
export class GipodAuthError extends DigitaleNutsError {
  constructor(
    code: "GIPOD_AUTH_FAILED" | "GIPOD_AUTH_FORBIDDEN" | "GIPOD_AUTH_UNAUTHORIZED" | "GIPOD_AUTH_CONFIG",
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

/**
 * The request never produced a complete response: connection error, reset, timeout or a truncated body.
 *
 * @example
 * try {
 *   await gipod.getOccupancy(10045378);
 * } catch (error) {
 *   if (error instanceof GipodNetworkError) console.warn(error.code, error.kind); // "GIPOD_NETWORK_TIMEOUT", "timeout"
 * }
 */
export class GipodNetworkError extends DigitaleNutsError {
  constructor(
    readonly kind: "connection" | "timeout" | "truncated" | "aborted",
    readonly method: string,
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`GIPOD_NETWORK_${kind.toUpperCase()}`, `${method} ${url}: ${message}`, options);
  }
}

/**
 * A payload GIPOD sent (or a file row) does not have the expected shape; `path` says where.
 *
 * @example
 * try {
 *   mapOccupancy(payload, { baseUrl: GIPOD_ENVIRONMENTS.production.apiBaseUrl });
 * } catch (error) {
 *   if (error instanceof GipodResponseError) console.warn(error.code, error.path, error.source); // "GIPOD_INVALID_PAYLOAD", e.g. "status"
 * }
 */
export class GipodResponseError extends DigitaleNutsError {
  constructor(
    readonly path: string,
    message: string,
    readonly source?: string,
    options?: { cause?: unknown },
  ) {
    super("GIPOD_INVALID_PAYLOAD", `${source ? `${source}: ` : ""}${path}: ${message}`, options);
  }
}

/**
 * The caller passed an invalid option: a bad NIS code, an unknown filter property, an off-origin link.
 *
 * @example
 * try {
 *   validateNiscodes(["2000"]);
 * } catch (error) {
 *   if (error instanceof GipodRequestError) console.error(error.code); // "GIPOD_INVALID_NISCODE"
 * }
 */
export class GipodRequestError extends DigitaleNutsError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}
