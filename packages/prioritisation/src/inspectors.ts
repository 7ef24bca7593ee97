import { type DayNumber, toDayNumber } from "./dates.js";
import { centroidOf, type LatLon } from "./geo.js";
import type { PlanningWork } from "./planning-work.js";
import type { CityProfile, InspectorProfile } from "./profile.js";

/**
 * Why an inspector is not deployable on a day. Absence and inactivity override continuity and manual overrides.
 * @example
 * const unavailable: UnavailableInspector = { inspectorId: "insp-07", reason: "absent" };
 */
export interface UnavailableInspector {
  readonly inspectorId: string;
  readonly reason: "absent" | "inactive" | "unavailable";
}

/**
 * Splits the profile's inspectors into those deployable on a day and those not, with the reason.
 * @example
 * const { active, unavailable } = availableInspectors(antwerpenProfile, toDayNumber("2026-03-10"), ["I3"]);
 * unavailable; // [{ inspectorId: "I3", reason: "unavailable" }]
 */
export function availableInspectors(
  profile: CityProfile,
  day: DayNumber,
  extraUnavailable: readonly string[] = [],
  extraAbsences: Readonly<Record<string, readonly { start: string; end: string }[]>> = {},
): { active: InspectorProfile[]; unavailable: UnavailableInspector[] } {
  const blocked = new Set(extraUnavailable);
  const active: InspectorProfile[] = [];
  const unavailable: UnavailableInspector[] = [];
  for (const inspector of profile.inspectors) {
    const from = inspector.activeFrom ? toDayNumber(inspector.activeFrom) : Number.NEGATIVE_INFINITY;
    const until = inspector.activeUntil ? toDayNumber(inspector.activeUntil) : Number.POSITIVE_INFINITY;
    // A reversed window is swapped, as DN_DISPATCH documents.
    const [lo, hi] = from <= until ? [from, until] : [until, from];
    const absences = [...inspector.absences, ...(extraAbsences[inspector.id] ?? [])];
    if (blocked.has(inspector.id)) unavailable.push({ inspectorId: inspector.id, reason: "unavailable" });
    else if (day < lo || day > hi) unavailable.push({ inspectorId: inspector.id, reason: "inactive" });
    else if (absences.some((a) => toDayNumber(a.start) <= day && day <= toDayNumber(a.end))) {
      unavailable.push({ inspectorId: inspector.id, reason: "absent" });
    } else active.push(inspector);
  }
  return { active, unavailable };
}

/** Geography of a profile: postcode centroids, the default centre and each work's point. */
export interface Geography {
  readonly centroidByPostcode: ReadonlyMap<string, LatLon>;
  readonly defaultCenter: LatLon;
  /** The work's own point, else its postcode centroid, else the city centre (DN `resolveWorkLocation`). */
  locate(work: PlanningWork): LatLon;
  /** Mean of the inspector's primary-postcode centroids, else the city centre. */
  homeOf(inspector: InspectorProfile): LatLon;
}

/** Builds the {@link Geography} of a profile. */
export function geographyOf(profile: CityProfile): Geography {
  const centroidByPostcode = new Map<string, LatLon>();
  for (const area of profile.areas) if (area.centroid) centroidByPostcode.set(area.postcode, area.centroid);
  const defaultCenter = profile.defaultCenter;
  return {
    centroidByPostcode,
    defaultCenter,
    locate(work) {
      const l = work.location;
      if (l && Number.isFinite(l.lat) && Number.isFinite(l.lon)) return l;
      return centroidByPostcode.get(work.postcode) ?? defaultCenter;
    },
    homeOf(inspector) {
      const points = inspector.primaryPostcodes
        .map((p) => centroidByPostcode.get(p))
        .filter((p): p is LatLon => p !== undefined);
      return centroidOf(points) ?? defaultCenter;
    },
  };
}
