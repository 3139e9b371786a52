import { createScorer, importSurvey, type NetworkMap, surveyToMap } from '@relcap/core';

/**
 * Turns a survey file (CSV text or bytes, or an .xlsx; relcap long or wide, or a survey tool's
 * export) into a role network: core's one import path `importSurvey`, a scorer with the default
 * options (minItems 4 of 7, minRaters 3, so small groups are suppressed and drawn as unknown)
 * and `surveyToMap`. Rejects with the core's typed errors (`SurveyFormatError` with file, line
 * and column) for a malformed file.
 */
export async function surveyCsvToMap(input: string | Uint8Array, file: string, title: string): Promise<NetworkMap> {
  const scorer = createScorer();
  await importSurvey(input, { file, onAnswer: (a) => scorer.add(a) });
  const score = scorer.finish();
  // surveyToMap reads role names; the score lists roles with their summaries.
  return surveyToMap({ dimensionSet: score.dimensionSet, ties: score.ties, roles: score.roles.map((r) => r.role) }, { title });
}
