import type { Options } from "tsup";

/** Shared tsup settings: ESM only, `.d.ts` next to the JS, our own scope never bundled. */
export function packageBuild(entry: Record<string, string> = { index: "src/index.ts" }): Options {
  return {
    entry,
    format: ["esm"],
    target: "node20",
    platform: "neutral",
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    treeshake: true,
    external: [/^@digitale-nuts\//, /^node:/],
    tsconfig: "../../tsconfig.build.json",
  };
}
