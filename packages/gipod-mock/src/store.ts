import { generateCity, resolveMunicipalities } from "./data/generate-city.js";
import { buildOccupancy } from "./data/occupancy-factory.js";
import { type Organisation, organisation } from "./data/organisations.js";
import { createPrng, type Prng } from "./data/prng.js";
import type { TaxonomyRef } from "./data/taxonomies.js";
import { compareStamps, formatStamp, nextStamp, parseStamp, type Stamp } from "./data/timestamp.js";
import type {
  CityDataset,
  DetourItem,
  HindranceItem,
  HindranceVersion,
  NotificationItem,
  OccupancyItem,
  PermitRecord,
} from "./data/wire-types.js";

/**
 * Fields a test may not overwrite through {@link MockStore.update}: identity and the server-set timestamp.
 *
 * @example
 * const patch: OccupancyPatch = { status: STATUSES.uitgevoerd, description: "Herstelling lek" };
 * const [first] = mock.store.occupancies();
 * if (first) mock.store.update(first.gipodId, patch);
 */
export type OccupancyPatch = Partial<Omit<OccupancyItem, "gipodId" | "@id" | "lastModifiedOn">>;

/**
 * The mock server's data, mutable from tests. Records are immutable values: every change replaces the record,
 * so arrays a test obtained earlier stay valid snapshots.
 *
 * @example
 * const store: MockStore = mock.store;
 * const added = store.insert({ description: "Aansluiting gas" });
 * store.update(added.gipodId, { description: "Aansluiting gas en elektriciteit" });
 * store.remove(added.gipodId); // true
 */
export class MockStore {
  readonly #occupancies = new Map<number, OccupancyItem>();
  #sortedIds: number[] | undefined;
  #sorted: OccupancyItem[] | undefined;
  readonly #hindrances = new Map<number, HindranceItem>();
  readonly #versions: HindranceVersion[];
  readonly #detours: DetourItem[];
  readonly #notifications = new Map<string, NotificationItem>();
  readonly #permits: PermitRecord[];
  readonly #organisations = new Map<string, Organisation>();
  readonly #now: () => Date;
  readonly #rng: Prng;
  readonly #niscodes: readonly string[];
  #lastStamp: Stamp | undefined;
  #lastSeq: number;
  #maxId = 10_000_000;
  #revision = 0;

  /** @internal Use {@link startGipodMock}; the store comes with the server. */
  constructor(dataset: CityDataset, options: { now: () => Date; seed: number; niscodes: readonly string[] }) {
    this.#now = options.now;
    this.#rng = createPrng((options.seed ^ 0x5f3759df) >>> 0);
    this.#niscodes = options.niscodes;
    for (const o of dataset.occupancies) this.#occupancies.set(o.gipodId, o);
    for (const h of dataset.hindrances) this.#hindrances.set(h.gipodId, h);
    for (const n of dataset.notifications) this.#notifications.set(n.id, n);
    this.#versions = [...dataset.hindranceVersions];
    this.#detours = [...dataset.detours];
    this.#permits = [...dataset.permits];
    this.#lastSeq = this.#versions.reduce((m, v) => Math.max(m, v.seq), 1_800_000);
    for (const o of dataset.occupancies) {
      this.#maxId = Math.max(this.#maxId, o.gipodId + 2);
      this.#observe(o.lastModifiedOn);
      this.#addOrganisation(o.owner.preferredName);
    }
    for (const n of dataset.notifications) this.#observe(n.lastModifiedOn);
  }

  /** Every current occupancy wire record, sorted by gipodId (a fresh array; the records are immutable). */
  occupancies(): OccupancyItem[] {
    return this.sortedOccupancies().slice();
  }

  /** @internal The cached sorted records, shared: callers must not modify the array. */
  sortedOccupancies(): readonly OccupancyItem[] {
    if (!this.#sorted)
      this.#sorted = this.sortedIds().map((id) => this.#occupancies.get(id) as OccupancyItem);
    return this.#sorted;
  }

  /** Number of occupancies. */
  get size(): number {
    return this.#occupancies.size;
  }

  /** @internal gipodIds ascending (cached until the next insert or remove). */
  sortedIds(): readonly number[] {
    if (!this.#sortedIds) this.#sortedIds = [...this.#occupancies.keys()].sort((a, b) => a - b);
    return this.#sortedIds;
  }

  /** One occupancy, or `undefined`. */
  get(gipodId: number): OccupancyItem | undefined {
    return this.#occupancies.get(gipodId);
  }

  /**
   * Adds an occupancy: a realistic generated groundwork, overridden by `partial`. A new gipodId is allocated
   * unless `partial.gipodId` is given (it must be free). `createdOn` and `lastModifiedOn` are set to now.
   */
  insert(partial: Partial<OccupancyItem> = {}): OccupancyItem {
    const gipodId = partial.gipodId ?? this.#nextGipodId();
    if (this.#occupancies.has(gipodId))
      throw new RangeError(`gipod-mock store: gipodId ${gipodId} already exists`);
    const niscode = partial.nisCode ?? this.#rng.pick(this.#niscodes);
    const [municipality] = resolveMunicipalities([niscode]);
    const generated = buildOccupancy(
      this.#rng,
      {
        gipodId,
        municipality: municipality as NonNullable<typeof municipality>,
        nowMs: this.#now().getTime(),
      },
      { type: partial["@type"] ?? "Groundwork" },
    ).item;
    const stamp = formatStamp(this.#touch());
    const item: OccupancyItem = {
      ...generated,
      ...partial,
      gipodId,
      createdOn: stamp,
      lastModifiedOn: stamp,
    };
    this.#occupancies.set(gipodId, item);
    this.#sortedIds = undefined;
    this.#sorted = undefined;
    this.#maxId = Math.max(this.#maxId, gipodId + 2);
    this.#addOrganisation(item.owner.preferredName);
    return item;
  }

  /** Replaces fields of an occupancy and bumps `lastModifiedOn` (strictly increasing). Throws for an unknown id. */
  update(gipodId: number, patch: OccupancyPatch): OccupancyItem {
    const old = this.#occupancies.get(gipodId);
    if (!old) throw new RangeError(`gipod-mock store: no occupancy ${gipodId}`);
    const item: OccupancyItem = {
      ...old,
      ...patch,
      gipodId,
      "@id": old["@id"],
      lastModifiedOn: formatStamp(this.#touch()),
    };
    this.#occupancies.set(gipodId, item);
    this.#sorted = undefined;
    return item;
  }

  /** Deletes an occupancy; `false` when it did not exist. */
  remove(gipodId: number): boolean {
    const had = this.#occupancies.delete(gipodId);
    if (had) {
      this.#sortedIds = undefined;
      this.#sorted = undefined;
      this.#revision++;
    }
    return had;
  }

  /** Current mobility hindrances, sorted by gipodId. */
  hindrances(): HindranceItem[] {
    return [...this.#hindrances.values()].sort((a, b) => a.gipodId - b.gipodId);
  }

  /** One hindrance, or `undefined`. */
  hindrance(gipodId: number): HindranceItem | undefined {
    return this.#hindrances.get(gipodId);
  }

  /** Every LDES member (immutable hindrance version), in stream order. */
  hindranceVersions(): readonly HindranceVersion[] {
    return this.#versions;
  }

  /** Changes a hindrance and appends a new LDES version with `eventName`. */
  updateHindrance(
    gipodId: number,
    patch: Partial<Omit<HindranceItem, "gipodId" | "@id">>,
    eventName = "MobilityHindranceDescriptionWasModified",
  ): HindranceVersion {
    const old = this.#hindrances.get(gipodId);
    if (!old) throw new RangeError(`gipod-mock store: no mobility hindrance ${gipodId}`);
    const stamp = formatStamp(this.#touch());
    const state: HindranceItem = { ...old, ...patch, gipodId, "@id": old["@id"], lastModifiedOn: stamp };
    this.#hindrances.set(gipodId, state);
    const version: HindranceVersion = { seq: ++this.#lastSeq, generatedAtTime: stamp, eventName, state };
    this.#versions.push(version);
    return version;
  }

  /** Detours, in generation order (by hindrance). */
  detours(): readonly DetourItem[] {
    return this.#detours;
  }

  /** Notifications, ordered by createdOn then id. */
  notifications(): NotificationItem[] {
    return [...this.#notifications.values()].sort(
      (a, b) => a.createdOn.localeCompare(b.createdOn) || a.id.localeCompare(b.id),
    );
  }

  /** One notification, or `undefined`. */
  notification(id: string): NotificationItem | undefined {
    return this.#notifications.get(id);
  }

  /** Sets a notification's status and bumps its `lastModifiedOn`. */
  setNotificationStatus(id: string, status: TaxonomyRef): NotificationItem {
    const old = this.#notifications.get(id);
    if (!old) throw new RangeError(`gipod-mock store: no notification ${id}`);
    const item = { ...old, status, lastModifiedOn: formatStamp(this.#touch()) };
    this.#notifications.set(id, item);
    return item;
  }

  /** Signalisation-permit report rows. */
  permits(): readonly PermitRecord[] {
    return this.#permits;
  }

  /** An organisation by UUID. */
  organisation(uuid: string): Organisation | undefined {
    return this.#organisations.get(uuid.toLowerCase());
  }

  /** A snapshot in the shape {@link generateCity} returns (for the XLSX writers). */
  dataset(): CityDataset {
    return {
      occupancies: this.occupancies(),
      hindrances: this.hindrances(),
      hindranceVersions: [...this.#versions],
      detours: [...this.#detours],
      notifications: this.notifications(),
      permits: [...this.#permits],
    };
  }

  /** @internal A free gipodId strictly between two existing ones below index `below` (for offset drift). */
  freeIdBelow(index: number): number | undefined {
    const ids = this.sortedIds();
    for (let j = Math.min(index, ids.length) - 2; j >= 0; j--) {
      const candidate = (ids[j] as number) + 3;
      if (candidate < (ids[j + 1] as number) && !this.#occupancies.has(candidate)) return candidate;
    }
    return undefined;
  }

  #nextGipodId(): number {
    this.#maxId += 3; // ids are shared with hindrances and permits (occupancy + 1, + 2)
    return this.#maxId;
  }

  /** Increases on every change; lets derived views (OGC features) cache safely. */
  get revision(): number {
    return this.#revision;
  }

  #touch(): Stamp {
    this.#revision++;
    this.#lastStamp = nextStamp(this.#lastStamp, this.#now().getTime());
    return this.#lastStamp;
  }

  #observe(iso: string): void {
    const s = parseStamp(iso);
    if (s && (!this.#lastStamp || compareStamps(s, this.#lastStamp) > 0)) this.#lastStamp = s;
  }

  #addOrganisation(name: string): void {
    const o = organisation(name);
    this.#organisations.set(o.id, o);
  }
}

/** Builds a store from generator options. */
export function createStore(options: {
  seed: number;
  size: number;
  niscodes: readonly string[];
  now: () => Date;
}): MockStore {
  const dataset = generateCity({
    seed: options.seed,
    size: options.size,
    niscodes: options.niscodes,
    now: options.now(),
  });
  return new MockStore(dataset, options);
}
