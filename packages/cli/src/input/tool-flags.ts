import { SURVEY_ENCODINGS, TOOL_KEYS } from '@relcap/core';
import type { FlagSpecs } from '../args';

/** The `--encoding` flag of `relcap inspect` (`score` has its own with the same values). */
export const TOOL_ENCODING_FLAG: FlagSpecs = {
  encoding: {
    type: 'string',
    valueName: 'ENC',
    choices: ['auto', ...SURVEY_ENCODINGS],
    description: `text encoding: auto (default: BOM, else UTF-8, else Windows-1252), ${SURVEY_ENCODINGS.join(', ')}`,
  },
};

/** Flags for survey-tool exports (issue 5): preset, missing codes, SurveyXact side tables, sheet. */
export const TOOL_FLAGS: FlagSpecs = {
  preset: {
    type: 'string',
    valueName: 'TOOL',
    choices: [...TOOL_KEYS],
    description: `read the export as this tool's layout instead of detecting it: ${TOOL_KEYS.join(', ')}`,
  },
  'missing-codes': {
    type: 'string',
    valueName: 'LIST',
    description: 'codes that mean "no answer" in every rating column, e.g. 6,99,-99,UNK (never guessed)',
  },
  labels: { type: 'string', valueName: 'FILE', description: 'SurveyXact labels table (variable;value;label), when exported as its own file' },
  structure: { type: 'string', valueName: 'FILE', description: 'SurveyXact structure table, when exported as its own file' },
  sheet: { type: 'string', valueName: 'NAME', description: 'workbook sheet with the answers (default: Dataset, else the first sheet)' },
};

