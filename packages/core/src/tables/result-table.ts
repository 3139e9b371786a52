import type { LocalizedText } from '../dimensions/types';

/**
 * One cell of a {@link ResultTable}, as data: renderers (CSV, Markdown, LaTeX, HTML) format it in
 * the reader's language with the chosen number of decimals.
 * - `text`: data as found (a role name), never translated;
 * - `label`: a word relcap writes (a band, a status), in Danish and English;
 * - `number`: `digits` decimals at least; `score: true` adds decimals where rounding would cross
 *   a band boundary (`scoreDigits`); `clipped: true` marks a bound clipped to the answer scale;
 * - `count`: a whole number; `suppressed`: a tie with fewer raters than the limit (its `n`
 *   shown, no score); `empty`: nothing (a pair nobody rated).
 * @example
 * ```ts
 * const c: TableCell = { kind: 'number', value: 3.47, digits: 2, score: true };
 * ```
 */
export type TableCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'label'; readonly label: LocalizedText }
  | { readonly kind: 'number'; readonly value: number | null; readonly digits?: number; readonly score?: boolean; readonly clipped?: boolean }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'suppressed'; readonly n: number }
  | { readonly kind: 'empty' };

/**
 * A column: its key (for CSV headers and tests), its heading in both languages, and whether it
 * holds numbers (right-aligned).
 * @example
 * ```ts
 * const c: TableColumn = { key: 'rc', label: { da: 'RC', en: 'RC' }, numeric: true };
 * ```
 */
export interface TableColumn {
  readonly key: string;
  readonly label: LocalizedText;
  readonly numeric: boolean;
}

/**
 * A results table as plain data, the same for the CLI (`relcap table`), the report and the app:
 * title, columns, rows of cells, and the notes printed under it (decimals, suppression rule,
 * interval method, cut-offs).
 * @example
 * ```ts
 * const t: ResultTable = tieTable(score);
 * t.rows.length === score.ties.length;
 * ```
 */
export interface ResultTable {
  readonly key: string;
  readonly title: LocalizedText;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
  readonly notes: readonly LocalizedText[];
}

/** Cell builders. Internal. */
export const cell = {
  text: (text: string): TableCell => ({ kind: 'text', text }),
  label: (label: LocalizedText): TableCell => ({ kind: 'label', label }),
  num: (value: number | null | undefined, extra: { digits?: number; score?: boolean; clipped?: boolean } = {}): TableCell => ({
    kind: 'number',
    value: value ?? null,
    ...extra,
  }),
  count: (value: number): TableCell => ({ kind: 'count', value }),
  suppressed: (n: number): TableCell => ({ kind: 'suppressed', n }),
  empty: (): TableCell => ({ kind: 'empty' }),
};

/** A column. Internal. */
export const col = (key: string, da: string, en: string, numeric = false): TableColumn => ({ key, label: { da, en }, numeric });
