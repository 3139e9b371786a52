import type { ToolKey } from './types';

/** A code with its label, as a tool's labels table declares it, and where it was declared. */
export interface ValueLabel {
  readonly code: string;
  readonly label: string;
  readonly file?: string;
  readonly line: number;
}

/** One column of a tool's export, after the preset has read the tool's header rows. */
export interface ToolColumn {
  /** 0-based position in the raw rows. */
  readonly index: number;
  /** Unique name used as the key in a mapping file (variable name, or question + row label). */
  readonly name: string;
  /** Question text the tool exports for the column (Qualtrics row 2, SurveyXact structure). */
  readonly text?: string;
  /** Tool metadata (dates, status, IP, e-mail): never proposed as a dimension. */
  readonly meta?: boolean;
  /** Value labels from the tool (SurveyXact labels or structure table). */
  readonly valueLabels?: readonly ValueLabel[];
}

/**
 * A tool's export read into one header of named columns and the data rows: what every preset
 * produces and what {@link proposeMapping} and {@link applyMapping} read.
 *
 * @example
 * ```ts
 * const t = shapeTable(readDelimited(bytes, { file: 'q.csv' }));
 * t.tool; // 'qualtrics'
 * t.columns.find((c) => c.name === 'Q3_1')?.text; // 'Hvor ofte ... - Lærer'
 * ```
 */
export interface ToolTable {
  readonly tool: ToolKey;
  /** Why this preset was used (detected, or forced by the user). */
  readonly reason: string;
  readonly file?: string;
  readonly columns: readonly ToolColumn[];
  /** Data rows only (header rows removed), cells indexed by `ToolColumn.index`. */
  readonly rows: readonly (readonly string[])[];
  /** 1-based line (or sheet row) of each data row. */
  readonly lines: readonly number[];
  /** The tool's own respondent id column, when it has one. */
  readonly idColumn?: string;
  /** What the preset did, in plain words (header rows read, columns dropped). */
  readonly notes: readonly string[];
}

/**
 * Makes column names unique by appending ` (2)`, ` (3)`, ... to repeats, and names empty header
 * cells `column <n>` (1-based position).
 *
 * @example
 * ```ts
 * uniqueNames(['a', '', 'a']); // ['a', 'column 2', 'a (2)']
 * ```
 */
export function uniqueNames(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((r, i) => {
    const base = r.trim() === '' ? `column ${i + 1}` : r.trim();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/**
 * Indexes of columns whose header and every data cell are empty: the phantom last column that a
 * trailing delimiter creates (SurveyXact), or blank spacer columns.
 *
 * @example
 * ```ts
 * emptyColumns([['a', ''], ['1', '']]); // [1]
 * ```
 */
export function emptyColumns(rows: readonly (readonly string[])[]): number[] {
  const width = rows[0]?.length ?? 0;
  const out: number[] = [];
  for (let c = 0; c < width; c++) {
    if (rows.every((r) => (r[c] ?? '').trim() === '')) out.push(c);
  }
  return out;
}
