import type { CliConfig } from "./config.js";
import type { Output, OutputStreams } from "./output.js";

/** What every command gets: the output, the loaded config, the environment and the clock. */
export interface CommandContext {
  readonly out: Output;
  readonly config: CliConfig;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly debug: boolean;
  readonly streams: OutputStreams;
  /** Resolves when the user interrupts (SIGINT/SIGTERM); long-running commands stop on it. */
  readonly interrupted: Promise<void>;
}

/** Global options every command accepts. */
export interface GlobalOptions {
  readonly json?: boolean;
  readonly quiet?: boolean;
  readonly debug?: boolean;
  readonly config?: string;
}
