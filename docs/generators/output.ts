import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** The docs root (`docs/`), with a trailing slash. */
export const DOCS_DIR = fileURLToPath(new URL("..", import.meta.url));

/** Writes a file below `docs/`, creating its folder. */
export function writeDocsFile(relativePath: string, content: string): void {
  const path = `${DOCS_DIR}${relativePath}`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Pretty JSON with a trailing newline, as every download is written. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A sidebar entry as VitePress reads it. */
export interface SidebarItem {
  readonly text: string;
  readonly link?: string;
  readonly collapsed?: boolean;
  readonly items?: readonly SidebarItem[];
}
