/**
 * A table of text cells exactly as a tool exported it (header rows included), before any
 * interpretation. Every reader (delimited text, workbook sheet) produces one.
 *
 * @example
 * ```ts
 * const t: RawTable = { file: 'data.csv', rows: [['id', 'q1'], ['1', '4']], lines: [1, 2] };
 * ```
 */
export interface RawTable {
  /** File name as the user gave it; for a workbook sheet `book.xlsx#Dataset`. */
  readonly file?: string;
  /** Physical rows; every row has the same number of cells (short rows are padded with ''). */
  readonly rows: readonly (readonly string[])[];
  /** 1-based line (text) or row number (sheet) where each row starts, for error locations. */
  readonly lines: readonly number[];
}

/** One sheet of a workbook as text cells. */
export interface WorkbookSheet {
  readonly name: string;
  readonly table: RawTable;
}

/** A workbook read into text cells, sheets in workbook order. */
export interface Workbook {
  readonly file?: string;
  readonly sheets: readonly WorkbookSheet[];
}

/** The survey tools relcap has a preset for; `generic` is a plain wide table with one header row. */
export const TOOL_KEYS = ['surveyxact', 'qualtrics', 'redcap', 'surveymonkey', 'microsoft-forms', 'generic'] as const;

/** Key of a survey-tool preset. */
export type ToolKey = (typeof TOOL_KEYS)[number];

/** Which tool a table looks like, and why (shown to the user). */
export interface ToolDetection {
  readonly tool: ToolKey;
  /** Plain-language reason naming the header cells that decided it. */
  readonly reason: string;
}
