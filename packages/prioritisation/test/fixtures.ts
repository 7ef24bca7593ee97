import { antwerpenProfile, type CityProfile, type PlanningWork } from "@digitale-nuts/prioritisation";

/** A DN-style work record: VERGUND, Categorie 2, approved permit, postcode 2000, active around 2026-03-10. */
export function work(
  id: string,
  overrides: { [K in keyof PlanningWork]?: PlanningWork[K] | undefined } = {},
): PlanningWork {
  const record: Record<string, unknown> = {
    id,
    status: "VERGUND",
    sourceStatus: "Concreet gepland",
    category: "Categorie 2",
    permitStatus: "AFGELEVERD",
    district: "Antwerpen",
    postcode: "2000",
    startDate: "2026-03-02",
    endDate: "2026-03-27",
    ...overrides,
  };
  // `undefined` removes a field, so a test can describe a work without, say, a category.
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record as unknown as PlanningWork;
}

/** The Antwerp profile with some fields replaced. */
export function antwerp(overrides: Partial<CityProfile> = {}): CityProfile {
  return { ...antwerpenProfile, ...overrides };
}

/** Antwerp with its inspectors replaced (defaults filled in). */
export function withInspectors(
  inspectors: Partial<CityProfile["inspectors"][number]>[],
  overrides: Partial<CityProfile> = {},
): CityProfile {
  return antwerp({
    inspectors: inspectors.map((i, n) => ({
      id: `I${n + 1}`,
      primaryPostcodes: [],
      backupPostcodes: [],
      isReserve: false,
      absences: [],
      fixedDailyLoad: 0,
      experienceFactor: 1,
      ...i,
    })),
    ...overrides,
  });
}

/** A Tuesday without holidays. */
export const TUESDAY = "2026-03-10";
