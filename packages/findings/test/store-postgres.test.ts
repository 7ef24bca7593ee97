import { createPgFindingsStore } from "@digitale-nuts/findings";
import { describe, expect, it } from "vitest";
import { storeContract } from "./support/store-suite.js";

const url = process.env.DN_PG_URL;

if (url) {
  describe("PostgreSQL adapter (DN_PG_URL)", () => {
    storeContract("postgres", () => createPgFindingsStore({ connectionString: url }));
  });
} else {
  describe("PostgreSQL adapter", () => {
    it("SKIPPED: the PostgreSQL adapter suite needs DN_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)", () => {
      expect(process.env.DN_PG_URL).toBeUndefined();
    });
  });
}
