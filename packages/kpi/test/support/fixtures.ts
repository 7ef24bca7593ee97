import { computeKpis, type KpiInput, type KpiOptions, type KpiResult } from "@digitale-nuts/kpi";
import type { Antwoord, Inname, Klacht, SyncEvent, Toezichtbezoek, Vaststelling } from "@digitale-nuts/oslo";

/** The week most tests report on: Monday 9 to Sunday 15 March 2026. */
export const WEEK = { start: "2026-03-09", end: "2026-03-15" } as const;

let seq = 0;

/** Loose overrides: tests also build findings with unknown codes or missing fields on purpose. */
export type FindingOverrides = { readonly [K in keyof Vaststelling]?: unknown } & {
  readonly context?: Record<string, unknown>;
};

/** A valid OSLO finding (pseudonymous inspector, no names); override what a test is about. */
export function finding(over: FindingOverrides = {}): Vaststelling {
  seq++;
  const { context, ...rest } = over;
  return {
    type: "Vaststelling",
    vaststellingId: `f-${seq}`,
    context: {
      werkId: `w-${seq}`,
      gipodId: "1000123",
      referentieId: "GW-2026-1",
      adres: { straatnaam: "Meir", huisnummer: "1", postcode: "2000" },
      district: "Antwerpen",
      nutsbedrijf: "fluvius",
      locatie: { breedtegraad: 51.2194, lengtegraad: 4.4025 },
      locatiebron: "exact",
      ...context,
    },
    registratiestatus: "synced",
    status: "open",
    fase: "uitvoering",
    ingreepType: "sleuf",
    verhardingType: "asfalt",
    antwoorden: [],
    tags: [],
    fotobewijs: [],
    toezichter: "insp-01",
    vastgesteldOp: "2026-03-10T09:00:00Z",
    ...rest,
  } as Vaststelling;
}

/** Checklist answers: `ok` OKs, `nok` NOKs with a responsible, `nokNoResp` NOKs without. */
export function answers(ok: number, nok = 0, nokNoResp = 0, info = 0): Antwoord[] {
  const out: Antwoord[] = [];
  for (let i = 0; i < ok; i++) out.push({ veld: `sleuf__ok_${i}`, waarde: ["OK"], resultaat: "OK" });
  for (let i = 0; i < nok; i++)
    out.push({
      veld: `sleuf__nok_${i}`,
      waarde: ["NOK vlakheid"],
      resultaat: "NOK",
      verantwoordelijke: "aannemer",
    });
  for (let i = 0; i < nokNoResp; i++)
    out.push({ veld: `sleuf__nokx_${i}`, waarde: ["NOK"], resultaat: "NOK" });
  for (let i = 0; i < info; i++)
    out.push({ veld: `basis__info_${i}`, waarde: ["asfalt"], resultaat: "INFO" });
  return out;
}

/** A valid OSLO groundwork. */
export function work(over: Partial<Record<string, unknown>> = {}): Inname {
  seq++;
  return {
    type: "Grondwerk",
    gipodId: 1000 + seq,
    identificator: [],
    referentie: `GW-${seq}`,
    status: "in_uitvoering",
    periode: { begin: "2026-03-01T07:00:00+01:00", einde: "2026-03-20T17:00:00+01:00" },
    contactorganisatie: [],
    zone: [],
    heeftGevolg: [],
    isVergundDoor: [],
    categorie: "categorie_2",
    specificatie: [],
    district: "Antwerpen",
    adresvoorstelling: { postcode: "2000" },
    ...over,
  } as Inname;
}

/** A planned visit on 2026-03-10. */
export function visit(over: Partial<Toezichtbezoek> = {}): Toezichtbezoek {
  seq++;
  return {
    type: "Toezichtbezoek",
    bezoekId: `b-${seq}`,
    bezoektype: "TUSSEN",
    geplandeDatum: "2026-03-10",
    ...over,
  } as Toezichtbezoek;
}

/** A sync event received on 2026-03-10. */
export function syncEvent(over: { readonly [K in keyof SyncEvent]?: unknown } = {}): SyncEvent {
  seq++;
  return {
    type: "SyncEvent",
    syncEventId: `s-${seq}`,
    bron: "findings",
    onderwerp: `f-${seq}`,
    uitkomst: "accepted",
    ontvangenOp: "2026-03-10T10:00:00Z",
    ...over,
  } as SyncEvent;
}

/** A complaint received on 2026-03-10. */
export function complaint(over: Partial<Klacht> = {}): Klacht {
  seq++;
  return {
    type: "Klacht",
    klachtId: `k-${seq}`,
    ontvangenOp: "2026-03-10T08:00:00Z",
    status: "ontvangen",
    ...over,
  } as Klacht;
}

export const asFinding = (vaststelling: Vaststelling): KpiInput => ({ kind: "vaststelling", vaststelling });
export const asWork = (
  inname: Inname,
  extra: { locatiebron?: string; impactscore?: number; bron?: string } = {},
): KpiInput => ({
  kind: "inname",
  inname,
  ...extra,
});
export const asVisit = (bezoek: Toezichtbezoek, extra: Record<string, unknown> = {}): KpiInput =>
  ({ kind: "bezoek", bezoek, ...extra }) as KpiInput;

/** The ungrouped result of one KPI. */
export function one(
  id: string,
  inputs: readonly KpiInput[],
  period: { start: string; end: string } = WEEK,
  options?: KpiOptions,
): KpiResult {
  const r = computeKpis({ kpis: [id], inputs, period, ...(options ? { options } : {}) }).results[id]?.["*"];
  if (!r) throw new Error(`no result for ${id}`);
  return r;
}
