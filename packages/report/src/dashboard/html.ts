/** Escapes text for HTML element content and attribute values. */
export function esc(text: unknown): string {
  return String(text ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const nl = new Intl.NumberFormat("nl-BE", { maximumFractionDigits: 2 });

/** A number the Flemish way (`82,5`); an em dash for no value. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "—" : nl.format(value);
}

/** A plain HTML table: the text alternative of a chart. */
export function dataTable(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  const head = headers.map((h) => `<th scope="col">${esc(h)}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td>${esc(typeof c === "number" ? formatNumber(c) : c)}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `<details class="data"><summary>Gegevens als tabel</summary><table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></details>`;
}

/** A chart: figure with caption, the SVG and the data table, or a note when there is no data. */
export function chartFigure(id: string, caption: string, svg: string | null, table: string): string {
  const content = svg ?? `<p class="empty">Geen gegevens voor deze grafiek.</p>`;
  return `<figure class="chart" id="chart-${esc(id)}" data-chart="${esc(id)}"><figcaption>${esc(caption)}</figcaption>${content}${table}</figure>`;
}
