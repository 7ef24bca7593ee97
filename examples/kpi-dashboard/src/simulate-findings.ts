// Simulated inspections: in a real deployment these findings come from the sync server's store.
import { addEvidence, createEvidence, createFinding, type FindingRecord } from "@digitale-nuts/findings";
import type { Antwoord, Inname } from "@digitale-nuts/oslo";

/** A seeded PRNG (mulberry32): the same seed gives the same findings. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One finding per work, spread over the given days, with a NOK rate that differs per utility so the partner
 * KPI has something to show. `districtOf` maps a postcode to the city's district (GIPOD does not know them).
 */
export async function simulateFindings(
  works: readonly Inname[],
  days: readonly string[],
  random: () => number,
  districtOf: (postcode: string | undefined) => string | undefined = () => undefined,
): Promise<FindingRecord[]> {
  const findings: FindingRecord[] = [];
  for (const [n, work] of works.entries()) {
    const day = days[n % days.length] as string;
    const toezichter = `insp-0${1 + (n % 7)}`;
    const by = { actor: toezichter, at: `${day}T${String(8 + (n % 8)).padStart(2, "0")}:30:00Z` };
    const nutsbedrijf = work.beheerder?.nutsbedrijf; // the owner, when it is a utility company
    const nok = random() < (nutsbedrijf === "proximus" ? 0.5 : 0.2);
    const antwoorden: Antwoord[] = [
      { veld: "werfafbakening", waarde: ["OK"], resultaat: "OK" },
      nok
        ? {
            veld: "herstel_vlakheid",
            waarde: ["NOK, oneffen"],
            resultaat: "NOK",
            verantwoordelijke: "aannemer",
          }
        : { veld: "herstel_vlakheid", waarde: ["OK"], resultaat: "OK" },
    ];
    const district = work.district ?? districtOf(work.adresvoorstelling?.postcode); // GIPOD has no districts
    const [lon, lat] = firstPosition(work.geometrie?.geojson);
    let { record } = await createFinding(
      {
        werkId: `gipod-${work.gipodId}`,
        gipodId: String(work.gipodId),
        ...(work.adresvoorstelling ? { adres: work.adresvoorstelling } : {}),
        ...(district ? { district } : {}),
        ...(nutsbedrijf ? { nutsbedrijf } : {}),
        locatie: { breedtegraad: lat ?? 51.2194, lengtegraad: lon ?? 4.4025 },
        locatiebron: lat === undefined ? "postcode" : "exact",
        geplandeDatum: day,
        bezoektype: "TUSSEN",
        toezichter,
      },
      {
        vaststellingId: `v-${String(n + 1).padStart(4, "0")}`,
        toezichter,
        patch: {
          ...{ status: nok ? "open" : "in_behandeling", fase: "uitvoering" },
          ...{ ingreepType: "sleuf", verhardingType: "asfalt", antwoorden },
        },
      },
      by,
    );
    for (const soort of ["VOOR", "DETAIL"] as const) {
      const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, n & 0xff, (n >> 8) & 0xff, soort.length]);
      const foto = await createEvidence(bytes, {
        ...{ fotoId: `${record.vaststelling.vaststellingId}-${soort}`, soort, mediatype: "image/jpeg" },
        ...{ opslag: `s3://dn-fotos/${n}-${soort}.jpg`, genomenOp: by.at, actor: toezichter, bron: "camera" },
      });
      ({ record } = await addEvidence(record, foto, by));
    }
    findings.push(record);
  }
  return findings;
}

function firstPosition(geometry: unknown): [number?, number?] {
  let c = (geometry as { coordinates?: unknown } | undefined)?.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) ? [c[0] as number, c[1] as number] : [];
}
