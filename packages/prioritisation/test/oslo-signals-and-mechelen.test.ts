import { parseKlacht, parseVaststelling } from "@digitale-nuts/oslo";
import {
  mechelenProfile,
  nokHistoryFromFindings,
  openComplaintsFromKlachten,
  planDay,
  proposeRoutes,
  scoreWorks,
} from "@digitale-nuts/prioritisation";
import { describe, expect, it } from "vitest";
import { TUESDAY, work } from "./fixtures.js";

const finding = (
  id: string,
  over: { nutsbedrijf?: string; gipodId?: string; nok: boolean; status?: string; aannemer?: string },
) =>
  parseVaststelling({
    type: "Vaststelling",
    vaststellingId: id,
    context: {
      ...(over.gipodId ? { gipodId: over.gipodId } : {}),
      ...(over.nutsbedrijf ? { nutsbedrijf: over.nutsbedrijf } : {}),
      locatie: { breedtegraad: 51.02, lengtegraad: 4.47 },
      locatiebron: "exact",
    },
    registratiestatus: over.status ?? "synced",
    status: "open",
    antwoorden: [{ veld: "signalisatie", waarde: ["x"], resultaat: over.nok ? "NOK" : "OK" }],
    ...(over.aannemer ? { aannemer: over.aannemer } : {}),
    toezichter: "insp-01",
    vastgesteldOp: "2026-03-01T10:00:00+01:00",
  });

describe("signals from oslo models", () => {
  const works = [
    work("w1", { gipodId: "111", utility: "fluvius", contractor: "Aannemer A" }),
    work("w2", { gipodId: "222", utility: "proximus" }),
  ];

  it("counts inspections and NOK findings per utility and contractor, skipping withdrawn and draft findings", () => {
    const findings = [
      finding("f1", { nutsbedrijf: "fluvius", nok: true }),
      finding("f2", { gipodId: "111", nok: false }),
      finding("f3", { gipodId: "222", nok: true, aannemer: "Aannemer B" }),
      finding("f4", { gipodId: "222", nok: true, status: "withdrawn" }),
    ];
    expect(nokHistoryFromFindings(findings, works)).toEqual({
      nokByUtility: { fluvius: { inspections: 2, nok: 1 }, proximus: { inspections: 1, nok: 1 } },
      nokByContractor: { "Aannemer A": { inspections: 1, nok: 0 }, "Aannemer B": { inspections: 1, nok: 1 } },
    });
  });

  it("counts open complaints per work", () => {
    const k = (id: string, gipodId: string, status: string) =>
      parseKlacht({
        type: "Klacht",
        klachtId: id,
        ontvangenOp: "2026-03-01T09:00:00+01:00",
        status,
        gipodId,
      });
    const open = openComplaintsFromKlachten(
      [
        k("k1", "111", "ontvangen"),
        k("k2", "111", "in_behandeling"),
        k("k3", "222", "afgehandeld"),
        k("k4", "999", "ontvangen"),
      ],
      works,
    );
    expect(open).toEqual({ w1: 2 });
    const ranked = scoreWorks(works, mechelenProfile, { openComplaints: open }).ranked;
    expect(
      ranked.find((r) => r.workId === "w1")?.reasons.find((r) => r.factor === "openComplaints")?.value,
    ).toBeCloseTo(2 / 3, 9);
  });
});

describe("a smaller municipality (Mechelen profile)", () => {
  const works = [
    work("a", { postcode: "2800", startDate: TUESDAY }),
    work("b", { postcode: "2800", startDate: TUESDAY }),
    work("c", { postcode: "2800", startDate: TUESDAY }),
    work("d", { postcode: "2812", startDate: TUESDAY }),
    work("e", { postcode: "2801", startDate: TUESDAY }),
  ];

  it("plans with its own capacity, fixed loads and experience factors, then routes the day", () => {
    const plan = planDay(TUESDAY, works, mechelenProfile);
    // insp-01: fixed load 1, experience 1.2 → complex visits weigh 1.25; soft 4, hard 5.
    expect(plan.assignments["insp-01"]?.map((a) => [a.workId, a.loadAfter])).toEqual([
      ["a", 2.25],
      ["b", 3.5],
      ["c", 4.75],
    ]);
    expect(plan.assignments["insp-02"]?.map((a) => a.workId)).toEqual(["d", "e"]);
    const { routes, totalKm } = proposeRoutes(plan);
    expect(routes.map((r) => r.inspectorId)).toEqual(["insp-01", "insp-02"]);
    expect(totalKm).toBeGreaterThan(0);
  });

  it("has its own day off", () => {
    expect(
      planDay(
        "2026-05-18",
        works.map((w) => ({ ...w, startDate: "2026-05-18", endDate: "2026-06-30" })),
        mechelenProfile,
      ).isWorkingDay,
    ).toBe(false);
  });
});
