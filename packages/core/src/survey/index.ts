export type { Answer } from './types';
export { createSurveyReader } from './create-survey-reader';
export type { SurveyReader } from './create-survey-reader';
export { HEADER_ALIASES } from './header-aliases';
export {
  DEFAULT_IMPORT_OPTIONS,
  resolveImportOptions,
  SURVEY_DELIMITERS,
  SURVEY_ENCODINGS,
} from './import-options';
export type { ImportOptions, SurveyDelimiter, SurveyEncoding, SurveyFormat } from './import-options';
export type { ImportProgress, ImportSummary, ParsedSurvey, RoleCount } from './import-summary';
export type { MappedColumn, SurveyMapping } from './mapping-types';
export { parseMapping } from './parse-mapping';
export { parseSurvey } from './parse-survey';
export { streamSurvey } from './stream-survey';
export type { ChunkSource, ChunkStream } from './survey-source';
export { createSurveyDecoder, decodeSurveyBytes } from './survey-decoder';
export type { DecodedSurveyText, SurveyDecoder, SurveyDecoderOptions } from './survey-decoder';
export { SURVEY_ISSUE_CODES } from './survey-error';
export type { SurveyIssueCode } from './survey-error';
export { importDimensionSet, importSurvey } from './import-survey';
export { DEFAULT_IMPORT_LIMITS } from './import-survey-options';
export type { ImportLimits, SurveyImportOptions } from './import-survey-options';
export type { SurveySource } from './survey-source';
export { inspectSurvey } from './inspect-survey';
export type { InspectOptions, SurveyInspection } from './inspect-survey';
