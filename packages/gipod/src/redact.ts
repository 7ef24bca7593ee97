const SECRET_PARAMS =
  /^(access_token|token|client_secret|client_assertion|assertion|password|api[_-]?key|code|key|secret)$/i;

/** The URL as text without user info or secret-looking query values, safe for errors and hooks. */
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

/** Headers as a plain object with `Authorization` (and cookies) redacted. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    out[k] = /^(authorization|cookie|set-cookie|proxy-authorization)$/i.test(k)
      ? `${v.split(" ")[0]} REDACTED`
      : v;
  }
  return out;
}
