import { createHash } from "node:crypto";

/**
 * A UUID derived from a name (SHA-1, formatted like a v5 UUID). Used for the taxonomy and organisation
 * ids GIPOD has not published: invented, but stable across runs and machines.
 */
export function stableUuid(name: string): string {
  const hex = createHash("sha1").update(`gipod-mock:${name}`).digest("hex");
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
