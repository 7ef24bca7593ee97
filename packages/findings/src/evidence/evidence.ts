import { type Fotobewijs, parseFotobewijs } from "@digitale-nuts/oslo";
import { EvidenceError } from "../errors.js";
import { sha256Hex } from "../hash.js";

/**
 * Size and type limits for photo evidence.
 *
 * @example
 * const limits: EvidenceLimits = { maxBytes: 1_000_000, mediaTypes: ["image/jpeg"] };
 * const foto = await createEvidence(bytes, input, limits);
 */
export interface EvidenceLimits {
  /** Largest accepted image in bytes. Default 1,800,000 (the prototype's rejection limit after compression). */
  readonly maxBytes: number;
  /** Accepted media types. Default JPEG, PNG, WebP and HEIC. */
  readonly mediaTypes: readonly string[];
}

/**
 * The default {@link EvidenceLimits}.
 *
 * @example
 * DEFAULT_EVIDENCE_LIMITS.maxBytes; // 1_800_000
 */
export const DEFAULT_EVIDENCE_LIMITS: EvidenceLimits = {
  maxBytes: 1_800_000,
  mediaTypes: ["image/jpeg", "image/png", "image/webp", "image/heic"],
};

/**
 * What is known about a photo besides its bytes.
 *
 * @example
 * const input: EvidenceInput = {
 *   fotoId: "f-1", soort: "DETAIL", mediatype: "image/jpeg", opslag: "dn-fotos/f-1.jpg",
 *   genomenOp: "2026-03-10T09:12:00Z", actor: "insp-07", bron: "camera",
 * };
 */
export interface EvidenceInput {
  readonly fotoId: string;
  readonly soort: Fotobewijs["soort"];
  readonly mediatype: string;
  /** Where the bytes are stored: a URL or an object-storage key. Never a `data:` URL. */
  readonly opslag: string;
  readonly genomenOp: string;
  /** Where the device was, from its own GPS (not the work's location). */
  readonly toestelPositie?: Fotobewijs["toestelPositie"];
  /** Pseudonymous id of the photographer. */
  readonly actor: string;
  readonly bron: Fotobewijs["bron"];
}

const MAGIC: Record<string, (b: Uint8Array) => boolean> = {
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  "image/webp": (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP",
  "image/heic": (b) => ascii(b, 4, 8) === "ftyp",
};

/**
 * Builds a `Fotobewijs` bound to the image bytes by their SHA-256. Checks size, media type
 * (declared and sniffed from the bytes) and that the photo is stored by reference.
 *
 * @example
 * const foto = await createEvidence(bytes, { fotoId: "f-1", soort: "VOOR", mediatype: "image/jpeg",
 *   opslag: "s3://dn-fotos/f-1.jpg", genomenOp: "2026-03-10T09:12:00Z", actor: "insp-07", bron: "camera" });
 */
export async function createEvidence(
  bytes: Uint8Array,
  input: EvidenceInput,
  limits: Partial<EvidenceLimits> = {},
): Promise<Fotobewijs> {
  const { maxBytes, mediaTypes } = { ...DEFAULT_EVIDENCE_LIMITS, ...limits };
  if (bytes.byteLength === 0)
    throw new EvidenceError("EVIDENCE_EMPTY", `Photo ${input.fotoId}: the image has no bytes.`);
  if (bytes.byteLength > maxBytes) {
    throw new EvidenceError(
      "EVIDENCE_TOO_LARGE",
      `Photo ${input.fotoId}: ${bytes.byteLength} bytes exceeds the limit of ${maxBytes}; compress it first.`,
    );
  }
  if (!mediaTypes.includes(input.mediatype)) {
    throw new EvidenceError(
      "EVIDENCE_MEDIA_TYPE",
      `Photo ${input.fotoId}: media type "${input.mediatype}" is not accepted (${mediaTypes.join(", ")}).`,
    );
  }
  const sniff = MAGIC[input.mediatype];
  if (sniff && !sniff(bytes)) {
    throw new EvidenceError(
      "EVIDENCE_MEDIA_TYPE_MISMATCH",
      `Photo ${input.fotoId}: the bytes are not a ${input.mediatype} image.`,
    );
  }
  if (/^data:/i.test(input.opslag.trim())) {
    throw new EvidenceError(
      "EVIDENCE_INLINE",
      `Photo ${input.fotoId}: store the image and pass its URL or key in "opslag", not an inline data: URL.`,
    );
  }
  return parseFotobewijs({
    type: "Fotobewijs",
    fotoId: input.fotoId,
    soort: input.soort,
    inhoudHash: await sha256Hex(bytes),
    mediatype: input.mediatype,
    grootte: bytes.byteLength,
    opslag: input.opslag,
    genomenOp: input.genomenOp,
    ...(input.toestelPositie ? { toestelPositie: input.toestelPositie } : {}),
    actor: input.actor,
    bron: input.bron,
  }) as Fotobewijs;
}

/**
 * The outcome of {@link verifyEvidence}.
 *
 * @example
 * const check: EvidenceCheck = await verifyEvidence(bytes, foto);
 * if (!check.valid) console.log(check.reason); // "size_mismatch" or "hash_mismatch"
 */
export interface EvidenceCheck {
  readonly valid: boolean;
  readonly reason?: "size_mismatch" | "hash_mismatch";
}

/**
 * Checks that `bytes` are exactly the image the evidence was made from (size, then SHA-256).
 *
 * @example
 * const { valid } = await verifyEvidence(downloaded, foto); // false when the stored image was altered
 */
export async function verifyEvidence(
  bytes: Uint8Array,
  evidence: Pick<Fotobewijs, "inhoudHash" | "grootte">,
): Promise<EvidenceCheck> {
  if (bytes.byteLength !== evidence.grootte) return { valid: false, reason: "size_mismatch" };
  if ((await sha256Hex(bytes)) !== evidence.inhoudHash) return { valid: false, reason: "hash_mismatch" };
  return { valid: true };
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}
