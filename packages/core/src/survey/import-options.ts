import { RELATIONAL_COORDINATION } from '../dimensions/relational-coordination';
import type { DimensionSet } from '../dimensions/types';
import { OptionsError, type SurveyFormatError } from '../errors/relcap-error';
import type { SurveyMapping } from './mapping-types';

/**
 * Survey layouts: one answer per row (`long`) or one respondent per row (`wide`).
 *
 * @example
 * ```ts
 * const f: SurveyFormat = parseSurvey(text).format;
 * ```
 */
export type SurveyFormat = 'long' | 'wide';

/**
 * Field delimiters the importer reads.
 *
 * @example
 * ```ts
 * SURVEY_DELIMITERS.includes(';'); // true
 * ```
 */
export const SURVEY_DELIMITERS = [',', ';', '\t'] as const;

/**
 * One of {@link SURVEY_DELIMITERS}.
 *
 * @example
 * ```ts
 * const d: SurveyDelimiter = '\t';
 * ```
 */
export type SurveyDelimiter = (typeof SURVEY_DELIMITERS)[number];

/**
 * Text encodings the importer decodes (WHATWG names, decoded by the platform's TextDecoder).
 *
 * @example
 * ```ts
 * parseSurvey(bytes, { encoding: SURVEY_ENCODINGS[1] }); // force windows-1252
 * ```
 */
export const SURVEY_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;

/**
 * One of {@link SURVEY_ENCODINGS}.
 *
 * @example
 * ```ts
 * const e: SurveyEncoding = 'windows-1252';
 * ```
 */
export type SurveyEncoding = (typeof SURVEY_ENCODINGS)[number];

/**
 * How to import a survey file. Every field has a default in {@link DEFAULT_IMPORT_OPTIONS};
 * pass a `Partial<ImportOptions>`.
 *
 * @example
 * ```ts
 * parseSurvey(bytes, { file: 'svar.csv', mode: 'lenient', frequencyVariant: 'sufficiency' });
 * ```
 */
export interface ImportOptions {
  /** `auto` reads the header: long when it has target/dimension/value columns, else wide. */
  readonly format: 'auto' | SurveyFormat;
  /** `auto` picks the most frequent of `,` `;` tab in the header line (comma on a tie). */
  readonly delimiter: 'auto' | SurveyDelimiter;
  /** `auto`: byte order mark, else UTF-8, else Windows-1252 when the bytes are not UTF-8. */
  readonly encoding: 'auto' | SurveyEncoding;
  /** Dimensions and scales the answers are about. */
  readonly dimensionSet: DimensionSet;
  /** Wording of the `frequency` dimension: `classic` (Never..Constantly) or `sufficiency`. */
  readonly frequencyVariant: 'classic' | 'sufficiency';
  /**
   * Numbers in `frequency` cells are `score`s, or display `position`s of the sufficiency
   * variant (recoded 1->1, 2->3, 3->5, 4->4, 5->2). `position` requires `sufficiency`.
   */
  readonly frequencyInput: 'score' | 'position';
  /** Column mapping (see `parseMapping`); the file is then read as wide. */
  readonly mapping: SurveyMapping | undefined;
  /** `strict` throws the first problem; `lenient` skips the bad cell or row and collects it. */
  readonly mode: 'strict' | 'lenient';
  /** File name used in error messages and `Answer.source.file`. */
  readonly file: string | undefined;
  /** Extra tokens meaning "no answer", besides empty cells and `MISSING_TOKENS`. */
  readonly missingTokens: readonly string[];
  /** Headers of columns to skip on purpose (matched ignoring case and surrounding spaces). */
  readonly ignoreColumns: readonly string[];
  /** Called with every problem in lenient mode, as it is found. */
  readonly onIssue: ((issue: SurveyFormatError) => void) | undefined;
  /** Lenient mode keeps at most this many issues in `issues` (all are counted in `issueCount`). */
  readonly maxIssues: number;
}

/**
 * Defaults of {@link ImportOptions}: auto-detect, relational coordination, classic, strict.
 *
 * @example
 * ```ts
 * DEFAULT_IMPORT_OPTIONS.mode; // 'strict'
 * ```
 */
export const DEFAULT_IMPORT_OPTIONS: ImportOptions = {
  format: 'auto',
  delimiter: 'auto',
  encoding: 'auto',
  dimensionSet: RELATIONAL_COORDINATION,
  frequencyVariant: 'classic',
  frequencyInput: 'score',
  mapping: undefined,
  mode: 'strict',
  file: undefined,
  missingTokens: [],
  ignoreColumns: [],
  onIssue: undefined,
  maxIssues: 1000,
};

const bad = (name: string, value: unknown, expected: string): never => {
  throw new OptionsError('RELCAP_BAD_OPTION', `survey: invalid option ${name}`, {
    value: typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)),
    expected,
  });
};

const oneOf = (name: string, v: unknown, allowed: readonly string[]): void => {
  if (!allowed.includes(v as string)) bad(name, v, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
};

const strings = (name: string, v: unknown): void => {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) bad(name, v, 'an array of strings');
};

/**
 * Fills in defaults and validates options at the public boundary (`OptionsError`
 * `RELCAP_BAD_OPTION` names the option, the value and what is allowed).
 *
 * @example
 * ```ts
 * resolveImportOptions({ frequencyInput: 'position' }); // throws: needs frequencyVariant 'sufficiency'
 * ```
 */
export function resolveImportOptions(partial: Partial<ImportOptions> = {}): ImportOptions {
  for (const k of Object.keys(partial)) {
    if (!(k in DEFAULT_IMPORT_OPTIONS)) bad(k, k, `one of ${Object.keys(DEFAULT_IMPORT_OPTIONS).join(', ')}`);
  }
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const o: ImportOptions = { ...DEFAULT_IMPORT_OPTIONS, ...defined };
  oneOf('format', o.format, ['auto', 'long', 'wide']);
  oneOf('delimiter', o.delimiter, ['auto', ...SURVEY_DELIMITERS]);
  oneOf('encoding', o.encoding, ['auto', ...SURVEY_ENCODINGS]);
  oneOf('frequencyVariant', o.frequencyVariant, ['classic', 'sufficiency']);
  oneOf('frequencyInput', o.frequencyInput, ['score', 'position']);
  oneOf('mode', o.mode, ['strict', 'lenient']);
  const set = o.dimensionSet as Partial<DimensionSet> | null;
  if (typeof set !== 'object' || set === null || !Array.isArray(set.dimensions) || set.dimensions.length === 0) {
    bad('dimensionSet', typeof set, 'a DimensionSet with at least one dimension');
  }
  if (o.frequencyInput === 'position' && o.frequencyVariant !== 'sufficiency') {
    bad('frequencyInput', 'position', "frequencyVariant 'sufficiency' (display positions exist only for that variant)");
  }
  if (o.frequencyVariant === 'sufficiency' && !o.dimensionSet.dimensions.some((d) => d.key === 'frequency')) {
    bad('frequencyVariant', 'sufficiency', `a dimension set with a "frequency" dimension (${o.dimensionSet.key} has none)`);
  }
  if (o.file !== undefined && typeof o.file !== 'string') bad('file', o.file, 'a string');
  strings('missingTokens', o.missingTokens);
  strings('ignoreColumns', o.ignoreColumns);
  if (o.onIssue !== undefined && typeof o.onIssue !== 'function') bad('onIssue', typeof o.onIssue, 'a function');
  if (!Number.isInteger(o.maxIssues) || o.maxIssues < 0) bad('maxIssues', o.maxIssues, 'an integer >= 0');
  if (o.mapping !== undefined && (typeof o.mapping !== 'object' || o.mapping === null || o.mapping.version !== 1)) {
    bad('mapping', o.mapping, 'a mapping returned by parseMapping (version 1)');
  }
  if (o.mapping !== undefined && o.format === 'long') bad('format', 'long', "'auto' or 'wide' (a mapping describes a wide file)");
  return o;
}
