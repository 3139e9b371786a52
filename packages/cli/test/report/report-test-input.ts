// Builds report inputs for the unit tests from the hand-made survey (report-survey.ts), with the
// same steps as the `report` command: core parseSurvey + scoreAnswers (with ratings), the role
// network drawn by the visualizer's buildScene + sceneToSvgString (imported from its sources:
// vitest aliases '@relcap/visualizer' to src/index.ts, so the '/node' subpath is not reachable).
import { compareSurveys, type IndividualRating, parseSurvey, type SurveyScore, scoreAnswers, surveyToMap } from '@relcap/core';
import { buildScene, sceneToSvgString } from '../../../visualizer/src/node';
import type { ReportInput } from '../../src/report/index';
import { CURRENT_ROWS, EARLIER_ROWS, longCsv } from './report-survey';

export function scored(rows: Parameters<typeof longCsv>[0], minRaters = 3): { score: SurveyScore; ratings: readonly IndividualRating[] } {
  const { individualRatings, ...score } = scoreAnswers(parseSurvey(longCsv(rows)).answers, { includeRatings: true, minRaters });
  return { score, ratings: individualRatings };
}

export function networkSvg(score: SurveyScore, lang: 'da' | 'en'): string {
  const map = surveyToMap({ dimensionSet: score.dimensionSet, ties: score.ties, roles: score.roles.map((r) => r.role) }, { title: 'Roles' });
  return sceneToSvgString(buildScene(map, { lang, bands: score.options.bands }), { idPrefix: 'report-roles', showTitle: false });
}

/** The current survey as report input, optionally compared with the earlier one. */
export function reportInput(lang: 'da' | 'en', options: { compare?: boolean; minRaters?: number } = {}): ReportInput {
  const { score, ratings } = scored(CURRENT_ROWS, options.minRaters ?? 3);
  const input: ReportInput = { file: 'svar.csv', score, ratings, networkSvg: networkSvg(score, lang) };
  if (options.compare !== true) return input;
  const before = scored(EARLIER_ROWS, options.minRaters ?? 3).score;
  return { ...input, comparison: { file: 'forår.csv', before, result: compareSurveys(before, score) } };
}
