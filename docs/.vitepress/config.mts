import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DefaultTheme, defineConfig, type MarkdownRenderer } from "vitepress";

const docsDir = fileURLToPath(new URL("..", import.meta.url));

/** Reads a sidebar a generator wrote; an absent file (generators not run yet) gives an empty section. */
function generatedSidebar(file: string): DefaultTheme.SidebarItem[] {
  const path = `${docsDir}${file}`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as DefaultTheme.SidebarItem[]) : [];
}

// HTML elements the pages may use; any other `<word>` in prose (a JSDoc placeholder such as `<pseudonym>`
// in generated API pages) is shown as text instead of being compiled as a Vue element and failing the build.
const HTML_TAGS = new Set(
  (
    "a abbr b blockquote br code dd del details div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img " +
    "input kbd li mark ol p pre s samp small span strong sub summary sup table tbody td th thead tr u ul var"
  ).split(" "),
);
const isKnownTag = (html: string) => {
  if (html.startsWith("<!--")) return true;
  const name = /^<\/?([A-Za-z][\w-]*)/.exec(html)?.[1];
  return name !== undefined && (HTML_TAGS.has(name.toLowerCase()) || /^[A-Z]/.test(name));
};
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function escapeUnknownTags(md: MarkdownRenderer): void {
  md.core.ruler.push("dn_escape_unknown_tags", (state) => {
    for (const token of state.tokens) {
      if (token.type === "html_block" && !isKnownTag(token.content.trimStart())) {
        token.content = `<p>${escapeHtml(token.content)}</p>\n`;
      }
      for (const child of token.children ?? []) {
        if (child.type === "html_inline" && !isKnownTag(child.content)) child.type = "text";
      }
    }
  });
}

const guides: DefaultTheme.SidebarItem[] = [
  {
    text: "Guide",
    items: [
      { text: "Getting started", link: "/guide/getting-started" },
      { text: "Architecture", link: "/architecture" },
      { text: "FAQ: GIPOD facts to confirm", link: "/faq" },
    ],
  },
  {
    text: "Concepts",
    items: [
      { text: "GIPOD and its sources", link: "/concepts/gipod" },
      { text: "OSLO model and application profile", link: "/concepts/oslo-model" },
      { text: "Vaststelling lifecycle", link: "/concepts/vaststelling-lifecycle" },
      { text: "Prioritisation and its reasons", link: "/concepts/prioritisation" },
      { text: "The KPI catalogue", link: "/concepts/kpi-catalogue" },
    ],
  },
  {
    text: "How-to",
    items: [
      { text: "Connect to GIPOD beta (JWK client)", link: "/how-to/connect-gipod-beta" },
      { text: "Import a GIPOD export", link: "/how-to/import-gipod-export" },
      { text: "Configure a city profile", link: "/how-to/city-profile" },
      { text: "Run the sync server on PostgreSQL", link: "/how-to/sync-server-postgresql" },
      { text: "Validate a vendor payload", link: "/how-to/validate-vendor-payload" },
    ],
  },
];

export default defineConfig({
  title: "Digitale Nuts SDK",
  description:
    "Typed OSLO models, a GIPOD client, prioritisation, findings and KPIs for supervising utility works in Flemish cities.",
  lang: "en",
  base: "/",
  outDir: "dist",
  cleanUrls: false,
  lastUpdated: false,
  // Generated API pages link between packages by relative paths; a dead link fails the build.
  // (`npm run docs -- --skip-api` builds without the API pages, so only then are links into /api/ let through.)
  ignoreDeadLinks: process.env.DN_DOCS_SKIP_API === "1" ? [/^\/api\//] : false,
  srcExclude: ["test/**", "snippets/**", "generators/**", "README.md"],
  head: [["meta", { name: "theme-color", content: "#ffe615" }]],
  markdown: { lineNumbers: false, config: escapeUnknownTags },
  themeConfig: {
    search: { provider: "local" },
    nav: [
      { text: "Guide", link: "/guide/getting-started" },
      { text: "Concepts", link: "/concepts/gipod" },
      { text: "How-to", link: "/how-to/connect-gipod-beta" },
      { text: "Contracts", link: "/contracts/" },
      { text: "API", link: "/api/" },
    ],
    sidebar: {
      "/contracts/": [
        { text: "Contracts", items: generatedSidebar("contracts/sidebar.json") },
        ...guides.map((g) => ({ ...g, collapsed: true })),
      ],
      "/api/": [
        { text: "API reference", link: "/api/", items: generatedSidebar("api/typedoc-sidebar.json") },
      ],
      "/": [...guides, { text: "Contracts", link: "/contracts/" }, { text: "API reference", link: "/api/" }],
    },
    outline: { level: [2, 3] },
    footer: {
      message: "Released under the EUPL-1.2.",
      copyright: "Digitale Nuts SDK contributors",
    },
  },
});
