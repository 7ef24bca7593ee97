import { DigitaleNutsError, OsloValidationError } from "@digitale-nuts/oslo";
import { CliError, EXIT_CODES, type ExitCode } from "./cli-error.js";

/**
 * What the CLI prints and returns for an error.
 * @example
 * const report: ErrorReport = { exitCode: 2, code: "CLI_USAGE", message: "missing <file> argument" };
 */
export interface ErrorReport {
  readonly exitCode: ExitCode;
  /** One line, never a secret (the packages' messages are already redacted). */
  readonly message: string;
  readonly hint?: string;
  readonly code: string;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();

/**
 * Classifies any thrown value: its exit code, a one-line message and a hint.
 * @example
 * const report = reportError(new Error("boom"));
 * // { exitCode: 1, code: "CLI_UNEXPECTED", message: "unexpected failure: boom", hint: "run again with --debug …" }
 */
export function reportError(error: unknown): ErrorReport {
  if (error instanceof CliError) {
    return {
      exitCode: error.exitCode,
      message: oneLine(error.message),
      code: error.code,
      ...(error.hint ? { hint: error.hint } : {}),
    };
  }
  if (error instanceof OsloValidationError) {
    const first = error.issues[0];
    return {
      exitCode: EXIT_CODES.invalid,
      code: error.code,
      message: `invalid ${error.model}: ${error.issues.length} issue(s)${first ? `, first at ${first.path}: ${first.message}` : ""}`,
      hint: "run `digitale-nuts validate <file>` to list every issue with its path",
    };
  }
  if (DigitaleNutsError.is(error)) {
    const code = error.code;
    if (code === "GIPOD_AUTH_CONFIG") {
      return { exitCode: EXIT_CODES.invalid, code, message: oneLine(error.message), hint: CREDENTIAL_HINT };
    }
    const status = (error as { status?: unknown }).status;
    if (code.startsWith("GIPOD_AUTH") && typeof status === "number" && (status >= 500 || status === 429)) {
      return {
        exitCode: EXIT_CODES.remote,
        code,
        message: oneLine(error.message),
        hint: `the token endpoint is failing (HTTP ${status}), not your credential: try again later or raise --retries`,
      };
    }
    if (code.startsWith("GIPOD_AUTH")) {
      return {
        exitCode: EXIT_CODES.remote,
        code,
        message: oneLine(error.message),
        hint: "check the client id, key and scopes registered for this environment",
      };
    }
    if (
      code.startsWith("GIPOD_HTTP") ||
      code.startsWith("GIPOD_NETWORK") ||
      code === "GIPOD_INVALID_PAYLOAD"
    ) {
      return {
        exitCode: EXIT_CODES.remote,
        code,
        message: oneLine(error.message),
        hint: "GIPOD failed or is unreachable; try again later, or raise --retries / check --base-url",
      };
    }
    return {
      exitCode: EXIT_CODES.invalid,
      code,
      message: oneLine(error.message),
      hint: "fix the input named above and run the command again",
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    exitCode: EXIT_CODES.invalid,
    code: "CLI_UNEXPECTED",
    message: `unexpected failure: ${oneLine(message)}`,
    hint: "run again with --debug for the stack trace, and report it if it persists",
  };
}

/** The hint for a missing or unusable GIPOD credential. */
export const CREDENTIAL_HINT =
  "set DN_GIPOD_CLIENT_ID and DN_GIPOD_JWK_FILE (path to the private JWK) or DN_GIPOD_CLIENT_SECRET, or clientId/jwkFile in digitale-nuts.config.json";
