import type { Fotobewijs, Vaststelling } from "@digitale-nuts/oslo";

/** A record as DN_DISPATCH stores it (`DNVaststellingRecord`, DN §4.1), reduced to what its KPIs read. */
export interface DnRecord {
  id: string;
  createdAt: string;
  immutableContext: {
    workId: string;
    gipodId: string;
    referentieId: string;
    straat: string;
    huisnr: string;
    postcode: string;
    district: string;
    nutsBedrijf: string;
    plannedVisitDate: string;
    assignedInspectorId: string;
  };
  mutablePayload: {
    formData: Record<string, string | string[]>;
    handoverDecision?: "BLOCK" | "REQUEST_FIX" | "APPROVE";
  };
}

const CANONICAL = new Set([
  "district",
  "ingreepType",
  "fase",
  "verhardingType",
  "status",
  "termijnHerstel",
  "kritiekeZone",
  "fotoVoor_url",
  "fotoDetail_url",
  "fotoNa_url",
]);
const blank = (v: unknown) =>
  v === undefined || (typeof v === "string" ? v.trim() === "" : Array.isArray(v) && v.length === 0);
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** DN's `calculateChecklistScore(formData)` transcribed from DN §4.7, on DN's own form data. */
export function dnChecklistScore(formData: Record<string, string | string[]>): number {
  let ok = 0;
  let nok = 0;
  let responsibleMissing = 0;
  for (const [key, value] of Object.entries(formData)) {
    if (key.includes("__responsible")) continue;
    const text = String(first(value) ?? "")
      .trimStart()
      .toUpperCase();
    if (text.startsWith("NOK") || text.startsWith("NOT OK")) {
      nok++;
      const specific = formData[`${key}__responsible__${first(value)}`];
      const generic = formData[`${key}__responsible`];
      if (blank(specific) && blank(generic)) responsibleMissing++;
    } else if (text.startsWith("OK")) ok++;
  }
  let missing = 0;
  for (const k of ["district", "ingreepType", "fase", "verhardingType", "status"])
    if (blank(formData[k])) missing++;
  if (formData.fase === "tijdelijk_herstel" && blank(formData.termijnHerstel)) missing++;
  if (formData.verhardingType === "natuursteen" && blank(formData.kritiekeZone)) missing++;
  if (formData.status === "afgesloten" || formData.fase === "definitief_herstel") {
    for (const k of ["fotoVoor_url", "fotoDetail_url", "fotoNa_url"]) if (blank(formData[k])) missing++;
  }
  return Math.min(
    100,
    Math.max(0, Math.round(100 - 15 * nok - 12 * missing - 8 * responsibleMissing + 2 * Math.min(ok, 20))),
  );
}

const PARTY: Record<string, string> = {
  Aannemer: "aannemer",
  Nutsmaatschappij: "nutsmaatschappij",
  "Stad Antwerpen": "stad",
  Signalisatiebedrijf: "signalisatiebedrijf",
};

function photo(id: string, soort: string): Fotobewijs {
  return {
    type: "Fotobewijs",
    fotoId: `${id}-${soort}`,
    soort,
    inhoudHash: "a".repeat(64),
    mediatype: "image/jpeg",
    grootte: 1000,
    opslag: `https://media.example.invalid/${id}/${soort}.jpg`,
    genomenOp: "2026-03-10T09:00:00Z",
    actor: "insp-01",
    bron: "camera",
  } as Fotobewijs;
}

/** Maps a DN record to the OSLO finding the SDK works on. */
export function fromDn(r: DnRecord): Vaststelling {
  const f = r.mutablePayload.formData;
  const ctx = r.immutableContext;
  const str = (k: string) => (blank(f[k]) ? undefined : String(first(f[k])));
  const antwoorden = Object.entries(f)
    .filter(([k]) => !CANONICAL.has(k) && !k.includes("__responsible"))
    .map(([veld, v]) => {
      const values = Array.isArray(v) ? v : [v];
      const party = f[`${veld}__responsible__${values[0]}`] ?? f[`${veld}__responsible`];
      const code = blank(party) ? undefined : PARTY[String(first(party))];
      return { veld, waarde: values, ...(code ? { verantwoordelijke: code } : {}) };
    });
  const fotobewijs = [
    ["fotoVoor_url", "VOOR"],
    ["fotoDetail_url", "DETAIL"],
    ["fotoNa_url", "NA"],
  ]
    .filter(([k]) => !blank(f[k as string]))
    .map(([, soort]) => photo(r.id, soort as string));
  const opt = <T>(k: string, v: T | undefined) => (v === undefined ? {} : { [k]: v });
  return {
    type: "Vaststelling",
    vaststellingId: r.id,
    context: {
      werkId: ctx.workId,
      ...opt("gipodId", ctx.gipodId || undefined),
      ...opt("referentieId", ctx.referentieId || undefined),
      adres: {
        ...opt("straatnaam", ctx.straat || undefined),
        ...opt("huisnummer", ctx.huisnr || undefined),
        ...opt("postcode", ctx.postcode || undefined),
      },
      ...opt("district", str("district")),
      ...opt("nutsbedrijf", ctx.nutsBedrijf || undefined),
      locatie: { breedtegraad: 51.2, lengtegraad: 4.4 },
      locatiebron: "exact",
      geplandeDatum: ctx.plannedVisitDate,
    },
    registratiestatus: "synced",
    status: str("status") ?? "",
    ...opt("fase", str("fase")),
    ...opt("ingreepType", str("ingreepType")),
    ...opt("verhardingType", str("verhardingType")),
    ...opt("termijnHerstel", str("termijnHerstel")),
    ...opt("kritiekeZone", str("kritiekeZone") === undefined ? undefined : str("kritiekeZone") === "ja"),
    ...opt("overdrachtsbeslissing", r.mutablePayload.handoverDecision),
    antwoorden,
    tags: [],
    fotobewijs,
    toezichter: ctx.assignedInspectorId,
    vastgesteldOp: r.createdAt,
  } as Vaststelling;
}
