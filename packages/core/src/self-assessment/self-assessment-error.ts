import { RelcapError } from '../errors/relcap-error';

/**
 * Stable codes of {@link SelfAssessmentError}: each names one kind of problem in a template or
 * a round, so a caller can react without reading the message.
 *
 * @example
 * ```ts
 * SELF_ASSESSMENT_ERROR_CODES.includes('RELCAP_SA_RATING_OUT_OF_SCALE'); // true
 * ```
 */
export const SELF_ASSESSMENT_ERROR_CODES = [
  'RELCAP_SA_BAD_JSON',
  'RELCAP_SA_TOO_LARGE',
  'RELCAP_SA_MISSING_FIELD',
  'RELCAP_SA_BAD_TYPE',
  'RELCAP_SA_UNSUPPORTED_VERSION',
  'RELCAP_SA_EMPTY',
  'RELCAP_SA_TOO_LONG',
  'RELCAP_SA_TOO_MANY',
  'RELCAP_SA_DUPLICATE_ID',
  'RELCAP_SA_BAD_SCALE',
  'RELCAP_SA_BAD_DATE',
  'RELCAP_SA_UNKNOWN_STATEMENT',
  'RELCAP_SA_RATING_NOT_INTEGER',
  'RELCAP_SA_RATING_OUT_OF_SCALE',
] as const;

/** One of {@link SELF_ASSESSMENT_ERROR_CODES}. */
export type SelfAssessmentErrorCode = (typeof SELF_ASSESSMENT_ERROR_CODES)[number];

/**
 * A self-assessment template or round that does not follow the format (docs/self-assessment.md).
 * `location.path` names the field as a JSON path (`areas[1].statements[0].text.da`),
 * `location.value` shows what was found and `location.expected` what was expected.
 *
 * @example
 * ```ts
 * try { parseTemplate(text, { file: 'web.json' }) } catch (e) {
 *   if (e instanceof SelfAssessmentError) console.error(e.code, e.location.path);
 * }
 * ```
 */
export class SelfAssessmentError extends RelcapError {
  override name = 'SelfAssessmentError';
  override readonly code: SelfAssessmentErrorCode;

  constructor(code: SelfAssessmentErrorCode, message: string, location: ConstructorParameters<typeof RelcapError>[2] = {}) {
    super(code, message, location);
    this.code = code;
  }
}
