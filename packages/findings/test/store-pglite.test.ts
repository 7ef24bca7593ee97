import { createPgliteFindingsStore } from "@digitale-nuts/findings";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe } from "vitest";
import { storeContract } from "./support/store-suite.js";

describe("PGlite adapter", () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
  });
  afterAll(async () => {
    await db.close();
  });
  storeContract("pglite", () => createPgliteFindingsStore({ db }));
});
