import type { CanoniekeStatussen, Vaststelling } from "@digitale-nuts/oslo";

/**
 * A canonical status code: planned, in_progress, temporary_restore or closed.
 *
 * @example
 * const status: CanonicalStatus = mapCanonicalStatus(record.vaststelling).status; // "planned" | "in_progress" | "temporary_restore" | "closed"
 */
export type CanonicalStatus = (typeof CanoniekeStatussen.codes)[number];

/**
 * The canonical status of a finding and the rule that decided it.
 *
 * @example
 * const mapped: MappedStatus = { status: "closed", source: "formData.status=afgesloten" };
 */
export interface MappedStatus {
  readonly status: CanonicalStatus;
  /** The DN prototype's `statusMappingSource` string, kept verbatim so existing dashboards keep working. */
  readonly source: string;
}

/**
 * The canonical status mapping of the DN sync server (dn-dispatch §4.12), rules in order:
 * afgesloten → closed; definitief_herstel → closed; synced → closed; tijdelijk_herstel →
 * temporary_restore; open/in_behandeling/geparkeerd → in_progress; valid/queued → in_progress;
 * else planned. The server and the export both use this one function (the prototype had two).
 *
 * @example
 * mapCanonicalStatus({ status: "open", fase: "tijdelijk_herstel" });
 * // { status: "temporary_restore", source: "formData.fase=tijdelijk_herstel" }
 */
export function mapCanonicalStatus(
  v: Partial<Pick<Vaststelling, "status" | "fase" | "registratiestatus">>,
): MappedStatus {
  if (v.status === "afgesloten") return { status: "closed", source: "formData.status=afgesloten" };
  if (v.fase === "definitief_herstel")
    return { status: "closed", source: "formData.fase=definitief_herstel" };
  if (v.registratiestatus === "synced") return { status: "closed", source: "record.completionState=synced" };
  if (v.fase === "tijdelijk_herstel")
    return { status: "temporary_restore", source: "formData.fase=tijdelijk_herstel" };
  if (v.status === "in_behandeling" || v.status === "open" || v.status === "geparkeerd") {
    return { status: "in_progress", source: `formData.status=${v.status}` };
  }
  if (v.registratiestatus === "queued" || v.registratiestatus === "valid") {
    return { status: "in_progress", source: `record.completionState=${v.registratiestatus}` };
  }
  return { status: "planned", source: "default" };
}
