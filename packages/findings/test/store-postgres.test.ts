import { createPgFindingsStore } from "@digitale-nuts/findings";
import { describe } from "vitest";
import { storeContract } from "./support/store-suite.js";

const url = process.env.DN_PG_URL;

// Needs a PostgreSQL server: .ci/run starts one and sets DN_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).
// Without it vitest reports this suite as skipped, visibly, rather than passing a placeholder.
describe.skipIf(!url)("PostgreSQL adapter (DN_PG_URL)", () => {
  storeContract("postgres", () => createPgFindingsStore({ connectionString: url as string }));
});
