import { createGipodClient, type GipodClient, type GipodClientOptions } from "@digitale-nuts/gipod";
import { type GipodMock, type GipodMockOptions, startGipodMock } from "@digitale-nuts/gipod-mock";

export const ALL_SCOPES = ["gipod_pdo_read", "gipod_pdo_write", "gipod_mh_read", "gipod_notifications"];

/** The mock's endpoints as client configuration (optionally with the REST API behind a proxy). */
export function endpointsOf(mock: GipodMock, apiBaseUrl = mock.url) {
  return { apiBaseUrl, tokenUrl: mock.tokenUrl, ogcBaseUrl: mock.ogcUrl, ldesUrl: mock.ldesUrl };
}

/** Starts the mock and returns a client factory with fresh private_key_jwt credentials. */
export async function withMock(options: GipodMockOptions) {
  const mock = await startGipodMock(options);
  const creds = await mock.createClient({ scopes: ALL_SCOPES });
  const client = (extra: Partial<GipodClientOptions> = {}): GipodClient =>
    createGipodClient({
      environment: endpointsOf(mock),
      auth: {
        kind: "private_key_jwt",
        clientId: creds.clientId,
        privateJwk: creds.privateJwk as NonNullable<typeof creds.privateJwk>,
      },
      retry: { baseDelayMs: 1, maxDelayMs: 20, maxRetryAfterMs: 20, retries: 8, seed: 1 },
      ...extra,
    });
  return { mock, creds, client };
}
