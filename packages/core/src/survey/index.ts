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
export type { ChunkSource, ChunkStream } from './stream-survey';
export { createSurveyDecoder, decodeSurveyBytes } from './survey-decoder';
export type { DecodedSurveyText, SurveyDecoder, SurveyDecoderOptions } from './survey-decoder';
export { SURVEY_ISSUE_CODES } from './survey-error';
export type { SurveyIssueCode } from './survey-error';
