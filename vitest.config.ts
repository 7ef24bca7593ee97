import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packagesDir = fileURLToPath(new URL("./packages/", import.meta.url));
const packages = readdirSync(packagesDir, { withFileTypes: true }).filter((d) => d.isDirectory());

// Tests import packages by name. By default they resolve to source (no build needed);
// DN_TEST_DIST=1 resolves them through package.json `exports` to the built `dist/` instead.
const fromSource = process.env.DN_TEST_DIST !== "1";
const alias = fromSource
  ? packages.map((d) => ({
      find: new RegExp(`^@digitale-nuts/${d.name}$`),
      replacement: `${packagesDir}${d.name}/src/index.ts`,
    }))
  : [];

export default defineConfig({
  resolve: { alias },
  test: {
    include: ["packages/*/test/**/*.test.ts", "examples/*/test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
