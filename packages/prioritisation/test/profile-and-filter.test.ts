import { parseGrondwerk, parseSignalisatievergunning } from "@digitale-nuts/oslo";
import {
  antwerpenProfile,
  filterWorks,
  mechelenProfile,
  PrioritisationError,
  parseCityProfile,
  toPlanningWork,
} from "@digitale-nuts/prioritisation";
import { describe, expect, it } from "vitest";
import { work } from "./fixtures.js";

describe("city profiles", () => {
  it("ships Antwerp and Mechelen profiles that validate and survive a JSON round trip", () => {
    for (const profile of [antwerpenProfile, mechelenProfile]) {
      expect(parseCityProfile(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
    }
    expect(antwerpenProfile.inspectors.map((i) => i.id)).toEqual(["I1", "I2", "I3", "I4", "I5", "I6", "I7"]);
    expect(mechelenProfile.inspectors.every((i) => /^insp-\d{2}$/.test(i.id))).toBe(true);
  });

  it("applies defaults to a minimal inspector", () => {
    const p = parseCityProfile({ ...antwerpenProfile, inspectors: [{ id: "insp-01" }] });
    expect(p.inspectors[0]).toMatchObject({
      primaryPostcodes: [],
      isReserve: false,
      absences: [],
      fixedDailyLoad: 0,
      experienceFactor: 1,
    });
  });

  it("rejects bad profiles with a typed error naming each field", () => {
    const bad = {
      ...antwerpenProfile,
      capacity: { ...antwerpenProfile.capacity, softDailyLimit: 6, hardDailyLimit: 5 },
      inspectors: [{ id: "Jan Peeters" }],
    };
    try {
      parseCityProfile(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PrioritisationError);
      expect((error as PrioritisationError).code).toBe("PRIORITISATION_PROFILE_INVALID");
      expect((error as Error).message).toContain("capacity.hardDailyLimit");
      expect((error as Error).message).toContain("inspectors.0.id");
    }
    expect(() =>
      parseCityProfile({ ...antwerpenProfile, inspectors: [{ id: "insp-01" }, { id: "insp-01" }] }),
    ).toThrow(/duplicate/);
    expect(() => parseCityProfile(null)).toThrow(PrioritisationError);
  });
});

describe("filterWorks", () => {
  it("gives every exclusion reason DN has, with the value found and what was allowed", () => {
    const filter = {
      statuses: ["VERGUND"],
      sourceStatuses: ["Concreet gepland"],
      categories: ["Categorie 1"],
      permitStatuses: ["AFGELEVERD"],
      districts: ["Antwerpen"],
      postcodes: ["2000"],
      requireSignalisationPermit: true,
      excludeExpiredPermits: true,
    };
    const bad = work("bad", {
      status: "IN EFFECT",
      sourceStatus: "Vergunning verlopen",
      category: "Categorie 3",
      permitStatus: "IN_VOORBEREIDING",
      district: "Deurne",
      postcode: "2100",
    });
    const { included, excluded } = filterWorks(
      [work("ok", { category: "Categorie 1", permitRefKey: "AS-1" }), bad],
      filter,
    );
    expect(included.map((w) => w.id)).toEqual(["ok"]);
    expect(excluded[0]?.reasons.map((r) => r.reason)).toEqual([
      "missing_signalisation_permit",
      "permit_expired",
      "status",
      "source_status",
      "category",
      "permit_status",
      "district",
      "postcode",
    ]);
    expect(excluded[0]?.reasons.find((r) => r.reason === "category")).toEqual({
      reason: "category",
      value: "categorie_3",
      allowed: ["categorie_1"],
    });
  });

  it("treats empty lists as no filter and matches missing values as onbekend", () => {
    expect(filterWorks([work("a", { category: undefined })], {}).included).toHaveLength(1);
    expect(
      filterWorks([work("a", { category: undefined })], { categories: ["onbekend"] }).included,
    ).toHaveLength(1);
    // DN matches a missing district as "Onbekend", like a missing source status.
    const noDistrict = work("b", { district: undefined, sourceStatus: undefined });
    expect(
      filterWorks([noDistrict], { districts: ["Onbekend"], sourceStatuses: ["Onbekend"] }).included,
    ).toHaveLength(1);
    expect(filterWorks([noDistrict], { districts: ["Antwerpen"] }).excluded[0]?.reasons).toEqual([
      { reason: "district", value: "Onbekend", allowed: ["Antwerpen"] },
    ]);
  });

  it("recognises expired permits in the dossier or source status, diacritics and case aside", () => {
    const expired = [
      "Vergunning afgelopen",
      "VERGUNNING VERLOPEN",
      "permit expired",
      "Vergunning is afgelopen",
    ];
    for (const s of expired)
      expect(
        filterWorks([work("a", { permitDossierStatus: s })], { excludeExpiredPermits: true }).included,
      ).toEqual([]);
  });
});

describe("toPlanningWork", () => {
  const grondwerk = parseGrondwerk({
    type: "Grondwerk",
    gipodId: 12345,
    status: "in_uitvoering",
    categorie: "categorie_1",
    nutsbedrijf: "fluvius",
    periode: { begin: "2026-03-02T07:00:00+01:00", einde: "2026-03-27T17:00:00+01:00" },
    adresvoorstelling: { postcode: "2018" },
    district: "Antwerpen",
    geometrie: {
      geojson: {
        type: "LineString",
        coordinates: [
          [4.41, 51.2],
          [4.42, 51.21],
        ],
      },
    },
    contactorganisatie: [{ type: "Organisatie", voorkeursnaam: "Aannemer NV", rol: "aannemer" }],
    zone: [
      {
        geometrie: { geojson: { type: "Point", coordinates: [4.41, 51.2] } },
        gevolg: ["geen_doorgang_voetgangers"],
        ernstigeHinder: true,
      },
    ],
  });

  it("maps an oslo Grondwerk with its permit to a PlanningWork", () => {
    const vergunning = parseSignalisatievergunning({
      type: "Signalisatievergunning",
      status: "afgeleverd",
      referentie: "AS-2026-001",
      innameGipodId: [12345],
    });
    expect(toPlanningWork(grondwerk, { vergunning })).toEqual({
      id: "gipod-12345",
      gipodId: "12345",
      status: "in_uitvoering",
      sourceStatus: "In uitvoering",
      category: "categorie_1",
      permitStatus: "afgeleverd",
      permitRefKey: "AS-2026-001",
      district: "Antwerpen",
      postcode: "2018",
      startDate: "2026-03-02",
      endDate: "2026-03-27",
      location: { lat: 51.205, lon: 4.415 },
      locationSource: "exact",
      utility: "fluvius",
      contractor: "Aannemer NV",
      severeHindrance: true,
      consequences: ["geen_doorgang_voetgangers"],
    });
  });

  it("derives the permit status as DN does when no permit is known", () => {
    expect(toPlanningWork(grondwerk).permitStatus).toBe("onbekend_maar_verwacht");
    expect(toPlanningWork({ ...grondwerk, categorie: "categorie_3" }).permitStatus).toBe("niet_vereist");
  });
});
