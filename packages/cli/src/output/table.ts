import { padToWidth, stringWidth } from './string-width';

/** One column of a text table. */
export interface TableColumn {
  readonly header: string;
  /** Numbers read best right-aligned. Default `left`. */
  readonly align?: 'left' | 'right';
}

/** Replaces control characters (line breaks, tabs, escape sequences) so a cell stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/**
 * Renders a plain-text table: a header, a rule of dashes, then the rows, columns separated by
 * two spaces and aligned by terminal width ({@link stringWidth}). Cells are text, never markup;
 * control characters in a cell are replaced by spaces. Trailing spaces are trimmed.
 *
 * @example
 * ```ts
 * renderTable([{ header: 'from' }, { header: 'rc', align: 'right' }], [['Pædagog', '4.20']]);
 * // 'from     rc\n-------  ----\nPædagog  4.20\n'
 * ```
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const clean = rows.map((r) => columns.map((_, i) => oneLine(r[i] ?? '')));
  const widths = columns.map((c, i) => Math.max(stringWidth(c.header), ...clean.map((r) => stringWidth(r[i]!))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => padToWidth(cell, widths[i]!, columns[i]!.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w));
  return [line(columns.map((c) => c.header)), line(rule), ...clean.map(line)].join('\n') + '\n';
}
