import type { Band } from '@relcap/core';

/** Cell colours per band: light fills with dark text of the same hue (the band is also written out, never colour only). */
export const BAND_COLORS: Readonly<Record<Band, { readonly fill: string; readonly text: string }>> = {
  strong: { fill: '#cfe3f4', text: '#0b3d63' },
  moderate: { fill: '#d5efe3', text: '#0d4d37' },
  weak: { fill: '#fde5cc', text: '#6e3500' },
};

/** Fill of a suppressed cell. */
export const SUPPRESSED_FILL = '#e9e9e9';

/**
 * The report's whole stylesheet, inlined in `<style>`: system fonts only (nothing is fetched),
 * A4 pages with a page break before each section when printed, colours kept in print.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif; color: #111827; background: #ffffff; line-height: 1.45; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 1.9rem; margin: 0 0 8px; }
h2 { font-size: 1.4rem; margin: 0 0 10px; padding-bottom: 4px; border-bottom: 2px solid #d1d5db; }
h3 { font-size: 1.1rem; margin: 22px 0 8px; }
h4 { font-size: 1rem; margin: 0 0 4px; }
p { margin: 6px 0 10px; max-width: 70em; }
.lead { font-size: 1.05rem; }
.muted { color: #4b5563; font-size: 0.92rem; }
section.report-section { margin-top: 36px; }
nav ol { columns: 2; margin: 4px 0 0; padding-left: 1.4em; }
table { border-collapse: collapse; margin: 8px 0 14px; font-size: 0.9rem; }
th, td { border: 1px solid #d1d5db; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.matrix-wrap { overflow-x: auto; }
table.matrix th, table.matrix td { text-align: center; min-width: 86px; }
table.matrix th[scope=row] { text-align: left; }
table.matrix th { overflow-wrap: anywhere; }
table.matrix td { padding: 5px 6px; }
.cell-score { display: block; font-weight: 700; font-size: 1.02rem; font-variant-numeric: tabular-nums; }
.cell-band, .cell-n { display: block; font-size: 0.78rem; }
td.cell-suppressed { background: ${SUPPRESSED_FILL}; color: #5f6368; font-style: italic; font-size: 0.8rem; }
td.cell-empty { color: #9ca3af; }
td.within { outline: 2px solid #9ca3af; outline-offset: -3px; }
.band-key { display: inline-block; padding: 1px 8px; border-radius: 3px; margin-right: 6px; font-size: 0.85rem; }
figure { margin: 8px 0 16px; }
figure.network svg { width: 100%; height: auto; max-height: 760px; border: 1px solid #e5e7eb; }
.profiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 14px; }
article.profile { border: 1px solid #d1d5db; border-radius: 6px; padding: 10px 12px; break-inside: avoid; page-break-inside: avoid; }
article.profile svg { width: 100%; height: auto; display: block; }
.profile-meta { font-size: 0.82rem; color: #374151; margin: 2px 0 6px; }
ul.tie-list { margin: 4px 0 12px; padding-left: 1.3em; }
.status { font-size: 0.85rem; }
ol.citations li { margin-bottom: 4px; font-size: 0.9rem; }
dl.dimensions dt { font-weight: 600; }
dl.dimensions dd { margin: 0 0 6px 1.2em; }
.note { border-left: 4px solid #9ca3af; background: #f9fafb; padding: 8px 12px; }
@page { size: A4; margin: 14mm 12mm; }
@page landscape { size: A4 landscape; margin: 12mm 12mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  section.report-section { break-before: page; page-break-before: always; margin-top: 0; }
  section.report-section.landscape { page: landscape; }
  nav { break-after: avoid; }
  tr, figure, .note { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  .matrix-wrap { overflow: visible; }
  table.matrix { width: 100%; table-layout: fixed; font-size: 8pt; }
  table.matrix th, table.matrix td { min-width: 0; padding: 3px 3px; }
  table.matrix th.corner { width: 17%; }
  .cell-score { font-size: 9pt; }
  figure.network svg { max-height: 230mm; border: none; }
  .profiles { grid-template-columns: 1fr 1fr; }
}
`;
