import { OptionsError } from '@relcap/core';
import { defaultTicks } from './default-ticks';
import { placeLabel } from './place-label';
import type { PlacedLabel, PlacedSeries, SpiderWeb, SpiderWebInput, SpiderWebOptions, SpiderWebSeries, WebPoint } from './types';
import { DEFAULT_SPIDER_WEB_OPTIONS, SPIDER_WEB_LIMITS } from './types';

function bad(path: string, value: unknown, expected: string): OptionsError {
  return new OptionsError('RELCAP_BAD_ARGUMENT', `spider-web: ${path} is not valid`, { path, value: String(value), expected });
}

function checkValue(v: number | null, path: string, centre: number, max: number): void {
  if (v === null) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < centre || v > max) throw bad(path, v, `a number from ${centre} to ${max}, or null`);
}

function checkInput(input: SpiderWebInput, centre: number): void {
  const n = input.axes.length;
  if (n < 1 || n > SPIDER_WEB_LIMITS.axes) throw bad('axes', n, `1 to ${SPIDER_WEB_LIMITS.axes} axes`);
  if (!Number.isFinite(centre)) throw bad('centre', centre, 'a finite number');
  if (!Number.isFinite(input.max) || input.max <= centre) throw bad('max', input.max, `a number above the centre (${centre})`);
  if ((input.ticks?.length ?? 0) > SPIDER_WEB_LIMITS.ticks) throw bad('ticks', input.ticks?.length, `at most ${SPIDER_WEB_LIMITS.ticks} ticks`);
  input.ticks?.forEach((t, i) => {
    if (!Number.isFinite(t) || t <= centre || t > input.max) throw bad(`ticks[${i}]`, t, `a number above ${centre} and at most ${input.max}`);
  });
  if (input.series.length > SPIDER_WEB_LIMITS.series) throw bad('series', input.series.length, `at most ${SPIDER_WEB_LIMITS.series} series`);
  input.series.forEach((s, i) => {
    if (s.values.length !== n) throw bad(`series[${i}].values`, s.values.length, `${n} values, one per axis`);
    s.values.forEach((v, j) => {
      checkValue(v, `series[${i}].values[${j}]`, centre, input.max);
    });
    if (s.band !== undefined && s.band.length !== n) throw bad(`series[${i}].band`, s.band.length, `${n} bands, one per axis`);
    s.band?.forEach((b, j) => {
      if (b === null) return;
      checkValue(b[0], `series[${i}].band[${j}][0]`, centre, input.max);
      checkValue(b[1], `series[${i}].band[${j}][1]`, b[0], input.max);
    });
    if ((s.points?.length ?? 0) > SPIDER_WEB_LIMITS.points) throw bad(`series[${i}].points`, s.points?.length, `at most ${SPIDER_WEB_LIMITS.points}`);
    s.points?.forEach((p, k) => {
      if (p.values.length !== n) throw bad(`series[${i}].points[${k}].values`, p.values.length, `${n} values`);
      p.values.forEach((v, j) => {
        checkValue(v, `series[${i}].points[${k}].values[${j}]`, centre, input.max);
      });
    });
  });
}

const fmt = (v: number): string => String(Math.round(v * 100) / 100);

/** Closed path through points, `null` for fewer than two. */
function closedPath(points: readonly WebPoint[]): string | null {
  if (points.length < 2) return null;
  return `${points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p.x)},${fmt(p.y)}`).join('')}Z`;
}

/**
 * Computes a spider web (radar chart) for N axes as plain data: rings at the tick values, one
 * spoke per axis, wrapped axis labels placed outside the outer ring, and per series the line
 * (e.g. the median), the spread band (quartiles or min-max), dots, and participants' points on
 * request, each series in its own colour. The viewBox holds every label, so nothing is clipped.
 * Values outside `[centre, max]`, wrong lengths or more than `SPIDER_WEB_LIMITS` throw an
 * `OptionsError`; nothing is clamped. Axis i sits at angle 2πi/N clockwise from the top.
 * O(axes × (series + points)). Draw it with `spiderWebToSvgString` (Node) or `drawSpiderWeb` (DOM).
 *
 * @example
 * ```ts
 * const web = buildSpiderWeb({
 *   axes: [{ key: 'a', label: 'We meet' }, { key: 'b', label: 'We listen' }, { key: 'c', label: 'We plan' }],
 *   series: [{ id: 'r1', label: 'March', values: [7, 5, 8], band: [[6, 8], [3, 6], [7, 9]] }],
 *   max: 10,
 * });
 * web.rings.map((r) => r.value); // [2, 4, 6, 8, 10]
 * ```
 */
export function buildSpiderWeb(input: SpiderWebInput, options: Partial<SpiderWebOptions> = {}): SpiderWeb {
  const o = { ...DEFAULT_SPIDER_WEB_OPTIONS, ...options };
  const centre = input.centre ?? 0;
  checkInput(input, centre);
  const n = input.axes.length;
  const R = o.radius;
  const ticks = input.ticks ?? defaultTicks(centre, input.max);
  const radius = (v: number): number => ((v - centre) / (input.max - centre)) * R;
  const unit = (i: number): WebPoint => ({ x: Math.sin((2 * Math.PI * i) / n), y: -Math.cos((2 * Math.PI * i) / n) });
  const at = (i: number, v: number): WebPoint => {
    const u = unit(i);
    return { x: u.x * radius(v), y: u.y * radius(v) };
  };

  // Tick values sit halfway between the first two spokes, clear of the axis labels and lines.
  const half = n > 1 ? Math.PI / n : Math.PI / 4;
  const rings = ticks.map((value) => ({
    value,
    r: radius(value),
    label: o.tickLabels ? { x: Math.sin(half) * radius(value), y: -Math.cos(half) * radius(value) + o.fontSize * 0.3, text: fmt(value) } : null,
  }));
  const spokes = input.axes.map((a, i) => ({ key: a.key, x: unit(i).x * R, y: unit(i).y * R }));
  const labels: PlacedLabel[] = input.axes.map((a, i) => placeLabel(a, unit(i), R, o));

  const series: PlacedSeries[] = input.series.map((s, si) => placeSeries(s, si, input, o, at, centre));

  // Bounding box: the outer ring, every label (estimated width), then the legend below.
  let [minX, minY, maxX, maxY] = [-R, -R, R, R];
  for (const l of labels) {
    const w = Math.max(...l.lines.map((t) => t.length), 0) * o.fontSize * o.charWidth;
    const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    minX = Math.min(minX, x0);
    maxX = Math.max(maxX, x0 + w);
    minY = Math.min(minY, l.y - o.fontSize);
    maxY = Math.max(maxY, l.y + (l.lines.length - 1) * l.lineHeight + o.fontSize * 0.3);
  }
  const showLegend = o.legend === 'always' || (o.legend === 'auto' && series.length > 1);
  const legend = showLegend
    ? series.map((s, i) => ({ x: minX, y: maxY + o.fontSize * 1.6 * (i + 1), colour: s.colour, text: s.label }))
    : [];
  for (const l of legend) {
    maxX = Math.max(maxX, l.x + 16 + l.text.length * o.fontSize * o.charWidth);
    maxY = Math.max(maxY, l.y + o.fontSize * 0.4);
  }
  let caption: (WebPoint & { text: string }) | null = null;
  if (input.caption !== undefined && input.caption !== '') {
    caption = { x: minX, y: maxY + o.fontSize * 1.6, text: input.caption };
    maxX = Math.max(maxX, minX + input.caption.length * o.fontSize * 0.9 * o.charWidth);
    maxY = caption.y + o.fontSize * 0.4;
  }
  const p = o.padding;
  const viewBox = [minX - p, minY - p, maxX - minX + 2 * p, maxY - minY + 2 * p] as const;

  const first = input.series[0];
  const ariaLabel =
    input.ariaLabel ??
    input.axes.map((a, i) => `${a.label}${first === undefined ? '' : ` ${first.values[i] === null || first.values[i] === undefined ? '–' : fmt(first.values[i] as number)}`}`).join(', ');
  return { viewBox, fontSize: o.fontSize, rings, spokes, labels, series, legend, caption, ariaLabel };
}

function placeSeries(
  s: SpiderWebSeries,
  si: number,
  input: SpiderWebInput,
  o: SpiderWebOptions,
  at: (i: number, v: number) => WebPoint,
  centre: number,
): PlacedSeries {
  const colour = s.colour ?? o.palette[si % o.palette.length] ?? '#000000';
  const key = (i: number): string => input.axes[i]?.key ?? String(i);
  const vertices = s.values.flatMap((v, i) => {
    if (v === null) return o.missing === 'centre' ? [{ ...at(i, centre), axis: key(i), value: centre, real: false }] : [];
    return [{ ...at(i, v), axis: key(i), value: v, real: true }];
  });
  let band: string | null = null;
  if (s.band !== undefined) {
    const outer: WebPoint[] = [];
    const inner: WebPoint[] = [];
    s.band.forEach((b, i) => {
      if (b === null) return;
      outer.push(at(i, b[1]));
      inner.push(at(i, b[0]));
    });
    const a = closedPath(outer);
    const b = closedPath(inner.reverse());
    band = a === null ? null : `${a}${b ?? ''}`;
  }
  const points = (s.points ?? []).flatMap((p) =>
    p.values.flatMap((v, i) => (v === null ? [] : [{ ...at(i, v), axis: key(i), value: v, who: p.label }])),
  );
  return {
    id: s.id,
    label: s.label,
    colour,
    lineFill: s.lineFill ?? 0,
    line: closedPath(vertices),
    band,
    markers: o.markers ? vertices.filter((v) => v.real).map(({ x, y, axis, value }) => ({ x, y, axis, value })) : [],
    points,
  };
}
