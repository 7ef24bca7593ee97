// An inspector registers a finding on a planned visit and syncs it from a tablet that is offline at first.
// Shows: checklist answers with a NOK and its responsible party, photo evidence bound to its bytes by SHA-256,
// the DN validation gates, the lifecycle draft → valid → queued, the offline outbox, the idempotent sync
// server (201 accepted, 208 duplicate) and the tamper-evident audit chain.
import { randomUUID } from "node:crypto";
import {
  addEvidence,
  createEvidence,
  createFindingFromVisit,
  createOutbox,
  createPgliteFindingsStore,
  httpSyncTransport,
  markValid,
  queueFinding,
  updateFinding,
  validate,
  verifyAuditChain,
} from "@digitale-nuts/findings";
import type { Antwoord } from "@digitale-nuts/oslo";
import { visit, work } from "./planned-visit.js";
import { createSyncServer } from "./sync-server.js";

const by = { actor: "insp-07" };

// 1. A draft on the visit, then the checklist: one OK, one NOK with the party responsible for it.
const vaststellingId = randomUUID();
let { record } = await createFindingFromVisit(visit, work, { vaststellingId, toezichter: "insp-07" }, by);
const antwoorden: Antwoord[] = [
  { veld: "werfafbakening", waarde: ["OK"], resultaat: "OK" },
  {
    veld: "herstel_vlakheid",
    waarde: ["NOK, oneffen herstel"],
    resultaat: "NOK",
    verantwoordelijke: "aannemer",
  },
];
({ record } = await updateFinding(
  record,
  { fase: "uitvoering", ingreepType: "sleuf", verhardingType: "asfalt", antwoorden },
  by,
));
const gates = validate(record); // the DN publication gates, without throwing
console.log(`Draft: ${gates.issues.length} gate(s) open`);
for (const issue of gates.issues) console.log(`  ${issue.code} ${issue.path}: ${issue.message}`);

// 2. Photo evidence: the finding keeps the SHA-256 of the bytes and where they are stored, never the bytes.
for (const soort of ["VOOR", "DETAIL"] as const) {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode(soort)]); // the camera's photo
  const opslag = `s3://dn-fotos/${vaststellingId}/${soort}.jpg`;
  const genomenOp = new Date().toISOString();
  const foto = await createEvidence(jpeg, {
    fotoId: `${vaststellingId}-${soort}`,
    soort,
    mediatype: "image/jpeg",
    opslag,
    genomenOp,
    actor: "insp-07",
    bron: "camera",
  });
  ({ record } = await addEvidence(record, foto, by));
  console.log(`Photo ${soort}: sha256 ${foto.inhoudHash.slice(0, 16)}…`);
}

// 3. draft → valid (throws FindingValidationError listing every open gate) → queued for the outbox.
({ record } = await markValid(record, by));
({ record } = await queueFinding(record, by));
console.log(`Lifecycle: ${record.audit.map((a) => a.action).join(" → ")}`);

// 4. The outbox lives in the tablet's own database, so queued findings survive a restart.
const [server, tablet] = await Promise.all([createSyncServer(), createPgliteFindingsStore()]);
try {
  const transport = httpSyncTransport(server.url);
  const outbox = createOutbox({
    store: tablet,
    deviceId: "tablet-3",
    transport,
    retry: { maxAttempts: 2, baseDelayMs: 50 },
  });
  await outbox.enqueue(record);
  const offline = await outbox.flush(); // the server is not started: no network
  console.log(`Offline: ${offline.failed} failed (${(await outbox.items())[0]?.lastError})`);

  await server.start(); // the network is back
  await outbox.retryFailed();
  const online = await outbox.flush();
  const [item] = await outbox.items();
  if (!item) throw new Error("the outbox lost its item");
  console.log(`Online: ${online.synced} synced → ${item.responseCode} ${ackText(item.ack)}`);

  // The ack got lost and the tablet sends the same mutation again: same idempotency key, so 208 and the same event.
  const again = await transport(item.body);
  console.log(`Resent: → ${again.status} ${ackText(again.body)}`);

  // 5. The audit chain: every transition hash-linked to the one before and to the record's state.
  const chain = await verifyAuditChain(record.audit, record);
  const stored = await server.store.getFinding(vaststellingId);
  console.log(
    `Audit chain: ${record.audit.length} entries, valid: ${chain.valid}; server has version ${stored?.mutationVersion}`,
  );
} finally {
  await Promise.all([server.close(), tablet.close()]);
}

/** The fields of a sync acknowledgement worth printing. */
function ackText(ack: unknown): string {
  const { outcome, syncEventId, idempotencyKey } = (ack ?? {}) as Record<string, string>;
  return `${outcome}, event ${syncEventId?.slice(0, 8)}…, key ${idempotencyKey}`;
}
