import { GipodResponseError } from "../errors.js";

/**
 * One concept of a GIPOD taxonomy.
 *
 * @example
 * const statuses: readonly TaxonomyEntry[] = await gipod.taxonomy("statuses");
 * const uitgevoerd = statuses.find((s) => s.prefLabel === "Uitgevoerd")?.uuid;
 */
export interface TaxonomyEntry {
  /** The taxonomy IRI as GIPOD sends it (`/api/v1/taxonomies/statuses/<uuid>`). */
  readonly id: string;
  /** The UUID at its end, lower case, when there is one. */
  readonly uuid?: string;
  readonly prefLabel: string;
}

const UUID = /([0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12})\/?$/i;

function toEntry(item: unknown, i: number, name: string): TaxonomyEntry {
  const o = (item ?? {}) as Record<string, unknown>;
  const id = [o["@id"], o.id, o.identifier, o.uri].find((v) => typeof v === "string") as string | undefined;
  const label = [o.prefLabel, o.label, o.name].find((v) => typeof v === "string") as string | undefined;
  if (!id || !label)
    throw new GipodResponseError(
      `[${i}]`,
      "a taxonomy entry needs an @id and a prefLabel",
      `taxonomies/${name}`,
    );
  const uuid = id.match(UUID)?.[1]?.toLowerCase();
  return uuid ? { id, uuid, prefLabel: label } : { id, prefLabel: label };
}

/** Fetches each taxonomy once per TTL; concurrent callers share one request. */
export function createTaxonomyCache<O>(options: {
  ttlMs: number;
  now: () => number;
  load: (name: string, scopes: readonly string[], callOptions?: O) => Promise<unknown[]>;
}) {
  const cache = new Map<string, { at: number; entries: Promise<readonly TaxonomyEntry[]> }>();
  return {
    get(name: string, scopes: readonly string[], callOptions?: O): Promise<readonly TaxonomyEntry[]> {
      const hit = cache.get(name);
      if (hit && options.now() - hit.at < options.ttlMs) return hit.entries;
      const entries = options
        .load(name, scopes, callOptions)
        .then((items) => items.map((item, i) => toEntry(item, i, name)));
      cache.set(name, { at: options.now(), entries });
      entries.catch(() => cache.delete(name));
      return entries;
    },
  };
}
