import { type CsvDialect, PLAIN_CSV, toCsv } from '../io/csv-safe';
import { tableCellText, DEFAULT_TABLE_RENDER_OPTIONS, type TableRenderOptions } from './format-cell';
import type { ResultTable } from './result-table';
import { decimalsNote } from './table-notes';

const opts = (o: Partial<TableRenderOptions>): TableRenderOptions => ({ ...DEFAULT_TABLE_RENDER_OPTIONS, ...o });
const notesOf = (t: ResultTable, o: TableRenderOptions): string[] => [...t.notes, decimalsNote(o.digits)].map((n) => n[o.lang]);

/**
 * A table as CSV: a header row of column names, then the rows; numbers rounded to the chosen
 * decimals and written as numbers (a clipped bound as text ending in `*`), the notes after an
 * empty line, each in one cell. Formula-safe and quoted as core `toCsv`; `dialect` picks plain or
 * Excel CSV.
 *
 * @example
 * ```ts
 * renderCsv(tieTable(score), { lang: 'da' }, EXCEL_CSV.da);
 * ```
 */
export function renderCsv(t: ResultTable, options: Partial<TableRenderOptions> = {}, dialect: CsvDialect = PLAIN_CSV): string {
  const o = opts(options);
  const rows: (string | number | null)[][] = [t.columns.map((c) => c.label[o.lang])];
  for (const r of t.rows) {
    rows.push(
      r.map((c) => {
        if (c.kind === 'number' && c.value !== null && c.clipped !== true) {
          const text = tableCellText(c, { ...o, lang: 'en' });
          return text === '' ? null : Number(text);
        }
        if (c.kind === 'count') return c.value;
        return tableCellText(c, o);
      }),
    );
  }
  rows.push([]);
  for (const n of notesOf(t, o)) rows.push([n]);
  return toCsv(rows, dialect);
}

const mdEscape = (s: string): string => s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');

/**
 * A table as GitHub-flavoured Markdown: a heading, the pipe table (numbers right-aligned), the
 * notes as paragraphs. Text is escaped so a role name cannot become markup or break the table.
 *
 * @example
 * ```ts
 * renderMarkdown(roleTable(score), { lang: 'en', digits: 2 });
 * ```
 */
export function renderMarkdown(t: ResultTable, options: Partial<TableRenderOptions> = {}): string {
  const o = opts(options);
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const out = [
    `**${mdEscape(t.title[o.lang])}**`,
    '',
    line(t.columns.map((c) => mdEscape(c.label[o.lang]))),
    line(t.columns.map((c) => (c.numeric ? '---:' : ':---'))),
    ...t.rows.map((r) => line(r.map((c) => mdEscape(tableCellText(c, o))))),
    '',
    ...notesOf(t, o).map((n) => `${mdEscape(n)}\n`),
  ];
  return `${out.join('\n').trimEnd()}\n`;
}

const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const texEscape = (s: string): string => s.replace(/[\\&%$#_{}~^]/g, (c) => TEX[c]!).replace(/[\u0000-\u001f]+/g, ' ');

/**
 * A table as LaTeX with booktabs rules (`\toprule`, `\midrule`, `\bottomrule`) in a `table`
 * float with a caption, the notes in small type under it. Needs `\usepackage{booktabs}`; text is
 * escaped (UTF-8 input, the LaTeX default since 2018, for æøå).
 *
 * @example
 * ```ts
 * renderLatex(reliabilityTable(score), { lang: 'en', digits: 2 });
 * ```
 */
export function renderLatex(t: ResultTable, options: Partial<TableRenderOptions> = {}): string {
  const o = opts(options);
  const spec = t.columns.map((c) => (c.numeric ? 'r' : 'l')).join('');
  const row = (cells: readonly string[]): string => `${cells.join(' & ')} \\\\`;
  return [
    '\\begin{table}[htbp]',
    '\\centering',
    `\\caption{${texEscape(t.title[o.lang])}}`,
    `\\begin{tabular}{${spec}}`,
    '\\toprule',
    row(t.columns.map((c) => texEscape(c.label[o.lang]))),
    '\\midrule',
    ...t.rows.map((r) => row(r.map((c) => texEscape(tableCellText(c, o))))),
    '\\bottomrule',
    '\\end{tabular}',
    '',
    `{\\footnotesize ${notesOf(t, o).map(texEscape).join(' \\par\n')}\\par}`,
    '\\end{table}',
    '',
  ].join('\n');
}

const html = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A table as an HTML fragment: `<table>` with `<caption>`, `<thead>`, `<tbody>` (numeric cells
 * with `class="num"`), then the notes as `<p class="table-note">`. Every text is escaped.
 *
 * @example
 * ```ts
 * renderHtml(waveComparisonTable(cmp, 3), { lang: 'da' });
 * ```
 */
export function renderHtml(t: ResultTable, options: Partial<TableRenderOptions> = {}): string {
  const o = opts(options);
  const th = t.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${html(c.label[o.lang])}</th>`).join('');
  const body = t.rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${html(tableCellText(c, o))}</th>` : `<td${t.columns[i]?.numeric ? ' class="num"' : ''}>${html(tableCellText(c, o))}</td>`)).join('')}</tr>`)
    .join('\n');
  const notes = notesOf(t, o)
    .map((n) => `<p class="table-note">${html(n)}</p>`)
    .join('\n');
  return `<table class="relcap-table" data-table="${html(t.key)}">\n<caption>${html(t.title[o.lang])}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n${notes}\n`;
}
