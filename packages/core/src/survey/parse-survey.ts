import { createSurveyReader } from './create-survey-reader';
import type { ImportOptions } from './import-options';
import type { ParsedSurvey } from './import-summary';
import type { Answer } from './types';

/**
 * Reads a whole survey file (text, or bytes in UTF-8, Windows-1252 or UTF-16 with a byte order
 * mark) into answers, in long or wide format (detected from the header). Strict mode (default)
 * throws the first problem as a `SurveyFormatError` with file, line and column; lenient mode
 * skips bad cells and rows and lists them in `issues`. Same rules as {@link streamSurvey}.
 *
 * @example
 * ```ts
 * const survey = parseSurvey('respondent_id;rolle;fælles_mål:Lærer\nR1;Pædagog;Meget\n');
 * survey.answers[0]; // { respondentId: 'R1', respondentRole: 'Pædagog', targetRole: 'Lærer', dimension: 'shared_goals', value: 4, ... }
 * ```
 */
export function parseSurvey(input: string | Uint8Array, options: Partial<ImportOptions> = {}): ParsedSurvey {
  const answers: Answer[] = [];
  const reader = createSurveyReader((a) => answers.push(a), options);
  reader.push(input);
  return { ...reader.end(), answers };
}
