import type { DimensionSet } from '../dimensions/types';
import { OptionsError } from '../errors/relcap-error';
import type { Profession } from '../map/professions';
import type { LabelSet } from '../survey-tools/label-sets';
import { TOOL_KEYS, type ToolKey } from '../survey-tools/types';
import type { ImportOptions } from './import-options';
import type { SurveySource } from './survey-source';
import type { Answer } from './types';

/**
 * Bounds of one import. A relcap long or wide CSV is streamed, so its memory does not grow with
 * the rows; a survey-tool export and a workbook are read whole and are bounded by these limits.
 * Past a limit the import stops with a typed `SurveyFormatError` naming the limit.
 *
 * @example
 * ```ts
 * await importSurvey(bytes, { onAnswer, limits: { ...DEFAULT_IMPORT_LIMITS, maxCells: 500_000 } });
 * ```
 */
export interface ImportLimits {
  /** Bytes of a file read whole (survey-tool text exports, workbooks, side tables). `RELCAP_FILE_TOO_LARGE`. */
  readonly maxWholeFileBytes: number;
  /** Cells of a table read whole (rows x columns of the used rectangle). `RELCAP_TOO_MANY_CELLS`. */
  readonly maxCells: number;
  /** Decompressed bytes of all parts of a workbook together. `RELCAP_XLSX_TOO_LARGE`. */
  readonly maxDecompressedBytes: number;
}

/**
 * Defaults of {@link ImportLimits}: 64 MiB read whole, 2,000,000 cells, 96 MiB decompressed.
 * A SurveyXact workbook of 2,000 respondents and 300 columns (600,000 cells) fits with room.
 *
 * @example
 * ```ts
 * DEFAULT_IMPORT_LIMITS.maxCells; // 2000000
 * ```
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxWholeFileBytes: 64 << 20,
  maxCells: 2_000_000,
  maxDecompressedBytes: 96 << 20,
};

/**
 * Options of {@link importSurvey}: the relcap import options ({@link ImportOptions}), what
 * survey-tool exports need (preset, sheet, missing codes, SurveyXact's side tables), the limits,
 * and where the answers go. Every field has a default; pass a `Partial`.
 *
 * @example
 * ```ts
 * await importSurvey(stream, { file: 'svar.csv', onAnswer: (a) => scorer.add(a), missingCodes: ['99'] });
 * ```
 */
export interface SurveyImportOptions extends Omit<ImportOptions, 'dimensionSet'> {
  /** Dimension set; `undefined`: the mapping's `dimensionSet`, else relational coordination. */
  readonly dimensionSet: DimensionSet | undefined;
  /** Receives every answer as it is read; the object may be refilled for the next answer (copy what you keep). */
  readonly onAnswer: (a: Answer) => void;
  /** `auto` detects the layout from the header rows; a key forces a survey tool's preset. */
  readonly tool: 'auto' | ToolKey;
  /** Workbook sheet with the answers (default: SurveyXact's "Dataset", else the first sheet with rows). */
  readonly sheet: string | undefined;
  /** Rows of title text above the header (generic preset). */
  readonly skipRows: number | undefined;
  /** Codes meaning "no answer" in every rating column of a survey-tool export (never guessed). */
  readonly missingCodes: readonly string[];
  /** SurveyXact labels table (variable;value;label) exported as its own file. */
  readonly labels: { readonly source: SurveySource; readonly file?: string } | undefined;
  /** SurveyXact structure table exported as its own file. */
  readonly structure: { readonly source: SurveySource; readonly file?: string } | undefined;
  /** Dimension sets, professions and label sets of your own (survey-tool exports). */
  readonly customDimensionSets: readonly DimensionSet[];
  readonly professions: readonly Profession[];
  readonly labelSets: readonly LabelSet[];
  readonly limits: ImportLimits;
}

/** Defaults of the fields {@link SurveyImportOptions} adds to {@link ImportOptions}. Internal. */
export const IMPORT_SURVEY_EXTRAS = {
  tool: 'auto',
  sheet: undefined,
  skipRows: undefined,
  missingCodes: [],
  labels: undefined,
  structure: undefined,
  customDimensionSets: [],
  professions: [],
  labelSets: [],
  limits: DEFAULT_IMPORT_LIMITS,
} as const;

/** Checks the survey-tool fields at the public boundary (`OptionsError` `RELCAP_BAD_OPTION`). Internal. */
export function checkToolOptions(o: Partial<SurveyImportOptions>): void {
  const bad = (name: string, value: string, expected: string): never => {
    throw new OptionsError('RELCAP_BAD_OPTION', `survey: invalid option ${name}`, { value, expected });
  };
  if (typeof o.onAnswer !== 'function') bad('onAnswer', typeof o.onAnswer, 'a function receiving each answer');
  if (o.tool !== undefined && o.tool !== 'auto' && !(TOOL_KEYS as readonly string[]).includes(o.tool)) {
    bad('tool', String(o.tool), `auto or one of ${TOOL_KEYS.join(', ')}`);
  }
  const l = o.limits;
  if (l !== undefined) {
    for (const k of ['maxWholeFileBytes', 'maxCells', 'maxDecompressedBytes'] as const) {
      if (!Number.isSafeInteger(l[k]) || l[k] <= 0) bad(`limits.${k}`, String(l[k]), 'a whole number > 0');
    }
  }
}
