import { type Command, CommanderError } from "commander";
import { EXIT_CODES } from "./cli-error.js";
import { loadConfig } from "./config.js";
import type { CommandContext, GlobalOptions } from "./context.js";
import { reportError } from "./error-report.js";
import { createOutput, type OutputStreams } from "./output.js";
import { buildProgram } from "./program.js";

/**
 * Where {@link runCli} runs: streams, environment and directory (all default to the process's).
 * @example
 * const options: RunOptions = { cwd: "/srv/digitale-nuts", env: { DN_GIPOD_CLIENT_ID: "dn-client" } };
 * const exitCode = await runCli(["plan", "--works", "works.jsonl", "--date", "2026-03-10"], options);
 */
export interface RunOptions {
  readonly streams?: OutputStreams;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Resolves to stop long-running commands (`mock`); default SIGINT/SIGTERM. */
  readonly interrupted?: Promise<void>;
}

function onSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

/**
 * Runs `digitale-nuts` with the arguments after the program name and returns the exit code
 * (0 ok, 1 invalid input/data, 2 usage, 3 remote failure). Errors are printed as one line plus a hint;
 * the stack trace only with `--debug`.
 * @example
 * process.exitCode = await runCli(["validate", "vendor.jsonld"]);
 */
export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const streams = options.streams ?? { stdout: process.stdout, stderr: process.stderr };
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  let interrupted: Promise<void> | undefined = options.interrupted;
  let debug = argv.includes("--debug");
  const makeContext = async (globals: GlobalOptions): Promise<CommandContext> => {
    debug = globals.debug === true;
    return {
      out: createOutput({ json: globals.json === true, quiet: globals.quiet === true }, streams),
      config: await loadConfig(globals.config, cwd),
      env,
      cwd,
      debug,
      streams,
      get interrupted() {
        interrupted ??= onSignal();
        return interrupted;
      },
    };
  };
  const program: Command = buildProgram(makeContext, streams);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT_CODES.ok; // --help, --version
      // Commander already printed `error: …`; add the hint.
      streams.stderr.write(" hint: see `digitale-nuts --help` or `digitale-nuts <command> --help`\n");
      return EXIT_CODES.usage;
    }
    const report = reportError(error);
    streams.stderr.write(`error: ${report.message}\n`);
    if (report.hint) streams.stderr.write(` hint: ${report.hint}\n`);
    if (debug && error instanceof Error && error.stack) streams.stderr.write(`${error.stack}\n`);
    return report.exitCode;
  }
}
