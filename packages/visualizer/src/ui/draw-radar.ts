import { curveLinearClosed, lineRadial, scaleLinear, select } from 'd3';

/** One axis of a radar chart: a dimension's label and its mean (null = not answered). */
export interface RadarAxis {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
}

/**
 * Draws a radar (spider) chart of dimension means on the 1..5 scale into an `<svg>` with d3:
 * grid rings at 1..5, one spoke per dimension, the polygon of the values (an unanswered
 * dimension sits at the centre and its label says "–").
 *
 * @example
 * ```ts
 * drawRadar(svg, [{ key: 'frequency', label: 'Hyppighed', value: 3.25 }, ...], 5, 1, (v) => v.toFixed(1));
 * ```
 */
export function drawRadar(svg: SVGSVGElement, axes: readonly RadarAxis[], max = 5, min = 1, format: (v: number) => string = (v) => v.toFixed(1)): void {
  const r = 58;
  const root = select(svg).attr('viewBox', '-220 -90 440 180').attr('class', 'relcap-radar').attr('role', 'img');
  root.selectAll('*').remove();
  root.attr(
    'aria-label',
    axes.map((a) => `${a.label} ${a.value === null ? '–' : format(a.value)}`).join(', '),
  );
  const scale = scaleLinear().domain([min - 1, max]).range([0, r]);
  const angle = (i: number): number => (2 * Math.PI * i) / axes.length;
  for (let v = min; v <= max; v++) {
    root.append('circle').attr('r', scale(v)).attr('fill', 'none').attr('stroke', '#d1d5db').attr('stroke-width', 1);
  }
  axes.forEach((a, i) => {
    const x = Math.sin(angle(i));
    const y = -Math.cos(angle(i));
    root.append('line').attr('x2', x * r).attr('y2', y * r).attr('stroke', '#d1d5db');
    root
      .append('text')
      .attr('x', x * (r + 12))
      .attr('y', y * (r + 12) + 4)
      .attr('text-anchor', Math.abs(x) < 0.2 ? 'middle' : x > 0 ? 'start' : 'end')
      .attr('font-size', 14.5)
      .attr('fill', '#374151')
      .text(`${a.label} ${a.value === null ? '–' : format(a.value)}`);
  });
  const line = lineRadial<RadarAxis>()
    .angle((_, i) => angle(i))
    .radius((a) => scale(a.value ?? min - 1))
    .curve(curveLinearClosed);
  root.append('path').attr('d', line([...axes]) ?? '').attr('fill', 'rgba(0,114,178,0.25)').attr('stroke', '#0072b2').attr('stroke-width', 2);
}
