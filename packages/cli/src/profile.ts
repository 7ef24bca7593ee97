import {
  antwerpenProfile,
  type CityProfile,
  mechelenProfile,
  parseCityProfile,
} from "@digitale-nuts/prioritisation";
import { CliError, EXIT_CODES } from "./cli-error.js";
import { readJsonFile } from "./files.js";

/**
 * DN_DISPATCH labels its Antwerp inspectors `I1`…`I7`; the SDK's datasets use `insp-NN` pseudonyms,
 * so the shipped profile is relabelled once here (same order, same postcodes).
 */
function withPseudonyms(profile: CityProfile): CityProfile {
  return {
    ...profile,
    inspectors: profile.inspectors.map((inspector) => {
      const n = /^I(\d+)$/.exec(inspector.id)?.[1];
      return n ? { ...inspector, id: `insp-${n.padStart(2, "0")}` } : inspector;
    }),
  };
}

/**
 * The shipped city profiles by name.
 * @example
 * const profile = SHIPPED_PROFILES.antwerpen; // inspectors relabelled insp-01 … insp-07
 */
export const SHIPPED_PROFILES: Readonly<Record<string, CityProfile>> = {
  antwerpen: withPseudonyms(antwerpenProfile),
  mechelen: mechelenProfile,
};

/** Resolves `antwerpen`, `mechelen` or a path to a profile JSON (validated by prioritisation). */
export async function resolveProfile(nameOrPath: string): Promise<CityProfile> {
  const shipped = SHIPPED_PROFILES[nameOrPath.toLowerCase()];
  if (shipped) return shipped;
  if (!/\.json$/i.test(nameOrPath)) {
    throw new CliError("CLI_PROFILE_UNKNOWN", `unknown profile ${JSON.stringify(nameOrPath)}`, {
      exitCode: EXIT_CODES.usage,
      hint: `use ${Object.keys(SHIPPED_PROFILES).join(" or ")}, or a path to a profile .json file`,
    });
  }
  return parseCityProfile(await readJsonFile(nameOrPath, "profile"));
}
