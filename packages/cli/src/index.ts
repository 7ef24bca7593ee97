/**
 * @digitale-nuts/cli — the `digitale-nuts` command line. It composes the SDK's packages and owns no
 * domain rule; this entry exposes the runner for embedding and tests.
 */
export { CliError, EXIT_CODES, type ExitCode, usageError } from "./cli-error.js";
export { CliConfig, CONFIG_FILE_NAME, loadConfig } from "./config.js";
export { type ErrorReport, reportError } from "./error-report.js";
export { createOutput, type Output, type OutputStreams } from "./output.js";
export { SHIPPED_PROFILES } from "./profile.js";
export { CLI_VERSION } from "./program.js";
export { type RunOptions, runCli } from "./run-cli.js";
