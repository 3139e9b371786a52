export { applyMapping, DEFAULT_APPLY_OPTIONS, labelSetsOf } from './apply-mapping';
export type { ApplyOptions, ApplyReport, ApplyResult } from './apply-mapping';
export { dimensionCues, ID_COLUMN_CUES, professionPhrases, RC_DIMENSION_CUES, ROLE_COLUMN_CUES } from './cues';
export { detectTool, FORMS_META_COLUMNS, SURVEYMONKEY_META_COLUMNS } from './detect-tool';
export type { DetectInput } from './detect-tool';
export { importFromTool, readToolFile, readToolInput } from './import-from-tool';
export type { ImportToolOptions, ToolFile, ToolImport, ToolImportReport } from './import-from-tool';
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
export { isMissingLabel, isMissingToken, MISSING_LABELS, parseMissingCodes } from './missing-codes';
export type { MissingCount, MissingSource } from './missing-codes';
export { parseToolMapping } from './parse-tool-mapping';
export { buildToolTable } from './presets/build-table';
export type { TableLayout } from './presets/build-table';
export { shapeGeneric } from './presets/generic';
export { shapeMicrosoftForms } from './presets/microsoft-forms';
export { QUALTRICS_META_COLUMNS, shapeQualtrics } from './presets/qualtrics';
export { isRedcapMetaColumn, shapeRedcap } from './presets/redcap';
export { shapeSurveyMonkey } from './presets/surveymonkey';
export { shapeSurveyXact } from './presets/surveyxact';
export type { SurveyXactInput } from './presets/surveyxact';
export { guessRating, isRating } from './propose-column';
export type { RatingGuess, RatingMiss } from './propose-column';
export { DEFAULT_PROPOSE_OPTIONS, proposeMapping } from './propose-mapping';
export type { ColumnProposal, MappingProposal, ProposeOptions } from './propose-mapping';
export { fitRoles, fitValues, professionShare } from './propose-values';
export type { RoleFit, ValueFit } from './propose-values';
export { readRatingCell, readRoleCell } from './read-cell';
export type { CellAt, CellValue } from './read-cell';
export { parseDelimitedText, readDelimited } from './read-delimited';
export type { DelimitedTable, ReadDelimitedOptions } from './read-delimited';
export { cellText, findSheet, readWorkbook } from './read-workbook';
export { findColumn, matchCode, resolveColumns, roleKey } from './resolve-columns';
export type { DeclaredCode, ResolveContext, ResolvedColumn } from './resolve-columns';
export { shapeTable } from './shape-table';
export type { ShapeOptions, ToolInput } from './shape-table';
export type { ToolMapping, ToolMappingColumn } from './tool-mapping';
export { emptyColumns, uniqueNames } from './tool-table';
export type { ToolColumn, ToolTable, ValueLabel } from './tool-table';
export { TOOL_KEYS } from './types';
export type { RawTable, ToolDetection, ToolKey, Workbook, WorkbookSheet } from './types';
