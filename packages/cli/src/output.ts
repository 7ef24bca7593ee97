import { performance } from "node:perf_hooks";

/**
 * Where a command writes: human lines, machine JSON, progress steps.
 * @example
 * const out: Output = createOutput({ json: false });
 * out.line("3 works planned");
 * const n = await out.step("planning", async () => 42, (count) => `${count} visits`); // ✓ planning — 42 visits (0.1 s)
 */
export interface Output {
  /** `--json`: stdout carries exactly one JSON document. */
  readonly json: boolean;
  /** `--quiet`: only errors (and `--json` output). */
  readonly quiet: boolean;
  /** A human line on stdout (dropped with `--quiet` or `--json`). */
  line(text?: string): void;
  /** A warning on stderr (dropped with `--quiet`). */
  warn(text: string): void;
  /** The command's result: JSON with `--json`, else the human lines. */
  result(data: unknown, human: () => readonly string[]): void;
  /** Runs one step of a longer job and reports it: `✓ label  detail  1.2 s`. */
  step<T>(label: string, run: () => Promise<T> | T, detail?: (value: T) => string): Promise<T>;
}

/**
 * Streams the output writes to; injectable for tests and embedding.
 * @example
 * const chunks: string[] = [];
 * const streams: OutputStreams = { stdout: { write: (t) => chunks.push(t) }, stderr: { write: () => true } };
 */
export interface OutputStreams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Creates the output. Steps go to stderr: on a TTY a pending `…` line is rewritten with `✓` or `✗`
 * and the timing; otherwise one plain line per finished step, so logs stay readable.
 * @example
 * const out = createOutput({ json: true });
 * out.result({ planned: 3 }, () => ["3 works planned"]); // prints {"planned": 3} as JSON
 */
export function createOutput(
  options: { json?: boolean; quiet?: boolean },
  streams: OutputStreams = { stdout: process.stdout, stderr: process.stderr },
): Output {
  const json = options.json === true;
  const quiet = options.quiet === true;
  const human = !json && !quiet;
  const tty = streams.stderr.isTTY === true;
  return {
    json,
    quiet,
    line(text = "") {
      if (human) streams.stdout.write(`${text}\n`);
    },
    warn(text) {
      if (!quiet) streams.stderr.write(`warning: ${text}\n`);
    },
    result(data, lines) {
      if (json) streams.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      else if (!quiet) for (const l of lines()) streams.stdout.write(`${l}\n`);
    },
    async step(label, run, detail) {
      const started = performance.now();
      if (human && tty) streams.stderr.write(`… ${label}`);
      try {
        const value = await run();
        const extra = detail ? detail(value) : "";
        const text = `${label}${extra ? ` — ${extra}` : ""} (${seconds(performance.now() - started)})`;
        if (human) streams.stderr.write(tty ? `\r\x1b[2K✓ ${text}\n` : `✓ ${text}\n`);
        return value;
      } catch (error) {
        if (human) streams.stderr.write(tty ? `\r\x1b[2K✗ ${label}\n` : `✗ ${label}\n`);
        throw error;
      }
    },
  };
}
