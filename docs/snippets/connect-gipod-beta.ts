// Read GIPOD beta with a private_key_jwt client. Needs a client registered in the T&I Beheerderportaal.
import { readFileSync } from "node:fs";
import { createGipodClient, GipodAuthError, type SyncCheckpoint } from "@digitale-nuts/gipod";
import type { JWK } from "jose";

const clientId = process.env.GIPOD_CLIENT_ID ?? "";
// The private JWK never goes into code, logs or errors: read it from a file only this process may read.
const privateJwk = JSON.parse(
  readFileSync(process.env.GIPOD_JWK_FILE ?? "gipod-beta.jwk.json", "utf8"),
) as JWK;

const client = createGipodClient({
  environment: "beta", // gipod.api.beta-vlaanderen.be with the token endpoint authenticatie-ti.vlaanderen.be
  auth: { kind: "private_key_jwt", clientId, privateJwk },
  rateLimit: { requestsPerMinute: 60 },
});

try {
  // One page of five occupancies in Antwerpen (NIS 11002), to check the credentials and scopes.
  for await (const page of client.listOccupancies({ niscodes: ["11002"], limit: 5 }).pages()) {
    console.log(
      page.total,
      page.items.map((inname) => `${inname.gipodId} ${inname.type} ${inname.status}`),
    );
    break;
  }

  // Incremental sync: keep the checkpoint and pass it next time to fetch only what changed.
  const saved = process.env.GIPOD_CHECKPOINT;
  const checkpoint = saved ? (JSON.parse(saved) as SyncCheckpoint) : undefined;
  const result = await client.syncOccupancies({ niscodes: ["11002"], ...(checkpoint ? { checkpoint } : {}) });
  console.log(result.report, JSON.stringify(result.checkpoint));
} catch (error) {
  if (error instanceof GipodAuthError)
    console.error(error.message); // says which client and scopes, never the key
  else throw error;
}
