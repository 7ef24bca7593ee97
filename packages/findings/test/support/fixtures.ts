import {
  type Actor,
  addEvidence,
  createEvidence,
  createFinding,
  type FindingPatch,
  type FindingRecord,
  markValid,
  queueFinding,
} from "@digitale-nuts/findings";
import type { Vaststellingscontext } from "@digitale-nuts/oslo";

/** Minimal JPEG-looking bytes (magic number + payload). */
export function jpegBytes(seed = 1, size = 256): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  for (let i = 4; i < size; i++) bytes[i] = (i * 31 + seed * 17) & 0xff;
  return bytes;
}

export const context: Vaststellingscontext = {
  werkId: "W-1001",
  gipodId: "19345678",
  dossierId: "D-77",
  bonuNummer: "BONU-2026-0042",
  referentieId: "SV-2026-118",
  adres: { straatnaam: "Meir", huisnummer: "12", postcode: "2000", gemeentenaam: "Antwerpen" },
  district: "Antwerpen",
  nutsbedrijf: "fluvius",
  locatie: { breedtegraad: 51.2194, lengtegraad: 4.4025 },
  locatiebron: "exact",
  geplandeDatum: "2026-03-10",
  bezoektype: "START",
  toezichter: "insp-07",
};

export const by = (at = "2026-03-10T09:00:00Z", actor = "insp-07"): Actor => ({ actor, at });

export const completePatch: FindingPatch = {
  status: "in_behandeling",
  fase: "uitvoering",
  ingreepType: "sleuf",
  verhardingType: "beton",
  antwoorden: [{ veld: "werfafbakening", waarde: ["OK, werfzone correct afgebakend"] }],
};

/** A draft with all gates satisfied (two photos). */
export async function completeDraft(
  id = "v-1",
  patch: FindingPatch = {},
  ctx: Vaststellingscontext = context,
): Promise<FindingRecord> {
  let { record } = await createFinding(
    ctx,
    { vaststellingId: id, toezichter: "insp-07", patch: { ...completePatch, ...patch } },
    by(),
  );
  for (const [i, soort] of (["VOOR", "DETAIL"] as const).entries()) {
    const foto = await createEvidence(jpegBytes(i), {
      fotoId: `${id}-${soort}`,
      soort,
      mediatype: "image/jpeg",
      opslag: `s3://dn-fotos/${id}/${soort}.jpg`,
      genomenOp: "2026-03-10T09:05:00Z",
      toestelPositie: { breedtegraad: 51.2195, lengtegraad: 4.4026, nauwkeurigheid: 6 },
      actor: "insp-07",
      bron: "camera",
    });
    ({ record } = await addEvidence(record, foto, by(`2026-03-10T09:0${6 + i}:00Z`)));
  }
  return record;
}

/** A queued, valid finding ready to sync. */
export async function queuedFinding(
  id = "v-1",
  patch: FindingPatch = {},
  ctx: Vaststellingscontext = context,
): Promise<FindingRecord> {
  const valid = await markValid(await completeDraft(id, patch, ctx), by("2026-03-10T09:10:00Z"));
  return (await queueFinding(valid.record, by("2026-03-10T09:11:00Z"))).record;
}
