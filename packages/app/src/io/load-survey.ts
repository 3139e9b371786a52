import { type NetworkMap, parseSurvey, scoreAnswers, surveyToMap } from '@relcap/core';

/**
 * Turns a survey file (CSV text or bytes; long or wide, any encoding core reads) into a role
 * network: core's `parseSurvey`, `scoreAnswers` (defaults: minItems 4 of 7, minRaters 3, so
 * small groups are suppressed and drawn as unknown) and `surveyToMap`. Throws the core's typed
 * errors (`SurveyFormatError` with file, line and column) for a malformed file.
 */
export function surveyCsvToMap(input: string | Uint8Array, file: string, title: string): NetworkMap {
  const survey = parseSurvey(input, { file });
  const score = scoreAnswers(survey.answers);
  // surveyToMap reads role names; the score lists roles with their summaries.
  return surveyToMap({ dimensionSet: score.dimensionSet, ties: score.ties, roles: score.roles.map((r) => r.role) }, { title });
}
