const SECRET_PARAMS =
  /^(access_token|token|client_secret|client_assertion|assertion|password|api[_-]?key|code|key|secret)$/i;

/**
 * The URL as text without user info or secret-looking query values, safe for errors and hooks.
 *
 * @example
 * redactUrl("https://gipod.api.vlaanderen.be/api/v1/notifications?access_token=abc&limit=10");
 * // "https://gipod.api.vlaanderen.be/api/v1/notifications?access_token=REDACTED&limit=10"
 */
export function redactUrl(url: URL | string): string {
  let u: URL;
  try {
    u = new URL(String(url));
  } catch {
    return "(invalid URL)";
  }
  u.username = "";
  u.password = "";
  for (const key of [...u.searchParams.keys()]) {
    if (SECRET_PARAMS.test(key)) u.searchParams.set(key, "REDACTED");
  }
  return u.toString();
}

/**
 * Headers as a plain object with `Authorization` (and cookies) redacted. Only an auth scheme
 * (`Bearer`, `Basic`) is kept; a value without one is redacted whole.
 *
 * @example
 * redactHeaders({ authorization: "Bearer eyJhbGciOi", accept: "application/json" });
 * // { authorization: "Bearer REDACTED", accept: "application/json" }
 */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (!/^(authorization|cookie|set-cookie|proxy-authorization)$/i.test(k)) {
      out[k] = v;
      continue;
    }
    const scheme = /^([A-Za-z][A-Za-z0-9-]*)\s+\S/.exec(v)?.[1];
    out[k] = scheme && /^(authorization|proxy-authorization)$/i.test(k) ? `${scheme} REDACTED` : "REDACTED";
  }
  return out;
}
