import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import { CliError, EXIT_CODES } from "./cli-error.js";

function readFailure(path: string, what: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") {
    return new CliError("CLI_FILE_NOT_FOUND", `${what} ${path} does not exist`, {
      hint: "check the path (relative paths start at the current directory)",
    });
  }
  if (code === "EISDIR") {
    return new CliError("CLI_FILE_IS_DIRECTORY", `${what} ${path} is a directory, not a file`, {
      hint: "pass the file inside it",
    });
  }
  return new CliError("CLI_FILE_UNREADABLE", `cannot read ${what} ${path}: ${code ?? String(error)}`, {
    hint: "check the file's permissions",
  });
}

/** Reads a whole text file; a missing or unreadable file is a {@link CliError} (exit 1). */
export async function readTextFile(path: string, what = "file"): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw readFailure(path, what, error);
  }
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses JSON text; a syntax error names the file and line. */
export function parseJsonText(text: string, path: string, what = "file"): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = position ? ` (line ${lineOf(text, Number(position))})` : "";
    throw new CliError("CLI_JSON_INVALID", `${what} ${path} is not valid JSON${where}`, {
      hint: "fix the syntax (a JSON validator or `node -e 'JSON.parse(...)'` shows the spot)",
    });
  }
}

/** Reads and parses a JSON file. */
export async function readJsonFile(path: string, what = "file"): Promise<unknown> {
  return parseJsonText(await readTextFile(path, what), path, what);
}

/** Streams the values of a JSONL file with their line numbers; blank lines are skipped. */
export async function* readJsonLines(
  path: string,
  what = "file",
): AsyncGenerator<{ value: unknown; line: number }> {
  const stream = createReadStream(path, { encoding: "utf8" });
  const opened = new Promise<void>((ok, fail) => {
    stream.once("open", () => ok());
    stream.once("error", fail);
  });
  try {
    await opened;
  } catch (error) {
    throw readFailure(path, what, error);
  }
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    const trimmed = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1).trim() : text.trim();
    if (!trimmed) continue;
    try {
      yield { value: JSON.parse(trimmed), line };
    } catch {
      throw new CliError("CLI_JSONL_INVALID", `${what} ${path}, line ${line}: not valid JSON`, {
        hint: "JSONL holds one JSON value per line",
      });
    }
  }
}

/**
 * Reads records from `.json` (an array or one object) or JSON Lines (anything else, or a `.json` that
 * does not parse as a whole but does line by line).
 */
export async function readRecords(path: string, what = "file"): Promise<{ value: unknown; line: number }[]> {
  if (/\.json$/i.test(path)) {
    const value = await readJsonFile(path, what);
    return Array.isArray(value) ? value.map((v, i) => ({ value: v, line: i + 1 })) : [{ value, line: 1 }];
  }
  const out: { value: unknown; line: number }[] = [];
  for await (const item of readJsonLines(path, what)) out.push(item);
  return out;
}

/** Writes a file atomically (temp file + rename), creating its folder. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    throw new CliError(
      "CLI_WRITE_FAILED",
      `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      {
        exitCode: EXIT_CODES.invalid,
        hint: "check that the folder is writable, or choose another with --out",
      },
    );
  }
}

/** JSON Lines text of values, one per line. */
export function toJsonLines(values: Iterable<unknown>): string {
  let out = "";
  for (const v of values) out += `${JSON.stringify(v)}\n`;
  return out;
}
