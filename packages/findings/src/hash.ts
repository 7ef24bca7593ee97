import { canonicalJson } from "./canonical-json.js";

const encoder = new TextEncoder();

/**
 * SHA-256 (lowercase hex) via Web Crypto, available in browsers and Node ≥ 20 alike.
 *
 * @example
 * await sha256Hex("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * const photoHash = await sha256Hex(bytes); // a Uint8Array works too
 */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return toHex(new Uint8Array(digest));
}

/**
 * SHA-256 of a value's {@link canonicalJson} serialisation.
 *
 * @example
 * const same = (await hashCanonical({ a: 1, b: 2 })) === (await hashCanonical({ b: 2, a: 1 })); // true
 */
export function hashCanonical(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}

function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}
