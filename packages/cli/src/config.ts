import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { CliError, EXIT_CODES } from "./cli-error.js";
import { readJsonFile } from "./files.js";

/**
 * The default config file name, looked up in the working directory.
 * @example
 * const file = path.join(process.cwd(), CONFIG_FILE_NAME); // ./digitale-nuts.config.json
 */
export const CONFIG_FILE_NAME = "digitale-nuts.config.json";

/**
 * `digitale-nuts.config.json`: non-secret settings only. Secrets (client secret, private key) come from
 * environment variables; `jwkFile` is a path to the key, never the key. Unknown keys are errors, so a
 * pasted secret is refused rather than silently kept.
 * @example
 * const config = CliConfig.parse({ environment: "beta", niscodes: ["11002"], profile: "antwerpen" });
 * CliConfig.safeParse({ clientSecret: "…" }).success; // false: unknown keys are refused
 */
export const CliConfig = z
  .object({
    environment: z.enum(["production", "beta", "test"]).optional(),
    baseUrl: z.url().optional(),
    tokenUrl: z.url().optional(),
    ogcUrl: z.url().optional(),
    ldesUrl: z.url().optional(),
    clientId: z.string().min(1).optional(),
    jwkFile: z.string().min(1).optional(),
    niscodes: z
      .array(z.string().regex(/^\d{5}$/, "a NIS code has 5 digits"))
      .min(1)
      .optional(),
    profile: z.string().min(1).optional(),
    output: z.string().min(1).optional(),
    organisation: z.string().min(1).optional(),
  })
  .strict();

/**
 * The validated config file.
 * @example
 * const config: CliConfig = { environment: "test", clientId: "dn-client", jwkFile: "keys/gipod.jwk.json" };
 */
export type CliConfig = z.infer<typeof CliConfig>;

/**
 * Loads the config: `path` when given (it must exist), else `./digitale-nuts.config.json` when present,
 * else `{}`. Relative paths inside it (`jwkFile`, `output`, `profile` files) resolve against its folder.
 * @example
 * const config = await loadConfig(undefined); // ./digitale-nuts.config.json when present, else {}
 * const beta = await loadConfig("config/beta.json", "/srv/digitale-nuts");
 */
export async function loadConfig(path: string | undefined, cwd = process.cwd()): Promise<CliConfig> {
  const file = path ? resolve(cwd, path) : resolve(cwd, CONFIG_FILE_NAME);
  if (!path && !existsSync(file)) return {};
  const raw = await readJsonFile(file, "config file");
  const parsed = CliConfig.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "(root)";
    const secret = parsed.error.issues.some(
      (i) => i.code === "unrecognized_keys" && i.keys.some((k) => /secret|key|token|password/i.test(k)),
    );
    throw new CliError("CLI_CONFIG_INVALID", `${file}: ${where}: ${issue?.message ?? "invalid"}`, {
      exitCode: EXIT_CODES.usage,
      hint: secret
        ? "secrets never go in the config file: use DN_GIPOD_CLIENT_SECRET or DN_GIPOD_JWK_FILE"
        : `allowed keys: ${Object.keys(CliConfig.shape).join(", ")}`,
    });
  }
  const dir = resolve(file, "..");
  const config = parsed.data;
  return {
    ...config,
    ...(config.jwkFile ? { jwkFile: resolve(dir, config.jwkFile) } : {}),
    ...(config.output ? { output: resolve(dir, config.output) } : {}),
    ...(config.profile?.endsWith(".json") ? { profile: resolve(dir, config.profile) } : {}),
  };
}
