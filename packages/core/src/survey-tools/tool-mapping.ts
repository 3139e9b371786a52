import type { ToolKey } from './types';

/** What one survey column holds: a rating of `target` on `dimension`. */
export interface ToolMappingColumn {
  /** Canonical dimension key (or an alias) of the mapping's dimension set. */
  readonly dimension: string;
  /** Target role: a profession key or name (`lærer`, `Teacher`), or a role of your own. */
  readonly target: string;
  /** Label set for this column's answers (default: the mapping's `labelSet`). */
  readonly labelSet?: string;
  /** Codes that mean "no answer" in this column only. */
  readonly missingCodes?: readonly string[];
}

/**
 * A mapping a person can read, edit and reuse for the next wave of the same survey: which column
 * holds the respondent id and role, and which columns hold which rating. It is the survey
 * mapping file (`version`, `respondentId`, `respondentRole`, `columns`, `ignore`) with optional
 * fields for survey-tool exports. `relcap inspect` writes one. Columns neither mapped nor
 * ignored are listed in the import report.
 *
 * @example
 * ```json
 * {
 *   "version": 1,
 *   "tool": "qualtrics",
 *   "respondentId": "ResponseId",
 *   "respondentRole": "Q1",
 *   "roleValues": { "1": "lærer", "2": "pædagog", "3": "sundhedsplejerske" },
 *   "missingCodes": ["99", "-99"],
 *   "columns": { "Q3_1": { "dimension": "frequency", "target": "lærer" } }
 * }
 * ```
 */
export interface ToolMapping {
  readonly version: 1;
  /** Preset to read the file with (detected when absent). */
  readonly tool?: ToolKey;
  /** Workbook sheet with the answers. */
  readonly sheet?: string;
  /** Rows of title text above the header (generic preset). */
  readonly skipRows?: number;
  /** Dimension set key (default `relational_coordination`). */
  readonly dimensionSet?: string;
  /** Column with the respondent id; without one, respondents are named by their line. */
  readonly respondentId?: string;
  /** Column with the respondent's own role. */
  readonly respondentRole?: string;
  /** Role cell value (or its value label) -> role key. Values not listed must be role names. */
  readonly roleValues?: Readonly<Record<string, string>>;
  /** Codes that mean "no answer" in every rating column (e.g. `6`, `99`, `-99`, `UNK`). */
  readonly missingCodes?: readonly string[];
  /** Default label set of the rating columns (default `dimension`: each dimension's own labels). */
  readonly labelSet?: string;
  /** Label sets of your own: key -> { label: score }. */
  readonly labelSets?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Rating columns by name (matched ignoring case and surrounding spaces). */
  readonly columns: Readonly<Record<string, ToolMappingColumn>>;
  /** Columns left out on purpose. */
  readonly ignore: readonly string[];
  /** Name of the mapping file, for error messages (set by the parser, not read from JSON). */
  readonly file?: string;
}
