import { type SurveyScore, surveyToMap } from '@relcap/core';
import { buildScene, sceneToSvgString } from '@relcap/visualizer/node';
import type { Lang } from '../commands/command';

/**
 * The role network of a scored survey as a standalone SVG string:
 * `sceneToSvgString(buildScene(surveyToMap(score)))` with the score's bands, so the drawing uses
 * the visualizer's visual language (line style by band, suppressed ties as `unknown`, within-role
 * ties as rings). Imports the visualizer's DOM-free Node entry; the `report` command loads this
 * module only when it runs.
 *
 * @example
 * ```ts
 * const svg = drawRoleNetwork(score, 'da', 'Rollernes netværk');
 * ```
 */
export function drawRoleNetwork(score: SurveyScore, lang: Lang, title: string): string {
  const map = surveyToMap({ dimensionSet: score.dimensionSet, ties: score.ties, roles: score.roles.map((r) => r.role) }, { title });
  const scene = buildScene(map, { lang, bands: score.options.bands });
  return sceneToSvgString(scene, { idPrefix: 'report-roles', mapHeight: 760, showTitle: false });
}
