import {
  addEvidence,
  createEvidence,
  createFinding,
  type FindingRecord,
  setHandoverDecision,
} from "@digitale-nuts/findings";
import { computeKpis, type KpiInput, kpiSeries } from "@digitale-nuts/kpi";
import type { Antwoord } from "@digitale-nuts/oslo";
import {
  antwerpenProfile,
  type CityProfile,
  type DayPlan,
  type PlanningWork,
  planDay,
} from "@digitale-nuts/prioritisation";

/** A small seeded PRNG (mulberry32): fixtures are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Antwerp's profile with pseudonymous inspector ids `insp-01` … `insp-07`. */
export const profile: CityProfile = {
  ...antwerpenProfile,
  inspectors: antwerpenProfile.inspectors.map((i, k) => ({ ...i, id: `insp-0${k + 1}` })),
};

const UTILITIES = ["fluvius", "proximus", "telenet", "water_link", "wyre"];

/** Works spread over the profile's areas, active through March 2026. */
export function makeWorks(count: number, random: () => number): PlanningWork[] {
  const areas = profile.areas;
  return Array.from({ length: count }, (_, i) => {
    const area = areas[i % areas.length] ?? areas[0];
    const start = 1 + Math.floor(random() * 20);
    return {
      id: `w-${String(i + 1).padStart(3, "0")}`,
      gipodId: String(19000000 + i * 7),
      status: "in_uitvoering",
      category: random() < 0.3 ? "categorie_1" : "categorie_2",
      permitStatus: "afgeleverd",
      district: area?.district ?? "Antwerpen",
      postcode: area?.postcode ?? "2000",
      startDate: `2026-02-${String(Math.min(28, start)).padStart(2, "0")}`,
      endDate: `2026-03-${String(10 + Math.floor(random() * 18)).padStart(2, "0")}`,
      location: {
        lat: (area?.centroid?.lat ?? 51.22) + (random() - 0.5) * 0.02,
        lon: (area?.centroid?.lon ?? 4.4) + (random() - 0.5) * 0.03,
      },
      utility: UTILITIES[i % UTILITIES.length] ?? "fluvius",
      contractor: `aannemer-${(i % 4) + 1}`,
    } as PlanningWork;
  });
}

function jpeg(seed: number): Uint8Array {
  const bytes = new Uint8Array(128);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  for (let i = 4; i < bytes.length; i++) bytes[i] = (i * 31 + seed * 17) & 0xff;
  return bytes;
}

function answers(random: () => number, utilityBad: boolean): Antwoord[] {
  const out: Antwoord[] = [
    { veld: "werfafbakening", waarde: ["OK, werfzone correct afgebakend"], resultaat: "OK" },
    { veld: "signalisatie", waarde: ["OK"], resultaat: "OK" },
  ];
  if (random() < (utilityBad ? 0.55 : 0.2)) {
    out.push({
      veld: "herstel_vlakheid",
      waarde: ["NOK oneffen herstel"],
      resultaat: "NOK",
      verantwoordelijke: "aannemer",
    });
  }
  if (random() < 0.1) out.push({ veld: "voetpad_doorgang", waarde: ["NOK geen doorgang"], resultaat: "NOK" });
  out.push({ veld: "verharding_info", waarde: ["asfalt"], resultaat: "INFO" });
  return out;
}

/** A realistic city fortnight: plans per working day and findings made on the planned visits. */
export interface CityFixture {
  readonly works: PlanningWork[];
  readonly plans: DayPlan[];
  readonly findings: FindingRecord[];
  readonly today: string;
}

const DAYS = [
  "2026-03-02",
  "2026-03-03",
  "2026-03-04",
  "2026-03-05",
  "2026-03-06",
  "2026-03-09",
  "2026-03-10",
];

/** Builds the fixture with the real prioritisation and findings functions (seeded). */
export async function buildCity(seed = 7): Promise<CityFixture> {
  const random = prng(seed);
  const works = makeWorks(48, random);
  const byId = new Map(works.map((w) => [w.id, w]));
  const plans = DAYS.map((d) => planDay(d, works, profile));
  const findings: FindingRecord[] = [];
  let n = 0;
  for (const plan of plans) {
    const isToday = plan.date === DAYS[DAYS.length - 1];
    for (const [inspectorId, visits] of Object.entries(plan.assignments)) {
      for (const [k, visit] of visits.entries()) {
        // Today only the morning's visits are done; earlier days most of them.
        if (isToday ? k > 1 : random() < 0.15) continue;
        const work = byId.get(visit.workId);
        if (!work) continue;
        n++;
        const at = `${plan.date}T${String(8 + k).padStart(2, "0")}:${String(10 + (n % 40)).padStart(2, "0")}:00Z`;
        const by = { actor: inspectorId, at };
        const utility = (work.utility ?? "fluvius") as "fluvius" | "telenet";
        let { record } = await createFinding(
          {
            werkId: work.id,
            gipodId: work.gipodId,
            dossierId: `D-${work.id}`,
            bonuNummer: `BONU-2026-${String(n).padStart(4, "0")}`,
            ...(n % 5 === 0 ? {} : { referentieId: `SV-2026-${n}` }),
            adres: {
              straatnaam: "Teststraat",
              huisnummer: String(n),
              postcode: work.postcode,
              gemeentenaam: "Antwerpen",
            },
            district: work.district,
            nutsbedrijf: utility,
            locatie: { breedtegraad: work.location?.lat ?? 51.2, lengtegraad: work.location?.lon ?? 4.4 },
            locatiebron: "exact",
            geplandeDatum: plan.date,
            bezoektype: visit.visitType,
            toezichter: inspectorId,
          },
          {
            vaststellingId: `v-${String(n).padStart(4, "0")}`,
            toezichter: inspectorId,
            patch: {
              status: random() < 0.3 ? "afgesloten" : "open",
              fase: "uitvoering",
              ingreepType: "sleuf",
              verhardingType: "asfalt",
              aannemer: work.contractor,
              antwoorden: answers(random, utility === "telenet"),
              ...(n % 3 === 0 ? { opmerking: "Herstel niet vlak; aannemer verwittigd ter plaatse." } : {}),
            },
          },
          by,
        );
        for (const [i, soort] of (["VOOR", "DETAIL"] as const).entries()) {
          const foto = await createEvidence(jpeg(n * 2 + i), {
            fotoId: `v-${n}-${soort}`,
            soort,
            mediatype: "image/jpeg",
            opslag: `s3://dn-fotos/v-${n}/${soort}.jpg`,
            genomenOp: at,
            actor: inspectorId,
            bron: "camera",
          });
          ({ record } = await addEvidence(record, foto, by));
        }
        if (n % 4 === 0) {
          ({ record } = await setHandoverDecision(
            record,
            { beslissing: "REQUEST_FIX", notitie: "Vlakheid herstellen binnen 5 werkdagen." },
            { actor: inspectorId, at: `${plan.date}T16:00:00Z` },
          ));
        }
        findings.push(record);
      }
    }
  }
  return { works, plans, findings, today: DAYS[DAYS.length - 1] as string };
}

/** kpi inputs from findings (the way the CLI feeds kpi). */
export function kpiInputs(findings: readonly FindingRecord[]): KpiInput[] {
  return findings.map((f) => ({
    kind: "vaststelling",
    vaststelling: f.vaststelling,
    wachtrijstatus: "synced",
  }));
}

/** KPI results and week series for the fixture's period. */
export function kpisFor(findings: readonly FindingRecord[]) {
  const inputs = kpiInputs(findings);
  const period = { start: "2026-02-23", end: "2026-03-10" };
  return {
    kpis: computeKpis({ inputs, period }),
    series: kpiSeries({ kpis: ["wow-score", "nok_ratio_per_record"], inputs, interval: "week", period })
      .series,
  };
}
