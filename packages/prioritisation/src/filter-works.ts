import {
  categoryCode,
  hasPermitReference,
  isPermitExpired,
  type PlanningWork,
  permitStatusCode,
  statusCode,
} from "./planning-work.js";
import type { WorkFilter } from "./profile.js";

/**
 * Why a work is out of scope (DN `WorkExclusionReason`).
 * @example
 * const reason: ExclusionReason = "permit_expired";
 * const expired = excluded.filter((e) => e.reasons.some((r) => r.reason === reason));
 */
export type ExclusionReason =
  | "missing_signalisation_permit"
  | "permit_expired"
  | "status"
  | "source_status"
  | "category"
  | "permit_status"
  | "district"
  | "postcode";

/**
 * A work left out, with every reason (as data: the field, the value found and what was allowed).
 * @example
 * const exclusion: Exclusion = {
 *   workId: "gipod-19170001",
 *   reasons: [{ reason: "status", value: "concreet_gepland", allowed: ["in_uitvoering"] }],
 * };
 */
export interface Exclusion {
  readonly workId: string;
  readonly reasons: readonly {
    readonly reason: ExclusionReason;
    readonly value: string;
    readonly allowed: readonly string[];
  }[];
}

/**
 * The works in scope and the ones left out, in input order.
 * @example
 * const { included, excluded }: FilterResult = filterWorks(works, mechelenProfile.filter);
 */
export interface FilterResult {
  readonly included: PlanningWork[];
  readonly excluded: Exclusion[];
}

/**
 * A filter compiled once: normalised sets for fast membership tests.
 * @example
 * const filter: CompiledFilter = compileFilter(antwerpenProfile.filter);
 * const inScope = works.filter((w) => filter.reasonsFor(w).length === 0);
 */
export interface CompiledFilter {
  reasonsFor(work: PlanningWork): Exclusion["reasons"];
}

/**
 * Compiles a {@link WorkFilter}; empty lists mean "no filter" and missing values match `onbekend` (codes) or
 * `Onbekend` (source status, district), as DN_DISPATCH does.
 * @example
 * compileFilter({ statuses: ["in_uitvoering"] }).reasonsFor({ ...work, status: "VERGUND" });
 * // [{ reason: "status", value: "concreet_gepland", allowed: ["in_uitvoering"] }]
 */
export function compileFilter(filter: Partial<WorkFilter>): CompiledFilter {
  const set = (values: readonly string[] | undefined, norm: (v: string) => string) =>
    new Set((values ?? []).map(norm));
  const statuses = set(filter.statuses, statusCode);
  const sourceStatuses = set(filter.sourceStatuses, (v) => v.trim());
  const categories = set(filter.categories, categoryCode);
  const permits = set(filter.permitStatuses, permitStatusCode);
  const districts = set(filter.districts, (v) => v);
  const postcodes = set(filter.postcodes, (v) => v);
  return {
    reasonsFor(work) {
      const out: { reason: ExclusionReason; value: string; allowed: readonly string[] }[] = [];
      const check = (reason: ExclusionReason, allowed: Set<string>, value: string) => {
        if (allowed.size > 0 && !allowed.has(value)) out.push({ reason, value, allowed: [...allowed] });
      };
      if (filter.requireSignalisationPermit && !hasPermitReference(work)) {
        out.push({ reason: "missing_signalisation_permit", value: "", allowed: [] });
      }
      if (filter.excludeExpiredPermits && isPermitExpired(work)) {
        out.push({
          reason: "permit_expired",
          value: work.permitDossierStatus ?? work.sourceStatus ?? work.permitStatus ?? "",
          allowed: [],
        });
      }
      check("status", statuses, statusCode(work.status));
      check("source_status", sourceStatuses, (work.sourceStatus ?? "Onbekend").trim());
      check("category", categories, categoryCode(work.category));
      check("permit_status", permits, permitStatusCode(work.permitStatus));
      check("district", districts, work.district ?? "Onbekend");
      check("postcode", postcodes, work.postcode);
      return out;
    },
  };
}

/**
 * Splits works into those in scope and those excluded, each exclusion with all its reasons.
 * @example
 * const { included, excluded } = filterWorks(works, antwerpenProfile.filter);
 */
export function filterWorks(works: readonly PlanningWork[], filter: Partial<WorkFilter>): FilterResult {
  const compiled = compileFilter(filter);
  const included: PlanningWork[] = [];
  const excluded: Exclusion[] = [];
  for (const work of works) {
    const reasons = compiled.reasonsFor(work);
    if (reasons.length === 0) included.push(work);
    else excluded.push({ workId: work.id, reasons });
  }
  return { included, excluded };
}
