/**
 * @relcap/core: relational coordination and relational capacity. Survey import, scoring,
 * statistics, network maps and interchange. Pure TypeScript, no DOM.
 *
 * This file re-exports only.
 */
export * from './dimensions/index';
export * from './errors/index';
export * from './io/index';
export * from './map/index';
export * from './network/index';
export * from './scoring/index';
export {
  BUILTIN_TEMPLATES,
  chooseSpreadBand,
  collectRoundProblems,
  collectTemplateProblems,
  compareRounds,
  createRound,
  DEFAULT_DISAGREEMENT_OPTIONS,
  DEFAULT_RATING_SCALE,
  DEFAULT_ROUND_CSV_OPTIONS,
  DEFAULT_SPREAD_BAND_OPTIONS,
  fiveNumberSummary,
  GUIDE_TITLE,
  getBuiltinTemplate,
  parseRound,
  parseTemplate,
  participantLabel,
  ROUND_CSV_HEADER,
  ROUND_SCHEMA_VERSION,
  rankDisagreement,
  roundToCsv,
  SA_LIMITS,
  SELF_ASSESSMENT_ERROR_CODES,
  SelfAssessmentError,
  SUPPORTED_ROUND_VERSIONS,
  SUPPORTED_TEMPLATE_VERSIONS,
  spreadBand,
  summarizeRound,
  TEMPLATE_SCHEMA_VERSION,
  validateRound,
  validateTemplate,
} from './self-assessment/index';
export type {
  ActionPlan,
  AssessmentRound,
  CreateRoundInput,
  Disagreement,
  DisagreementOptions,
  FiveNumberSummary,
  RatingScale,
  RoundComparison,
  RoundCsvOptions,
  RoundParticipant,
  RoundSummary,
  SelfAssessmentErrorCode,
  SelfAssessmentTemplate,
  SpreadBandKind,
  SpreadBandOptions,
  StatementChange,
  StatementPick,
  StatementSummary,
  TemplateArea,
  TemplateReadOptions,
  TemplateStatement,
} from './self-assessment/index';
export * from './stats/index';
export * from './survey/index';
export * from './survey-tools/index';
export * from './tables/index';
export * from './messages/index';
