import type { ConceptScheme, UnknownCode } from "@digitale-nuts/oslo";
import type { Json } from "./read.js";

/**
 * The code of a GIPOD taxonomy reference (`{@id, prefLabel}`) in a scheme: by taxonomy UUID first,
 * then by label; a miss gives the scheme's explicit `onbekend:` code, never a crash.
 */
export function conceptCode<C extends string>(
  scheme: ConceptScheme<C>,
  ref: unknown,
): C | UnknownCode | undefined {
  if (typeof ref === "string") return ref.trim() === "" ? undefined : scheme.lookup(ref).code;
  if (ref === null || typeof ref !== "object") return undefined;
  const r = ref as Json;
  const id = typeof r["@id"] === "string" ? r["@id"] : typeof r.id === "string" ? r.id : undefined;
  const label =
    typeof r.prefLabel === "string" ? r.prefLabel : typeof r.label === "string" ? r.label : undefined;
  const byId = id ? find(scheme, id) : undefined;
  if (byId) return byId;
  const raw = label ?? id;
  return raw && raw.trim() !== "" ? lookup(scheme, raw) : undefined;
}

// Lookups normalise labels and match UUIDs; GIPOD repeats the same few values, so remember answers per scheme.
const found = new WeakMap<ConceptScheme, Map<string, string | null>>();

function find<C extends string>(scheme: ConceptScheme<C>, value: string): C | undefined {
  let cache = found.get(scheme);
  if (!cache) {
    cache = new Map();
    found.set(scheme, cache);
  }
  let hit = cache.get(value);
  if (hit === undefined) {
    if (cache.size > 10_000) cache.clear();
    hit = scheme.find(value)?.code ?? null;
    cache.set(value, hit);
  }
  return (hit ?? undefined) as C | undefined;
}

function lookup<C extends string>(scheme: ConceptScheme<C>, value: string): C | UnknownCode {
  return find(scheme, value) ?? scheme.lookup(value).code;
}

/** {@link ConceptScheme.find}, memoised: the code of a known value, or undefined. */
export function findCode<C extends string>(scheme: ConceptScheme<C>, value: string): C | undefined {
  return find(scheme, value);
}
