import { type NetworkMap, type SurveyScore, surveyToMap } from '@relcap/core';
import { buildScene, sceneToSvgString } from '@relcap/visualizer/node';
import type { Lang } from './command';

/**
 * A child-centred map as a standalone SVG: the visualizer's scene (`buildScene`) drawn by its
 * DOM-free renderer (`sceneToSvgString`), with the title and the legend, the same scene model
 * the app draws.
 *
 * @example
 * ```ts
 * const svg = mapFigureSvg(map, 'da');
 * ```
 */
export function mapFigureSvg(map: NetworkMap, lang: Lang): string {
  return sceneToSvgString(buildScene(map, { lang }), { idPrefix: 'figure-map', showTitle: true, legend: true });
}

/**
 * The role network of a scored survey as a standalone SVG (as in the report, with a legend).
 *
 * @example
 * ```ts
 * const svg = roleNetworkFigureSvg(score, 'en', 'Role network');
 * ```
 */
export function roleNetworkFigureSvg(score: SurveyScore, lang: Lang, title: string): string {
  const map = surveyToMap({ dimensionSet: score.dimensionSet, ties: score.ties, roles: score.roles.map((r) => r.role) }, { title });
  return sceneToSvgString(buildScene(map, { lang, bands: score.options.bands }), { idPrefix: 'figure-roles', showTitle: true, legend: true });
}

/**
 * An SVG drawn to PNG by resvg (a Rust SVG renderer, no browser), `width` pixels wide, with the
 * system fonts (æøå need a font that has them, e.g. DejaVu or Liberation).
 *
 * @example
 * ```ts
 * writeFileSync('kort.png', await svgToPng(svg, 1600));
 * ```
 */
export async function svgToPng(svg: string, width: number): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const r = new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff', font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } });
  return r.render().asPng();
}
