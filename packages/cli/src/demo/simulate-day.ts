import { createHash } from "node:crypto";
import {
  addEvidence,
  buildSyncRequest,
  createEvidence,
  createFinding,
  type FindingRecord,
  type FindingsStore,
  handleSyncRequest,
  markValid,
  queueFinding,
  type SyncRequest,
  setHandoverDecision,
} from "@digitale-nuts/findings";
import { type Antwoord, type Inname, Nutsbedrijven, type Vaststellingscontext } from "@digitale-nuts/oslo";
import {
  type Assignment,
  type DayPlan,
  type PlanningWork,
  seededRandom,
} from "@digitale-nuts/prioritisation";

/** What the simulated day sent and what the sync server answered. */
export interface SimulatedDay {
  /** The findings as the inspectors' devices hold them. */
  readonly findings: readonly FindingRecord[];
  /** HTTP status of every sync request, in order. */
  readonly statuses: readonly number[];
  readonly counts: {
    readonly accepted: number;
    readonly duplicate: number;
    readonly conflict: number;
    readonly other: number;
  };
  readonly photos: number;
  readonly noks: number;
}

/** Deterministic stand-in bytes for a photo (JPEG magic number + seeded payload). */
function photoBytes(seed: number, size = 2048): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  const random = seededRandom(seed);
  for (let i = 4; i < size; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

/** A checklist answered by a seeded coin: mostly OK, some NOKs with the responsible party. */
function answers(random: () => number): Antwoord[] {
  const out: Antwoord[] = [
    { veld: "werfafbakening", waarde: ["OK, werfzone correct afgebakend"], resultaat: "OK" },
    { veld: "signalisatie", waarde: ["OK"], resultaat: "OK" },
  ];
  if (random() < 0.3) {
    out.push({
      veld: "herstel_vlakheid",
      waarde: ["NOK oneffen herstel"],
      resultaat: "NOK",
      verantwoordelijke: "aannemer",
    });
  }
  if (random() < 0.12) {
    out.push({
      veld: "voetpad_doorgang",
      waarde: ["NOK geen doorgang"],
      resultaat: "NOK",
      verantwoordelijke: "aannemer",
    });
  }
  out.push({ veld: "verharding_info", waarde: ["asfalt"], resultaat: "INFO" });
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function contextOf(
  visit: Assignment,
  work: PlanningWork | undefined,
  inname: Inname | undefined,
  n: number,
  date: string,
): Vaststellingscontext {
  const utility = work?.utility ? Nutsbedrijven.lookup(work.utility) : undefined;
  const address = inname?.adresvoorstelling;
  return {
    werkId: visit.workId,
    ...(visit.gipodId ? { gipodId: visit.gipodId } : {}),
    dossierId: `D-${visit.workId}`,
    bonuNummer: `BONU${date.slice(0, 4)}${pad(n, 4)}`,
    ...(work?.permitRefKey ? { referentieId: work.permitRefKey } : {}),
    ...(address ? { adres: address } : {}),
    ...(work?.district ? { district: work.district } : {}),
    ...(utility && !utility.unknown ? { nutsbedrijf: utility.code } : {}),
    locatie: { breedtegraad: visit.location.lat, lengtegraad: visit.location.lon },
    locatiebron: "exact",
    geplandeDatum: date,
    bezoektype: visit.visitType,
    toezichter: visit.inspectorId,
  };
}

/** Makes one complete, validated, queued finding for a planned visit (two photos by reference). */
async function makeFinding(
  visit: Assignment,
  context: Vaststellingscontext,
  n: number,
  k: number,
  date: string,
  random: () => number,
  variant?: { readonly antwoorden: readonly Antwoord[]; readonly opmerking: string },
): Promise<FindingRecord> {
  const inspector = visit.inspectorId;
  const minute = (m: number) => `${date}T${pad(7 + k)}:${pad(m)}:00Z`;
  const by = (m: number) => ({ actor: inspector, at: minute(m) });
  const id = `vst-${date.replaceAll("-", "")}-${pad(n, 4)}`;
  const antwoorden = variant ? [...variant.antwoorden] : answers(random);
  let { record } = await createFinding(
    context,
    {
      vaststellingId: id,
      toezichter: inspector,
      patch: {
        status: "open",
        fase: "uitvoering",
        ingreepType: "sleuf",
        verhardingType: "asfalt",
        antwoorden,
        ...(variant ? { opmerking: variant.opmerking } : {}),
      },
    },
    by(5),
  );
  for (const [i, soort] of (["VOOR", "DETAIL"] as const).entries()) {
    const evidence = await createEvidence(photoBytes(n * 10 + i), {
      fotoId: `${id}-${soort.toLowerCase()}`,
      soort,
      mediatype: "image/jpeg",
      opslag: `s3://dn-demo-fotos/${id}/${soort.toLowerCase()}.jpg`,
      genomenOp: minute(10 + i),
      actor: inspector,
      bron: "camera",
    });
    ({ record } = await addEvidence(record, evidence, by(12 + i)));
  }
  if (antwoorden.some((a) => a.resultaat === "NOK")) {
    ({ record } = await setHandoverDecision(
      record,
      { beslissing: "REQUEST_FIX", notitie: "Herstel binnen 5 werkdagen." },
      by(20),
    ));
  }
  ({ record } = await markValid(record, by(25)));
  return (await queueFinding(record, by(26))).record;
}

/**
 * Simulates the planned inspectors' day: a finding per visit (up to `perInspector`), each sent through
 * findings' sync handler into `store`; then one duplicate delivery (208) and one conflicting replay (409).
 */
export async function simulateDay(options: {
  readonly plan: DayPlan;
  readonly works: readonly PlanningWork[];
  readonly innames: readonly Inname[];
  readonly store: FindingsStore;
  readonly seed: number;
  readonly perInspector?: number;
}): Promise<SimulatedDay> {
  const { plan, store } = options;
  const date = plan.date;
  const random = seededRandom(options.seed);
  const workById = new Map(options.works.map((w) => [w.id, w]));
  const innameById = new Map(options.innames.map((i) => [String(i.gipodId), i]));
  let eventNo = 0;
  const statuses: number[] = [];
  const send = async (request: SyncRequest) => {
    const at = request.createdAt;
    const response = await handleSyncRequest(
      {
        method: "POST",
        headers: { "x-idempotency-key": request.idempotencyKey },
        body: JSON.stringify(request),
      },
      store,
      { now: () => new Date(Date.parse(at) + 60_000), newId: () => `sync-${date}-${pad(++eventNo, 5)}` },
    );
    statuses.push(response.status);
    return response.status;
  };
  const findings: FindingRecord[] = [];
  const requests: SyncRequest[] = [];
  const contexts: { visit: Assignment; n: number; k: number }[] = [];
  let n = 0;
  for (const inspectorId of Object.keys(plan.assignments).sort()) {
    // Findings are about a utility's work: visits to city works or events without one are left out.
    const visits = (plan.assignments[inspectorId] ?? [])
      .filter((v) => {
        const utility = workById.get(v.workId)?.utility;
        return utility !== undefined && !Nutsbedrijven.lookup(utility).unknown;
      })
      .slice(0, options.perInspector ?? 6);
    for (const [k, visit] of visits.entries()) {
      n++;
      const work = workById.get(visit.workId);
      const context = contextOf(
        visit,
        work,
        visit.gipodId ? innameById.get(visit.gipodId) : undefined,
        n,
        date,
      );
      const record = await makeFinding(visit, context, n, k, date, random);
      const request = buildSyncRequest(record, {
        deviceId: `tablet-${inspectorId}`,
        itemId: `item-${record.vaststelling.vaststellingId}`,
        createdAt: `${date}T${pad(7 + k)}:30:00Z`,
      });
      await send(request);
      findings.push(record);
      requests.push(request);
      contexts.push({ visit, n, k });
    }
  }
  // A flaky network: the device did not get the first ack and delivers the same mutation again → 208.
  const first = requests[0];
  if (first) await send({ ...first, attempts: 1 });
  // A second device edited the same finding offline and sends its version under the same key → 409.
  const target = requests[1] ?? requests[0];
  const targetRecord = findings[1] ?? findings[0];
  const targetVisit = contexts[1] ?? contexts[0];
  if (target && targetRecord && targetVisit) {
    const replay = await makeFinding(
      targetVisit.visit,
      targetRecord.vaststelling.context,
      targetVisit.n,
      targetVisit.k,
      date,
      random,
      {
        antwoorden: targetRecord.vaststelling.antwoorden,
        opmerking: "Aangevuld op een tweede toestel.",
      },
    );
    await send(
      buildSyncRequest(replay, {
        deviceId: "tablet-reserve",
        itemId: `${target.itemId}-replay`,
        createdAt: `${date}T15:00:00Z`,
      }),
    );
  }
  const count = (s: number) => statuses.filter((x) => x === s).length;
  return {
    findings,
    statuses,
    counts: {
      accepted: count(201),
      duplicate: count(208),
      conflict: count(409),
      other: statuses.filter((s) => ![201, 208, 409].includes(s)).length,
    },
    photos: findings.reduce((sum, f) => sum + f.vaststelling.fotobewijs.length, 0),
    noks: findings.filter((f) => f.vaststelling.antwoorden.some((a) => a.resultaat === "NOK")).length,
  };
}

/** SHA-256 of bytes as hex (shown in the summary next to the photo references). */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
