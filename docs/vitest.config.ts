// Runs the docs test with the root configuration (package aliases to source):
// `npx vitest run --config docs/vitest.config.ts`. Once the root include covers docs/test, `npm test` runs it too.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import rootConfig from "../vitest.config.js";

export default defineConfig({
  ...rootConfig,
  test: {
    ...rootConfig.test,
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["docs/test/**/*.test.ts"],
  },
});
