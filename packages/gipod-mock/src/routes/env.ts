import type { FaultInjector } from "../faults.js";
import type { RequestContext } from "../http/context.js";
import type { MockStore } from "../store.js";

/** What route handlers share. */
export interface MockEnv {
  readonly store: MockStore;
  readonly faults: FaultInjector;
  /** The server clock. */
  readonly now: () => Date;
  readonly ldes: { readonly pageSize: number; readonly offOriginRelation?: string };
}

/** A route handler. */
export type Handler = (ctx: RequestContext, env: MockEnv) => void | Promise<void>;
