import { GipodResponseError } from "../errors.js";

/** A JSON object from a payload. */
export type Json = Record<string, unknown>;

/** Defensive readers for untrusted payloads: each failure is a {@link GipodResponseError} naming the path. */
export class Reader {
  constructor(readonly source: string) {}

  fail(path: string, message: string): never {
    throw new GipodResponseError(path, message, this.source);
  }

  object(value: unknown, path: string): Json {
    if (value === null || typeof value !== "object" || Array.isArray(value))
      this.fail(path, `expected an object, got ${kind(value)}`);
    return value as Json;
  }

  optObject(value: unknown, path: string): Json | undefined {
    return value === undefined || value === null ? undefined : this.object(value, path);
  }

  array(value: unknown, path: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(path, `expected an array, got ${kind(value)}`);
    return value;
  }

  string(value: unknown, path: string): string {
    if (typeof value !== "string" || value.trim() === "")
      this.fail(path, `expected non-empty text, got ${kind(value)}`);
    return value;
  }

  optString(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value !== "string") this.fail(path, `expected text, got ${kind(value)}`);
    return value.trim() === "" ? undefined : value;
  }

  /** A positive integer id; numeric strings are accepted (GIPOD sends both). */
  id(value: unknown, path: string): number {
    const n = typeof value === "string" && /^\d{1,15}$/.test(value.trim()) ? Number(value) : value;
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n <= 0)
      this.fail(path, `expected a positive integer id, got ${kind(value)}`);
    return n;
  }

  optBoolean(value: unknown, path: string): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
    return this.fail(path, `expected true or false, got ${kind(value)}`);
  }
}

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return value.length > 40 ? `text "${value.slice(0, 37)}…"` : `text "${value}"`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

/** Resolves a GIPOD-relative IRI (`/api/v1/…`) against a base; undefined when it is not a usable IRI. */
export function absoluteIri(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  // Fast path for GIPOD's usual absolute paths made only of URL-safe characters: origin + path is the resolution.
  if (SAFE_PATH.test(value)) {
    const origin = originOf(base);
    if (origin) return origin + value;
  }
  try {
    return new URL(value, base).toString();
  } catch {
    return undefined;
  }
}

const SAFE_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;
const origins = new Map<string, string | null>();

function originOf(base: string): string | undefined {
  let origin = origins.get(base);
  if (origin === undefined) {
    if (origins.size > 100) origins.clear();
    try {
      origin = new URL(base).origin;
    } catch {
      origin = null;
    }
    origins.set(base, origin);
  }
  return origin ?? undefined;
}

/** Drops undefined values so the result suits `exactOptionalPropertyTypes` and the schemas. */
export function compact<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}
