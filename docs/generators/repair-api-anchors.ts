/**
 * Repairs `#anchor` links in the TypeDoc Markdown (docs/api) that point at a heading id VitePress does not
 * create. typedoc-plugin-markdown sometimes numbers an anchor (`#kpierrorcode-1`) for a name that has only one
 * heading; the link then lands at the top of the right page. We point it at the heading VitePress does make
 * (without the number), or drop the anchor, so the site has no broken links. Run after TypeDoc.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DOCS_DIR } from "./output.js";

const API_DIR = join(DOCS_DIR, "api");

/** VitePress's heading slug (the algorithm of @mdit-vue/shared `slugify`). */
export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036F]/g, "")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: VitePress's slugify strips control characters too.
      .replace(/[\u0000-\u001f]/g, "")
      .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'“”‘’<>,.?/]+/g, "-")
      .replace(/-{2,}/g, "-")
      .replace(/^-+|-+$/g, "")
      .replace(/^(\d)/, "_$1")
      .toLowerCase()
  );
}

/** The ids VitePress gives the headings of a Markdown page (duplicates numbered `-1`, `-2`, …). */
export function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m?.[1]) continue;
    const custom = /\{#([^}]+)\}\s*$/.exec(m[1]);
    if (custom?.[1]) {
      ids.add(custom[1]);
      continue;
    }
    const text = m[1]
      .replace(/\\(.)/g, "$1")
      .replace(/`/g, "")
      .replace(/<[^>]+>/g, "");
    const base = slugify(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ids.add(n === 0 ? base : `${base}-${n}`);
  }
  return ids;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : [],
  );
}

/** Rewrites the broken anchors of every API page; returns how many links it changed. */
export function repairApiAnchors(): number {
  const files = markdownFiles(API_DIR);
  const texts = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
  const ids = new Map([...texts].map(([f, t]) => [f, headingIds(t)]));
  let repaired = 0;
  for (const [file, text] of texts) {
    const fixed = text.replace(/\]\(([^)\s#]*)#([^)\s]+)\)/g, (whole, path: string, anchor: string) => {
      if (/^[a-z]+:/i.test(path)) return whole;
      const target = path ? resolve(dirname(file), path) : file;
      const known = ids.get(target);
      if (!known || known.has(anchor)) return whole;
      repaired++;
      const base = anchor.replace(/-\d+$/, "");
      return known.has(base) ? `](${path}#${base})` : `](${path || relative(dirname(file), file)})`;
    });
    if (fixed !== text) writeFileSync(file, fixed);
  }
  return repaired;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`docs: repaired ${repairApiAnchors()} API anchor link(s)`);
}
