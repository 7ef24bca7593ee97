/** The dashboard's only stylesheet: inline, system fonts, print-friendly. */
export const DASHBOARD_CSS = `
:root { color-scheme: light; --ink: #1d232a; --muted: #4a5561; --line: #c9d1da; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f8fa; }
header.top { background: #12324f; color: #fff; padding: 18px 28px; }
header.top h1 { margin: 0 0 4px; font-size: 1.5rem; }
header.top p { margin: 0; color: #dbe6f2; }
main { padding: 20px 28px 40px; max-width: 1400px; margin: 0 auto; }
h2 { font-size: 1.15rem; margin: 28px 0 12px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 12px; list-style: none; padding: 0; margin: 0; }
.card { background: #fff; border: 1px solid var(--line); border-left: 6px solid; border-radius: 6px; padding: 10px 14px; }
.card h3 { margin: 0 0 6px; font-size: .9rem; font-weight: 600; color: var(--muted); }
.card .value { font-size: 1.7rem; font-weight: 700; margin: 0; }
.card .unit { font-size: .9rem; font-weight: 500; margin-left: 3px; }
.card .status { display: inline-block; margin-top: 4px; font-size: .8rem; font-weight: 600; padding: 1px 8px; border-radius: 10px; }
.card .thresholds { font-size: .8rem; color: var(--muted); margin: 4px 0 0; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 16px; }
figure.chart { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 0; padding: 12px 14px; break-inside: avoid; }
figure.chart figcaption { font-weight: 600; margin-bottom: 8px; }
figure.chart svg { max-width: 100%; height: auto; }
.empty { color: var(--muted); font-style: italic; }
.legend { margin: 0 0 6px; font-size: .9rem; }
.key { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin-left: 8px; }
.key.visit { background: #1f5fa8; border-radius: 50%; }
.key.nok { width: 0; height: 0; border-left: 7px solid transparent; border-right: 7px solid transparent; border-bottom: 12px solid #a1140f; }
details.data { margin-top: 8px; font-size: .85rem; }
details.data summary { cursor: pointer; color: var(--accent); }
details.data table { border-collapse: collapse; margin-top: 6px; width: 100%; }
details.data caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
details.data th, details.data td { border: 1px solid var(--line); padding: 2px 6px; text-align: left; }
footer { color: var(--muted); font-size: .85rem; padding: 0 28px 24px; max-width: 1400px; margin: 0 auto; }
.note { font-size: .85rem; color: var(--muted); }
@media print {
  body { background: #fff; font-size: 11pt; }
  header.top { background: #fff; color: #000; border-bottom: 2px solid #000; padding: 0 0 8px; }
  header.top p { color: #000; }
  main { padding: 0; max-width: none; }
  .grid { display: block; }
  figure.chart { border: none; padding: 0; margin: 0 0 14pt; page-break-inside: avoid; }
  details.data { display: none; }
  .card { break-inside: avoid; }
}
`;
