import type { KpiInput } from "@digitale-nuts/kpi";
import type { Inname, SyncEvent, Vaststelling } from "@digitale-nuts/oslo";

/** What the KPI engine is fed from: works, findings and (optionally) the sync server's events. */
export interface KpiSources {
  readonly innames?: readonly Inname[];
  readonly vaststellingen?: readonly Vaststelling[];
  readonly syncEvents?: readonly SyncEvent[];
  /** Where the works came from (`gipod-rest`, `gipod-ogc`, `gipod-export`), for completeness per source. */
  readonly bron?: string;
  /** The findings were read from the sync server's store, so they are synced whatever their own status says. */
  readonly fromServer?: boolean;
}

/** Wraps OSLO records as kpi inputs, unchanged. */
export function kpiInputs(sources: KpiSources): KpiInput[] {
  return [
    ...(sources.innames ?? []).map(
      (inname): KpiInput => ({ kind: "inname", inname, ...(sources.bron ? { bron: sources.bron } : {}) }),
    ),
    ...(sources.vaststellingen ?? []).map(
      (vaststelling): KpiInput => ({
        kind: "vaststelling",
        vaststelling,
        ...(sources.fromServer || vaststelling.registratiestatus === "synced"
          ? { wachtrijstatus: "synced" as const }
          : {}),
      }),
    ),
    ...(sources.syncEvents ?? []).map((event): KpiInput => ({ kind: "sync", event })),
  ];
}
