import {
  ContextTamperedError,
  correctFinding,
  createFindingFromVisit,
  createFreeFinding,
  FindingValidationError,
  fingerprintContext,
  IllegalTransitionError,
  markSynced,
  markUnableToComplete,
  markValid,
  queueFinding,
  StateTamperedError,
  setHandoverDecision,
  TransitionInputError,
  updateFinding,
  verifyAuditChain,
  withdrawFinding,
} from "@digitale-nuts/findings";
import { Toezichtbezoek } from "@digitale-nuts/oslo";
import { describe, expect, it } from "vitest";
import { by, completeDraft, context, queuedFinding } from "./support/fixtures.js";

describe("creation", () => {
  it("creates a draft from a visit with a SHA-256 context fingerprint and one audit entry", async () => {
    const visit = Toezichtbezoek.parse({
      type: "Toezichtbezoek",
      bezoekId: "b-1",
      bezoektype: "EIND",
      geplandeDatum: "2026-03-11",
      toezichter: "insp-03",
      gipodId: "12345",
    });
    const { record, audit } = await createFindingFromVisit(
      visit,
      {
        werkId: "W-9",
        locatie: { breedtegraad: 51.2, lengtegraad: 4.4 },
        locatiebron: "exact",
        district: "Berchem",
      },
      { vaststellingId: "v-visit", toezichter: "insp-03" },
      by(),
    );
    expect(record.vaststelling.registratiestatus).toBe("draft");
    expect(record.vaststelling.context).toMatchObject({
      gipodId: "12345",
      bezoektype: "EIND",
      geplandeDatum: "2026-03-11",
      district: "Berchem",
    });
    expect(record.vaststelling.tags).toEqual(["GEPLAND"]);
    expect(record.vaststelling.contextVingerafdruk).toBe(
      await fingerprintContext(record.vaststelling.context),
    );
    expect(record.vaststelling.contextVingerafdruk).toMatch(/^[0-9a-f]{64}$/);
    expect(audit).toMatchObject({
      seq: 1,
      action: "create",
      beforeHash: null,
      previousHash: null,
      actor: "insp-07",
    });
  });

  it("creates a free finding from a GPS position, tagged VRIJ", async () => {
    const { record } = await createFreeFinding(
      { breedtegraad: 51.21, lengtegraad: 4.41 },
      { vaststellingId: "v-free", toezichter: "insp-07" },
      by(),
    );
    expect(record.vaststelling.context.locatiebron).toBe("gps");
    expect(record.vaststelling.context.gipodId).toBeUndefined();
    expect(record.vaststelling.tags).toEqual(["VRIJ"]);
  });

  it("fingerprints canonically: key order does not matter", async () => {
    const reordered = Object.fromEntries(Object.entries(context).reverse()) as typeof context;
    expect(await fingerprintContext(reordered)).toBe(await fingerprintContext(context));
  });
});

describe("transitions", () => {
  it("walks draft → valid → queued → synced, each step audited and chained", async () => {
    const draft = await completeDraft();
    const valid = await markValid(draft, by("2026-03-10T09:10:00Z"));
    const queued = await queueFinding(valid.record, by("2026-03-10T09:11:00Z"));
    const synced = await markSynced(queued.record, by("2026-03-10T09:12:00Z"));
    expect([valid, queued, synced].map((t) => t.record.vaststelling.registratiestatus)).toEqual([
      "valid",
      "queued",
      "synced",
    ]);
    expect(synced.record.audit.map((a) => a.action)).toEqual([
      "create",
      "add_evidence",
      "add_evidence",
      "mark_valid",
      "queue",
      "mark_synced",
    ]);
    expect(await verifyAuditChain(synced.record.audit, synced.record)).toEqual({ valid: true, issues: [] });
  });

  it("refuses to mark an invalid draft valid, listing every issue", async () => {
    const draft = await completeDraft("v-2", { fase: null, verhardingType: null });
    const error = await markValid(draft, by()).catch((e) => e);
    expect(error).toBeInstanceOf(FindingValidationError);
    expect(error.code).toBe("FINDING_INVALID");
    expect(error.issues.map((i: { fieldKey: string }) => i.fieldKey)).toEqual(
      expect.arrayContaining(["fase", "verhardingType"]),
    );
  });

  it("editing a valid finding makes it a draft again", async () => {
    const valid = await markValid(await completeDraft(), by());
    const edited = await updateFinding(valid.record, { opmerking: "Extra hekken gevraagd." }, by());
    expect(edited.record.vaststelling.registratiestatus).toBe("draft");
    expect(edited.record.vaststelling.opmerking).toBe("Extra hekken gevraagd.");
    expect(edited.record.vaststelling.gewijzigdOp).toBe("2026-03-10T09:00:00Z");
  });

  it.each([
    [
      "update a queued finding",
      async (r: Awaited<ReturnType<typeof queuedFinding>>) => updateFinding(r, { opmerking: "x" }, by()),
    ],
    [
      "mark a queued finding valid",
      async (r: Awaited<ReturnType<typeof queuedFinding>>) => markValid(r, by()),
    ],
    ["queue a queued finding", async (r: Awaited<ReturnType<typeof queuedFinding>>) => queueFinding(r, by())],
  ])("throws IllegalTransitionError to %s", async (_, step) => {
    const queued = await queuedFinding();
    const error = await step(queued).catch((e) => e);
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error.code).toBe("ILLEGAL_TRANSITION");
  });

  it("never edits a synced finding: corrects it by withdrawal plus a replacement that vervangt it", async () => {
    const synced = (await markSynced(await queuedFinding("v-old"), by())).record;
    await expect(updateFinding(synced, { opmerking: "fout" }, by())).rejects.toBeInstanceOf(
      IllegalTransitionError,
    );
    const { withdrawn, replacement } = await correctFinding(
      synced,
      { reden: "foutieve_gegevens", vaststellingId: "v-new", patch: { verhardingType: "asfalt" } },
      by("2026-03-11T08:00:00Z"),
    );
    expect(withdrawn.record.vaststelling).toMatchObject({
      registratiestatus: "withdrawn",
      intrekkingsreden: "foutieve_gegevens",
    });
    expect(replacement.record.vaststelling).toMatchObject({
      vaststellingId: "v-new",
      vervangt: "v-old",
      registratiestatus: "draft",
      verhardingType: "asfalt",
      fase: "uitvoering",
    });
    await expect(
      withdrawFinding(withdrawn.record, { reden: "andere", toelichting: "x" }, by()),
    ).rejects.toBeInstanceOf(IllegalTransitionError);
  });

  it("withdrawal needs a known reason, and 'andere' needs a toelichting", async () => {
    const queued = await queuedFinding();
    await expect(withdrawFinding(queued, { reden: "omdat" }, by())).rejects.toBeInstanceOf(
      TransitionInputError,
    );
    await expect(withdrawFinding(queued, { reden: "andere" }, by())).rejects.toThrow(/toelichting/);
    const ok = await withdrawFinding(queued, { reden: "Dubbele registratie" }, by());
    expect(ok.record.vaststelling.intrekkingsreden).toBe("dubbele_registratie");
  });

  it("reopening a closed finding requires heropenReden and sets reopenTriggeredAt; another status clears it", async () => {
    const closed = (await updateFinding(await completeDraft(), { status: "afgesloten" }, by())).record;
    await expect(updateFinding(closed, { status: "open" }, by())).rejects.toThrow(/heropeningsreden/);
    const reopened = await updateFinding(
      closed,
      { status: "open", heropenReden: "Verzakking na regen" },
      by("2026-03-12T10:00:00Z"),
    );
    expect(reopened.audit.action).toBe("set_status");
    expect(reopened.record.meta.reopenTriggeredAt).toBe("2026-03-12T10:00:00Z");
    expect(closed.vaststelling.afgeslotenOp).toBe(closed.vaststelling.gewijzigdOp);
    expect(reopened.record.vaststelling.heropendOp).toBe("2026-03-12T10:00:00Z");
    expect(reopened.record.vaststelling.afgeslotenOp).toBe(closed.vaststelling.afgeslotenOp);
    const parked = await updateFinding(reopened.record, { status: "geparkeerd" }, by());
    expect(parked.record.meta.reopenTriggeredAt).toBeUndefined();
  });

  it("a hand-over BLOCK or REQUEST_FIX needs a note; APPROVE does not", async () => {
    const draft = await completeDraft();
    await expect(setHandoverDecision(draft, { beslissing: "BLOCK" }, by())).rejects.toThrow(/notitie/);
    await expect(setHandoverDecision(draft, { beslissing: "MAYBE" }, by())).rejects.toBeInstanceOf(
      TransitionInputError,
    );
    const blocked = await setHandoverDecision(
      draft,
      { beslissing: "BLOCK", notitie: "Sleuf niet afgeschermd" },
      by(),
    );
    expect(blocked.record.vaststelling).toMatchObject({
      overdrachtsbeslissing: "BLOCK",
      overdrachtsnotitie: "Sleuf niet afgeschermd",
    });
    const approved = await setHandoverDecision(blocked.record, { beslissing: "APPROVE" }, by());
    expect(approved.record.vaststelling.overdrachtsnotitie).toBeUndefined();
  });

  it("records an unable-to-complete inspection with its reason", async () => {
    const draft = await completeDraft();
    await expect(markUnableToComplete(draft, { reden: "andere" }, by())).rejects.toBeInstanceOf(
      TransitionInputError,
    );
    const t = await markUnableToComplete(draft, { reden: "geen_toegang" }, by());
    expect(t.record.meta.unableToComplete).toEqual({ reden: "geen_toegang" });
  });
});

describe("integrity checks on every transition", () => {
  it("a changed context is a ContextTamperedError, not a silent overwrite", async () => {
    const draft = await completeDraft();
    const tampered = {
      ...draft,
      vaststelling: { ...draft.vaststelling, context: { ...draft.vaststelling.context, gipodId: "99999" } },
    };
    const error = await updateFinding(tampered, { opmerking: "x" }, by()).catch((e) => e);
    expect(error).toBeInstanceOf(ContextTamperedError);
    expect(error.code).toBe("CONTEXT_FINGERPRINT_MISMATCH");
  });

  it("a payload edited outside the transitions is a StateTamperedError", async () => {
    const draft = await completeDraft();
    const edited = { ...draft, vaststelling: { ...draft.vaststelling, fase: "definitief_herstel" as const } };
    await expect(markValid(edited, by())).rejects.toBeInstanceOf(StateTamperedError);
  });
});
