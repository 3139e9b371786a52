export { decodeBytes, TEXT_ENCODINGS } from './decode-bytes';
export type { DecodedText, TextEncodingName } from './decode-bytes';
export { detectTool, FORMS_META_COLUMNS, SURVEYMONKEY_META_COLUMNS } from './detect-tool';
export type { DetectInput } from './detect-tool';
export {
  AGREEMENT,
  BUILTIN_LABEL_SETS,
  DIMENSION_LABEL_SET,
  findLabelSet,
  normaliseLabel,
  scoreOfLabel,
} from './label-sets';
export type { LabelSet } from './label-sets';
export { findKeys, findPhrase, foldText, MIN_PREFIX_LENGTH, splitGridLabel, words } from './match-text';
export type { PhraseHit } from './match-text';
export { buildToolTable } from './presets/build-table';
export type { TableLayout } from './presets/build-table';
export { shapeGeneric } from './presets/generic';
export { shapeMicrosoftForms } from './presets/microsoft-forms';
export { QUALTRICS_META_COLUMNS, shapeQualtrics } from './presets/qualtrics';
export { isRedcapMetaColumn, shapeRedcap } from './presets/redcap';
export { shapeSurveyMonkey } from './presets/surveymonkey';
export { shapeSurveyXact } from './presets/surveyxact';
export type { SurveyXactInput } from './presets/surveyxact';
export { DELIMITERS, parseDelimitedText, readDelimited, sniffDelimiter } from './read-delimited';
export type { Delimiter, DelimitedTable, ReadDelimitedOptions } from './read-delimited';
export { cellText, findSheet, readWorkbook } from './read-workbook';
export { shapeTable } from './shape-table';
export type { ShapeOptions, ToolInput } from './shape-table';
export { emptyColumns, uniqueNames } from './tool-table';
export type { ToolColumn, ToolTable, ValueLabel } from './tool-table';
export { TOOL_KEYS } from './types';
export type { RawTable, ToolDetection, ToolKey, Workbook, WorkbookSheet } from './types';
