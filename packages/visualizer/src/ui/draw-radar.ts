import { buildSpiderWeb } from '../spider-web/build-spider-web';
import { drawSpiderWeb } from '../spider-web/draw-spider-web';

/** One axis of a radar chart: a dimension's label and its mean (null = not answered). */
export interface RadarAxis {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
}

/**
 * Draws a radar (spider) chart of dimension means on the 1..5 scale into an `<svg>`: grid rings
 * at 1..5, one spoke per dimension, the polygon of the values (an unanswered dimension sits at
 * the centre and its label says "–"). A thin use of the shared spider web (`buildSpiderWeb` and
 * `drawSpiderWeb`), the drawing the team self-assessment uses too; labels are text.
 *
 * @example
 * ```ts
 * drawRadar(svg, [{ key: 'frequency', label: 'Hyppighed', value: 3.25 }, ...], 5, 1, (v) => v.toFixed(1));
 * ```
 */
export function drawRadar(svg: SVGSVGElement, axes: readonly RadarAxis[], max = 5, min = 1, format: (v: number) => string = (v) => v.toFixed(1)): void {
  const ticks: number[] = [];
  for (let v = min; v <= max; v++) ticks.push(v);
  const labels = axes.map((a) => `${a.label} ${a.value === null ? '–' : format(a.value)}`);
  const web = buildSpiderWeb(
    {
      axes: axes.map((a, i) => ({ key: a.key, label: labels[i] ?? a.label })),
      series: [{ id: 'ratings', label: '', colour: '#0072b2', values: axes.map((a) => a.value), lineFill: 0.25 }],
      max,
      centre: min - 1,
      ticks,
      ariaLabel: labels.join(', '),
    },
    { radius: 58, fontSize: 14.5, labelChars: 22, labelLines: 3, tickLabels: false, missing: 'centre', markers: false, legend: 'never' },
  );
  drawSpiderWeb(svg, web, { className: 'relcap-radar' });
}
