import { createHash } from "node:crypto";
import { createEvidence, EvidenceError, sha256Hex, verifyEvidence } from "@digitale-nuts/findings";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jpegBytes } from "./support/fixtures.js";

const input = {
  fotoId: "f-1",
  soort: "VOOR" as const,
  mediatype: "image/jpeg",
  opslag: "s3://dn-fotos/f-1.jpg",
  genomenOp: "2026-03-10T09:12:00Z",
  toestelPositie: { breedtegraad: 51.2, lengtegraad: 4.4, nauwkeurigheid: 5 },
  actor: "insp-07",
  bron: "camera" as const,
};

describe("photo evidence", () => {
  it("hashes the image bytes (not metadata), keeps device position, actor, source and a reference", async () => {
    const bytes = jpegBytes(3, 4096);
    const foto = await createEvidence(bytes, input);
    expect(foto.inhoudHash).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(foto).toMatchObject({
      type: "Fotobewijs",
      grootte: 4096,
      opslag: "s3://dn-fotos/f-1.jpg",
      actor: "insp-07",
      bron: "camera",
      toestelPositie: input.toestelPositie,
    });
    expect(await verifyEvidence(bytes, foto)).toEqual({ valid: true });
  });

  it("property: any change to the bytes is detected", async () => {
    const bytes = jpegBytes(5, 512);
    const foto = await createEvidence(bytes, input);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 511 }),
        fc.integer({ min: 1, max: 255 }),
        async (index, delta) => {
          const changed = bytes.slice();
          changed[index] = ((changed[index] ?? 0) + delta) & 0xff;
          expect(await verifyEvidence(changed, foto)).toEqual({ valid: false, reason: "hash_mismatch" });
        },
      ),
      { numRuns: 100 },
    );
    expect(await verifyEvidence(bytes.subarray(0, 100), foto)).toEqual({
      valid: false,
      reason: "size_mismatch",
    });
  });

  it.each([
    ["EVIDENCE_EMPTY", new Uint8Array(0), {}, {}],
    ["EVIDENCE_TOO_LARGE", jpegBytes(1, 2000), {}, { maxBytes: 1000 }],
    ["EVIDENCE_MEDIA_TYPE", jpegBytes(1), { mediatype: "image/gif" }, {}],
    ["EVIDENCE_MEDIA_TYPE_MISMATCH", new Uint8Array([1, 2, 3, 4, 5]), {}, {}],
    ["EVIDENCE_INLINE", jpegBytes(1), { opslag: "data:image/jpeg;base64,AAAA" }, {}],
  ])("rejects with %s", async (code, bytes, patch, limits) => {
    const error = await createEvidence(bytes, { ...input, ...patch }, limits).catch((e) => e);
    expect(error).toBeInstanceOf(EvidenceError);
    expect(error.code).toBe(code);
    expect(error.message).toContain("f-1");
  });

  it("sha256Hex matches node:crypto for any input", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        expect(await sha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
      }),
      { numRuns: 100 },
    );
  });
});
