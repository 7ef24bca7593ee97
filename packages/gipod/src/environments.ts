/**
 * Where a GIPOD environment lives. `ogcBaseUrl` and `ldesUrl` are optional for custom set-ups.
 *
 * @example
 * const local: GipodEndpoints = { apiBaseUrl: mock.url, tokenUrl: mock.tokenUrl, ogcBaseUrl: mock.ogcUrl, ldesUrl: mock.ldesUrl };
 * const gipod = createGipodClient({ environment: local, auth });
 */
export interface GipodEndpoints {
  /** REST API origin, e.g. `https://gipod.api.vlaanderen.be` (paths `/api/v1/…`, `/api/v2/…` are appended). */
  readonly apiBaseUrl: string;
  /** OAuth2 token endpoint (also the `aud` of the client assertion). */
  readonly tokenUrl: string;
  /** OGC API Features root, e.g. `https://geo.api.vlaanderen.be/GIPOD/ogc/features/v1`. */
  readonly ogcBaseUrl?: string;
  /** Start node of the mobility-hindrance LDES. */
  readonly ldesUrl?: string;
}

/**
 * The named GIPOD environments.
 *
 * @example
 * const environment: GipodEnvironmentName = "beta";
 * const gipod = createGipodClient({ environment, auth });
 */
export type GipodEnvironmentName = "production" | "beta" | "test";

/**
 * Hosts per environment (domain brief §1.3). Production pairs with the production ACM/IDM token endpoint,
 * beta and test with the T&I one. Never called by the test suite.
 *
 * @example
 * GIPOD_ENVIRONMENTS.beta.apiBaseUrl; // "https://gipod.api.beta-vlaanderen.be"
 * GIPOD_ENVIRONMENTS.production.tokenUrl; // "https://authenticatie.vlaanderen.be/op/v1/token"
 */
export const GIPOD_ENVIRONMENTS: Readonly<Record<GipodEnvironmentName, GipodEndpoints>> = {
  production: {
    apiBaseUrl: "https://gipod.api.vlaanderen.be",
    tokenUrl: "https://authenticatie.vlaanderen.be/op/v1/token",
    ogcBaseUrl: "https://geo.api.vlaanderen.be/GIPOD/ogc/features/v1",
    ldesUrl: "https://private-api.gipod.vlaanderen.be/api/v1/ldes/mobility-hindrances",
  },
  beta: {
    apiBaseUrl: "https://gipod.api.beta-vlaanderen.be",
    tokenUrl: "https://authenticatie-ti.vlaanderen.be/op/v1/token",
    ogcBaseUrl: "https://geo.api.beta-vlaanderen.be/GIPOD/ogc/features/v1",
    ldesUrl: "https://private-api.gipod.beta-vlaanderen.be/api/v1/ldes/mobility-hindrances",
  },
  test: {
    apiBaseUrl: "https://gipod.api.test-vlaanderen.be",
    tokenUrl: "https://authenticatie-ti.vlaanderen.be/op/v1/token",
    ogcBaseUrl: "https://geo.api.test-vlaanderen.be/GIPOD/ogc/features/v1",
    ldesUrl: "https://private-api.gipod.test-vlaanderen.be/api/v1/ldes/mobility-hindrances",
  },
};

/** Resolves an environment name or explicit endpoints. */
export function resolveEndpoints(environment: GipodEnvironmentName | GipodEndpoints): GipodEndpoints {
  return typeof environment === "string" ? GIPOD_ENVIRONMENTS[environment] : environment;
}
