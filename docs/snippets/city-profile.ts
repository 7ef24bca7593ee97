// A city profile for a smaller municipality, derived from the shipped Mechelen example and validated.
import { mechelenProfile, parseCityProfile, planDay } from "@digitale-nuts/prioritisation";

const profile = parseCityProfile({
  ...mechelenProfile,
  id: "mechelen-2026",
  inspectors: mechelenProfile.inspectors.map((inspector) => ({
    ...inspector,
    absences: inspector.id === "insp-01" ? [{ start: "2026-03-09", end: "2026-03-13" }] : inspector.absences,
  })),
  calendar: { ...mechelenProfile.calendar, extraDaysOff: ["2026-07-02"] }, // a local day off
  scoring: {
    ...mechelenProfile.scoring,
    weights: { ...mechelenProfile.scoring.weights, openComplaints: 2 }, // complaints count double
  },
});

// A profile loaded from JSON is validated the same way; a mistake names every field at fault.
try {
  parseCityProfile({ ...mechelenProfile, areas: [{ postcode: "28OO" }] });
} catch (error) {
  console.log((error as Error).message); // … areas.0.postcode: een Belgische postcode heeft 4 cijfers
}

const plan = planDay("2026-03-10", [], profile, {});
console.log(plan.isWorkingDay, plan.unavailableInspectors);
