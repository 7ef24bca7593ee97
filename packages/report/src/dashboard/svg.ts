import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { ReportError } from "../errors.js";

/** The few DOM members used on linkedom nodes (the package builds without the DOM lib). */
interface DomNode {
  tagName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  outerHTML: string;
  querySelector(selector: string): DomNode | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  insertBefore(node: DomNode, before: DomNode | null): void;
}

/** Plot options without the `document`, which {@link renderPlot} supplies. */
export type PlotOptions = Omit<Plot.PlotOptions, "document">;

/**
 * Renders an Observable Plot chart to a static, accessible SVG string on the server: a linkedom
 * document stands in for the browser's; the SVG gets `role="img"`, a `<title>` and a `<desc>`.
 */
export function renderPlot(id: string, title: string, description: string, options: PlotOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const create = (tag: string) =>
    document.createElementNS("http://www.w3.org/2000/svg", tag) as unknown as DomNode;
  const node = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as DomNode;
  const svg = node.tagName.toLowerCase() === "svg" ? node : node.querySelector("svg");
  if (!svg) throw new ReportError("REPORT_INPUT_INVALID", `Observable Plot returned no SVG for chart ${id}.`);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", `${titleId} ${descId}`);
  svg.removeAttribute("aria-label");
  const t = create("title");
  t.setAttribute("id", titleId);
  t.textContent = title;
  const d = create("desc");
  d.setAttribute("id", descId);
  d.textContent = description;
  svg.insertBefore(d, svg.firstChild);
  svg.insertBefore(t, svg.firstChild);
  return svg.outerHTML;
}
