/**
 * Ring values of a web from `centre` to `max`: every whole value for a span up to 5 (1..5 for the
 * RC radar), every second for a span up to 10 (2, 4, 6, 8, 10, as on the guide's web), else about
 * five even steps; `max` is always a ring.
 *
 * @example
 * ```ts
 * defaultTicks(0, 10); // [2, 4, 6, 8, 10]
 * defaultTicks(0, 5); // [1, 2, 3, 4, 5]
 * ```
 */
export function defaultTicks(centre: number, max: number): number[] {
  const span = max - centre;
  if (!(span > 0) || !Number.isFinite(span)) return [];
  const step = span <= 5 ? 1 : span <= 10 ? 2 : Math.ceil(span / 5);
  const ticks: number[] = [];
  for (let v = max; v > centre + 1e-9 && ticks.length < 50; v -= step) ticks.unshift(v);
  return ticks;
}
