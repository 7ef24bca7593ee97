/**
 * GIPOD API scopes the client requests (domain brief §1.8).
 *
 * @example
 * GIPOD_SCOPES.pdoRead; // "gipod_pdo_read"
 */
export const GIPOD_SCOPES = {
  pdoRead: "gipod_pdo_read",
  pdoWrite: "gipod_pdo_write",
  mhRead: "gipod_mh_read",
  notifications: "gipod_notifications",
} as const;

/**
 * One of the scopes this client uses.
 *
 * @example
 * const scopes: GipodScope[] = [GIPOD_SCOPES.pdoRead, GIPOD_SCOPES.mhRead];
 */
export type GipodScope = (typeof GIPOD_SCOPES)[keyof typeof GIPOD_SCOPES];

/** The cache key of a scope set: sorted, unique, space-separated (also the `scope` form value). */
export function scopeKey(scopes: readonly string[]): string {
  return [...new Set(scopes)].sort().join(" ");
}
