import {
  getDimensionSet,
  type ImportOptions,
  SURVEY_ENCODINGS,
  type ScoreOptions,
  type SurveyDelimiter,
} from '@relcap/core';
import { booleanFlag, type FlagSpecs, integerFlag, type ParsedArgs, stringFlag } from '../args';

const DELIMITER_NAMES: Readonly<Record<string, 'auto' | SurveyDelimiter>> = {
  auto: 'auto',
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\t': '\t',
  '\\t': '\t',
};

/** The import and scoring flags shared by `score`, `validate` and `compare`. */
export const SURVEY_FLAGS: FlagSpecs = {
  format: { type: 'string', valueName: 'auto|long|wide', choices: ['auto', 'long', 'wide'], description: 'file layout (default auto: read from the header)' },
  mapping: { type: 'string', valueName: 'FILE', description: 'JSON mapping of a wide export\'s columns to dimension and target role (docs/survey-import.md)' },
  'dimension-set': {
    type: 'string',
    valueName: 'KEY',
    description: 'relational_coordination (default), relational_capacity or citizen_experience',
  },
  'min-items': { type: 'string', valueName: 'N', description: 'answered dimensions a rating needs to count (default: 4 of 7 for RC, 3 of 5 otherwise)' },
  'min-raters': { type: 'string', valueName: 'K', description: 'ties rated by fewer respondents are suppressed (default 3)' },
  'frequency-variant': {
    type: 'string',
    valueName: 'classic|sufficiency',
    choices: ['classic', 'sufficiency'],
    description: 'wording of the frequency item (default classic)',
  },
  'frequency-input': {
    type: 'string',
    valueName: 'score|position',
    choices: ['score', 'position'],
    description: 'frequency numbers are scores (default) or sufficiency display positions (recoded 1,3,5,4,2)',
  },
  encoding: {
    type: 'string',
    valueName: 'ENC',
    choices: ['auto', ...SURVEY_ENCODINGS],
    description: `text encoding: auto (default: BOM, else UTF-8, else Windows-1252), ${SURVEY_ENCODINGS.join(', ')}`,
  },
  delimiter: {
    type: 'string',
    valueName: 'D',
    choices: Object.keys(DELIMITER_NAMES),
    description: "field separator: auto (default), ',' or comma, ';' or semicolon, tab",
  },
  lenient: { type: 'boolean', description: 'skip bad cells and rows (reported on stderr) instead of stopping at the first' },
};

/** Import and scoring options read from the flags. */
export interface SurveyRunOptions {
  readonly importOptions: Partial<ImportOptions>;
  readonly scoreOptions: Partial<ScoreOptions>;
}

/**
 * The survey flags as core options, without reading any file (the `--mapping` file is read by
 * `importOptionsFromFlags`): the dimension set by key (`getDimensionSet`), the delimiter
 * by name, whole numbers checked. Call it before touching the input so that a bad flag is a
 * usage error (exit 2) even when the file is also missing.
 *
 * @example
 * ```ts
 * surveyFlagOptions('relcap score', args).scoreOptions.minRaters; // 5
 * ```
 */
export function surveyFlagOptions(command: string, args: ParsedArgs): SurveyRunOptions {
  const key = stringFlag(args, 'dimension-set');
  const dimensionSet = key === undefined ? undefined : getDimensionSet(key);
  const delimiter = stringFlag(args, 'delimiter');
  const mode = booleanFlag(args, 'lenient') ? 'lenient' : 'strict';
  const importOptions: Partial<ImportOptions> = {
    format: (stringFlag(args, 'format') ?? 'auto') as ImportOptions['format'],
    encoding: (stringFlag(args, 'encoding') ?? 'auto') as ImportOptions['encoding'],
    delimiter: delimiter === undefined ? 'auto' : (DELIMITER_NAMES[delimiter] ?? 'auto'),
    frequencyVariant: (stringFlag(args, 'frequency-variant') ?? 'classic') as ImportOptions['frequencyVariant'],
    frequencyInput: (stringFlag(args, 'frequency-input') ?? 'score') as ImportOptions['frequencyInput'],
    mode,
    ...(dimensionSet === undefined ? {} : { dimensionSet }),
  };
  const minItems = integerFlag(command, args, 'min-items', 1);
  const minRaters = integerFlag(command, args, 'min-raters', 1);
  const scoreOptions: Partial<ScoreOptions> = {
    mode,
    ...(dimensionSet === undefined ? {} : { dimensionSet }),
    ...(minItems === undefined ? {} : { minItems }),
    ...(minRaters === undefined ? {} : { minRaters }),
  };
  return { importOptions, scoreOptions };
}
