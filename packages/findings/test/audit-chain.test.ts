import {
  type AuditEntry,
  canonicalJson,
  createFinding,
  type FindingRecord,
  setHandoverDecision,
  updateFinding,
  verifyAuditChain,
} from "@digitale-nuts/findings";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { context } from "./support/fixtures.js";

type Step =
  | { kind: "note"; text: string }
  | { kind: "status"; status: "open" | "in_behandeling" | "geparkeerd" }
  | { kind: "handover" };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("note" as const),
    text: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
  }),
  fc.record({
    kind: fc.constant("status" as const),
    status: fc.constantFrom("open" as const, "in_behandeling" as const, "geparkeerd" as const),
  }),
  fc.record({ kind: fc.constant("handover" as const) }),
);

async function run(steps: Step[]): Promise<FindingRecord> {
  let { record } = await createFinding(
    context,
    { vaststellingId: "p-1", toezichter: "insp-07" },
    { actor: "insp-07", at: "2026-03-10T08:00:00Z" },
  );
  for (const [i, s] of steps.entries()) {
    const by = { actor: `insp-0${i % 9}`, at: `2026-03-10T09:${String(i).padStart(2, "0")}:00Z` };
    if (s.kind === "note") ({ record } = await updateFinding(record, { opmerking: s.text }, by));
    else if (s.kind === "status") ({ record } = await updateFinding(record, { status: s.status }, by));
    else ({ record } = await setHandoverDecision(record, { beslissing: "APPROVE" }, by));
  }
  return record;
}

describe("audit chain", () => {
  it("property: random mutation sequences keep the chain verifiable", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const record = await run(steps);
        expect(record.audit).toHaveLength(steps.length + 1);
        expect(await verifyAuditChain(record.audit, record)).toEqual({ valid: true, issues: [] });
      }),
      { numRuns: 40 },
    );
  });

  it("property: any change, deletion or reordering of entries is detected", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 2, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom("at", "actor", "action", "beforeHash", "afterHash", "previousHash", "hash", "seq"),
        fc.constantFrom("change", "delete", "swap"),
        async (steps, i, j, field, kind) => {
          const record = await run(steps);
          const chain = [...record.audit];
          const a = i % chain.length;
          if (kind === "change") {
            const entry = chain[a] as AuditEntry;
            const value = entry[field as keyof AuditEntry];
            const changed =
              typeof value === "number" ? value + 1 : value === null ? "0".repeat(64) : `${String(value)}x`;
            chain[a] = { ...entry, [field]: changed } as AuditEntry;
          } else if (kind === "delete") chain.splice(a, 1);
          else {
            const b = (a + 1 + (j % (chain.length - 1))) % chain.length;
            [chain[a], chain[b]] = [chain[b] as AuditEntry, chain[a] as AuditEntry];
          }
          expect((await verifyAuditChain(chain, record)).valid).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("detects a record changed behind the chain's back", async () => {
    const record = await run([{ kind: "note", text: "a" }]);
    const edited = { ...record, vaststelling: { ...record.vaststelling, opmerking: "b" } };
    expect((await verifyAuditChain(edited.audit, edited)).issues.map((i) => i.code)).toEqual([
      "state_hash_mismatch",
    ]);
  });

  it("canonical JSON sorts keys, drops undefined and has no whitespace", () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: "x", c: undefined }] })).toBe(
      '{"a":[true,null,{"d":"x"}],"b":1}',
    );
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/\$\.a/);
  });
});
