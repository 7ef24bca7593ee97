import { buildDetour, buildHindrance } from "./hindrance-factory.js";
import { MUNICIPALITIES, type Municipality } from "./municipalities.js";
import { buildOccupancy, type OccupancyFacts, randomStamp, randomUuid } from "./occupancy-factory.js";
import { CONTRACTORS } from "./organisations.js";
import { createPrng, type Prng } from "./prng.js";
import { NOTIFICATION_CATEGORIES, NOTIFICATION_STATUSES, NOTIFICATION_TYPES, ref } from "./taxonomies.js";
import { formatStamp } from "./timestamp.js";
import type {
  CityDataset,
  DetourItem,
  HindranceItem,
  HindranceVersion,
  NotificationItem,
  OccupancyItem,
  PermitRecord,
} from "./wire-types.js";

/**
 * Options of {@link generateCity}.
 *
 * @example
 * const options: GenerateCityOptions = { seed: 7, size: 2000, niscodes: ["11002", "12025"], now: "2026-03-01T09:00:00Z" };
 * const city = generateCity(options);
 */
export interface GenerateCityOptions {
  /** PRNG seed; the same seed (and other options) gives byte-identical data. Default 1. */
  readonly seed?: number;
  /** Number of occupancies. Default 500. */
  readonly size?: number;
  /** Municipalities (NIS codes) to spread the occupancies over. Default `["11002"]` (Antwerpen). */
  readonly niscodes?: readonly string[];
  /** The generator's "today"; periods and statuses are consistent with it. Default: the current time. */
  readonly now?: Date | string;
}

/**
 * First gipodId handed out; GIPOD² ids are 8 digits.
 *
 * @example
 * generateCity({ seed: 1, size: 50 }).occupancies.every((o) => o.gipodId >= FIRST_GIPOD_ID); // true
 */
export const FIRST_GIPOD_ID = 10_000_000;

/**
 * Generates a synthetic but realistic Flemish city: occupancies (mostly groundworks by utilities, with Antwerp's
 * category and status mix), their mobility hindrances with LDES histories, detours, notifications and
 * signalisation permits. Deterministic for a seed.
 *
 * @example
 * const city = generateCity({ seed: 42, size: 1000, niscodes: ["11002"], now: "2026-03-01T09:00:00Z" });
 * city.occupancies.length; // 1000
 */
export function generateCity(options: GenerateCityOptions = {}): CityDataset {
  const seed = options.seed ?? 1;
  const size = options.size ?? 500;
  if (!Number.isInteger(size) || size < 0)
    throw new RangeError(`generateCity: size must be a non-negative integer, got ${size}`);
  const municipalities = resolveMunicipalities(options.niscodes ?? ["11002"]);
  const nowMs = options.now === undefined ? Date.now() : new Date(options.now).getTime();
  if (Number.isNaN(nowMs))
    throw new RangeError(`generateCity: now is not a valid date: ${String(options.now)}`);
  const rng = createPrng(seed);

  const occupancies: OccupancyItem[] = [];
  const hindrances: HindranceItem[] = [];
  const versions: HindranceVersion[] = [];
  const detours: DetourItem[] = [];
  const facts: OccupancyFacts[] = [];
  let seq = 1_800_000;
  const nextSeq = () => ++seq;
  let nextId = FIRST_GIPOD_ID + rng.int(0, 999);

  for (let i = 0; i < size; i++) {
    const gipodId = nextId;
    const municipality = rng.pick(municipalities);
    const wantsHindrance = rng.chance(0.6);
    const hindranceId = wantsHindrance ? gipodId + 1 : undefined;
    const permitId = wantsHindrance && rng.chance(0.3) ? gipodId + 2 : undefined;
    nextId += 3 + rng.int(0, 4); // gaps, as in GIPOD where other entity types share the id range
    const f = buildOccupancy(rng, {
      gipodId,
      municipality,
      nowMs,
      ...(hindranceId !== undefined ? { hindranceId } : {}),
      ...(permitId !== undefined ? { permitId } : {}),
    });
    facts.push(f);
    occupancies.push(f.item);
    if (hindranceId !== undefined) {
      const h = buildHindrance(rng, f, hindranceId, nextSeq);
      hindrances.push(h.item);
      versions.push(...h.versions);
      if (
        f.consequences.some(
          (c) =>
            c.prefLabel.startsWith("Geen doorgang voor gemotoriseerd") ||
            c.prefLabel.startsWith("Afgesloten"),
        ) ||
        rng.chance(0.05)
      ) {
        detours.push(buildDetour(rng, f, h.item));
      }
    }
  }
  // Fixed-width 7-digit UTC stamps order lexicographically.
  versions.sort((a, b) =>
    a.generatedAtTime < b.generatedAtTime ? -1 : a.generatedAtTime > b.generatedAtTime ? 1 : a.seq - b.seq,
  );

  return {
    occupancies,
    hindrances,
    hindranceVersions: versions,
    detours,
    notifications: buildNotifications(rng, facts, nowMs),
    permits: buildPermits(rng, facts, nowMs),
  };
}

/** The municipalities for NIS codes; throws a RangeError naming an unsupported code. */
export function resolveMunicipalities(niscodes: readonly string[]): Municipality[] {
  if (niscodes.length === 0) throw new RangeError("generateCity: niscodes must not be empty");
  return niscodes.map((n) => {
    const m = MUNICIPALITIES[n];
    if (!m)
      throw new RangeError(
        `generateCity: unsupported NIS code "${n}"; supported: ${Object.keys(MUNICIPALITIES).join(", ")}`,
      );
    return m;
  });
}

function buildNotifications(rng: Prng, facts: readonly OccupancyFacts[], nowMs: number): NotificationItem[] {
  const out: NotificationItem[] = [];
  const count = Math.ceil(facts.length / 10);
  for (let i = 0; i < count && facts.length > 0; i++) {
    const f = rng.pick(facts);
    const type = rng.pick(Object.values(NOTIFICATION_TYPES));
    const category =
      type === NOTIFICATION_TYPES.hindranceToValidate
        ? NOTIFICATION_CATEGORIES.task
        : type === NOTIFICATION_TYPES.groundworkRescheduled
          ? NOTIFICATION_CATEGORIES.warning
          : NOTIFICATION_CATEGORIES.information;
    const status = rng.weighted({ nieuw: 5, inBehandeling: 2, afgehandeld: 3 });
    const created = randomStamp(rng, f.createdMs, nowMs - 60_000);
    const modified = status === "nieuw" ? created : randomStamp(rng, created.ms, nowMs - 1000);
    out.push({
      id: randomUuid(rng),
      gipodId: f.item.gipodId,
      type: ref(type),
      category: ref(category),
      status: ref(NOTIFICATION_STATUSES[status]),
      createdOn: formatStamp(created),
      lastModifiedOn: formatStamp(modified),
    });
  }
  return out.sort((a, b) => a.createdOn.localeCompare(b.createdOn) || a.id.localeCompare(b.id));
}

function buildPermits(rng: Prng, facts: readonly OccupancyFacts[], nowMs: number): PermitRecord[] {
  const out: PermitRecord[] = [];
  for (const f of facts) {
    const o = f.item;
    const needsPermit =
      o.permittedBy.length > 0 || f.categoryKey === "categorie1" || f.categoryKey === "categorie2";
    if (o["@type"] !== "Groundwork" || !needsPermit) continue;
    const status: PermitRecord["dossierstatus"] =
      f.statusKey === "uitgevoerd"
        ? rng.chance(0.3)
          ? "Vergunning afgelopen"
          : "Vergund"
        : f.statusKey === "inUitvoering"
          ? "Vergund"
          : f.statusKey === "concreetGepland"
            ? rng.pick(["Ingediend", "In behandeling", "Vergund"] as const)
            : f.statusKey === "inOpmaak"
              ? "Ingediend"
              : "Geannuleerd";
    const requested = Math.min(f.createdMs + rng.int(1, 20) * 86_400_000, nowMs - 86_400_000);
    const statusDate = Math.min(requested + rng.int(0, 15) * 86_400_000, nowMs);
    const common = {
      bonuNummer: o.reference.startsWith("BONU")
        ? o.reference
        : `BONU${new Date(f.createdMs).getUTCFullYear()}${String(o.gipodId % 10_000).padStart(4, "0")}`,
      datumAanvraag: isoDate(requested),
      aangevraagdDoor: rng.pick(CONTRACTORS),
      nutsBedrijf: o.owner.preferredName,
      referentieId: `GW${new Date(f.createdMs).getUTCFullYear()}-${String(o.gipodId).slice(-6)}`,
      refKey: String(100_000 + (o.gipodId % 900_000)),
      gipodId: o.gipodId,
      startdatumWerken: (o.period[0]?.start ?? "").slice(0, 10),
      einddatumWerken: (o.period[0]?.end ?? "").slice(0, 10),
      straat: o.addressRepresentation.streetname,
      huisnr: o.addressRepresentation.housenumber,
      postcode: o.addressRepresentation.postalcode,
      district: f.area.district,
      werftype: "NUTSWERKEN" as const,
    };
    // An earlier status row for some permits: the weekly report keeps history; the latest "Datum status" wins.
    if (status !== "Ingediend" && rng.chance(0.3)) {
      out.push({ ...common, dossierstatus: "Ingediend", datumStatus: isoDate(requested) });
    }
    out.push({ ...common, dossierstatus: status, datumStatus: isoDate(statusDate) });
  }
  return out;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
