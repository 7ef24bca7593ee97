import {
  addEvidence,
  createEvidence,
  createFindingFromVisit,
  updateFinding,
  validate,
} from "@digitale-nuts/findings";
import { describe, expect, it } from "vitest";
import { visit, work } from "../src/planned-visit.js";

const by = { actor: "insp-07", at: "2026-03-11T09:00:00Z" };

describe("the example's planned visit", () => {
  it("gives a draft whose only open DN gates are the photos, and a NOK without a responsible party is caught", async () => {
    let { record } = await createFindingFromVisit(
      visit,
      work,
      { vaststellingId: "v-1", toezichter: "insp-07" },
      by,
    );
    const patch = { fase: "uitvoering", ingreepType: "sleuf", verhardingType: "asfalt" } as const;
    ({ record } = await updateFinding(record, patch, by));
    expect(record.vaststelling.context).toMatchObject({
      gipodId: "10045378",
      bezoektype: "START",
      toezichter: "insp-07",
    });
    expect(validate(record).issues.map((i) => i.fieldKey)).toEqual(["fotoVoor_url", "fotoDetail_url"]);

    for (const soort of ["VOOR", "DETAIL"] as const) {
      const foto = await createEvidence(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, soort.length]), {
        ...{ fotoId: soort, soort, mediatype: "image/jpeg", opslag: `s3://x/${soort}.jpg` },
        ...{ genomenOp: by.at, actor: "insp-07", bron: "camera" },
      });
      ({ record } = await addEvidence(record, foto, by));
    }
    expect(validate(record)).toEqual({ valid: true, issues: [] });
    const nok = [{ veld: "herstel_vlakheid", waarde: ["NOK, oneffen herstel"], resultaat: "NOK" as const }];
    ({ record } = await updateFinding(record, { antwoorden: nok }, by));
    expect(validate(record).issues.map((i) => i.code)).toEqual(["nok_responsible_missing"]);
  });
});
