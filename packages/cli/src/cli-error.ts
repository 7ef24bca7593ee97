import { DigitaleNutsError } from "@digitale-nuts/oslo";

/**
 * The process exit codes of `digitale-nuts`.
 * @example
 * if (code === EXIT_CODES.remote) console.error("GIPOD failed or is unreachable");
 */
export const EXIT_CODES = {
  ok: 0,
  /** Invalid input or data: a bad file, a failed validation. */
  invalid: 1,
  /** Wrong usage: an unknown option, a missing argument, missing configuration. */
  usage: 2,
  /** A remote service failed or could not be reached. */
  remote: 3,
} as const;

/**
 * One of {@link EXIT_CODES}.
 * @example
 * const code: ExitCode = EXIT_CODES.usage; // 2
 */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/**
 * An error the CLI reports as `error: <message>` plus `hint: <hint>`, exiting with `exitCode`.
 * @example
 * throw new CliError("CLI_FILE_NOT_FOUND", "works.jsonl does not exist", { hint: "run `digitale-nuts sync` first" });
 */
export class CliError extends DigitaleNutsError {
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;

  constructor(
    code: string,
    message: string,
    options: { hint?: string; exitCode?: ExitCode; cause?: unknown } = {},
  ) {
    super(code, message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT_CODES.invalid;
  }
}

/**
 * A usage error (exit code 2).
 * @example
 * throw usageError("missing <file> argument", "see `digitale-nuts validate --help`");
 * // → CliError with code "CLI_USAGE" and exitCode 2
 */
export function usageError(message: string, hint?: string): CliError {
  return new CliError("CLI_USAGE", message, { exitCode: EXIT_CODES.usage, ...(hint ? { hint } : {}) });
}
