import {
  buildInspectionExportFlat,
  INSPECTION_EXPORT_FLAT_COLUMNS,
  inspectionExportFlatCsv,
  markSynced,
  REQUIRED_EXPORT_AUDIT_METADATA,
  streamInspectionExportFlat,
  updateFinding,
} from "@digitale-nuts/findings";
import { describe, expect, it } from "vitest";
import { by, completeDraft, queuedFinding } from "./support/fixtures.js";

describe("inspection_export_flat v1 (§4.13)", () => {
  it("builds the envelope with audit metadata, exact columns and aggregated warnings", async () => {
    const synced = (await markSynced(await queuedFinding("x-1"), by("2026-03-10T09:12:00Z"))).record;
    const draft = (
      await updateFinding(
        await completeDraft("x-2"),
        { opmerking: 'a, "b"', aannemer: "Werfbouw NV" },
        by("2026-03-11T10:00:00Z"),
      )
    ).record;
    const data = await buildInspectionExportFlat(
      [
        { record: synced },
        { record: draft, mappedStatus: "in_progress", syncStatus: "queued", serverOutcome: "accepted" },
      ],
      { generatedAt: "2026-03-12T00:00:00Z", generatedBy: "dispatch", pseudonymise: (id) => `p-${id}` },
    );
    for (const key of REQUIRED_EXPORT_AUDIT_METADATA) expect(data).toHaveProperty(key);
    expect(data).toMatchObject({
      reportType: "inspection_export_flat",
      generatedBy: "dispatch",
      contractVersion: "v1.0",
      rowCount: 2,
      filterSet: {},
      sourceWindow: {
        sinceTimestamp: null,
        minUpdatedAt: "2026-03-10T09:07:00Z",
        maxUpdatedAt: "2026-03-11T10:00:00Z",
      },
    });
    expect(Object.keys(data.rows[0] ?? {})).toEqual([...INSPECTION_EXPORT_FLAT_COLUMNS]);
    expect(data.rows[0]).toMatchObject({
      inspectionId: "x-1",
      recordId: "x-1",
      workId: "W-1001",
      gipodId: "19345678",
      inspectorId: "p-insp-07",
      // §4.12 rule 3 (a synced record maps to closed) comes before the follow-up status rule.
      statusCanonical: "closed",
      syncStatus: "synced",
      checklistScore: 100,
      photoEvidenceCount: 2,
    });
    expect(data.warnings).toEqual([
      {
        code: "optional_field_missing",
        field: "contractorId",
        count: 1,
        message: "contractorId ontbreekt in 1 rij(en).",
      },
    ]);
  });

  it("filters on sinceTimestamp, warns on an invalid one, and streams CSV", async () => {
    const a = await completeDraft("s-1");
    const b = (
      await updateFinding(await completeDraft("s-2"), { opmerking: "x" }, by("2026-04-01T00:00:00Z"))
    ).record;
    const rows = [];
    for await (const row of streamInspectionExportFlat([{ record: a }, { record: b }], {
      sinceTimestamp: "2026-03-15T00:00:00Z",
    }))
      rows.push(row.inspectionId);
    expect(rows).toEqual(["s-2"]);
    const bad = await buildInspectionExportFlat([{ record: a }], { sinceTimestamp: "gisteren" });
    expect(bad.rowCount).toBe(1);
    expect(bad.warnings[0]).toMatchObject({ code: "invalid_since_timestamp" });
    const lines = [];
    for await (const line of inspectionExportFlatCsv([{ record: a }])) lines.push(line);
    expect(lines[0]).toBe(`${INSPECTION_EXPORT_FLAT_COLUMNS.join(",")}\r\n`);
    expect(lines[1]?.startsWith("s-1,s-1,W-1001,19345678,Antwerpen,insp-07,in_progress,,0,100,")).toBe(true);
  });
});
