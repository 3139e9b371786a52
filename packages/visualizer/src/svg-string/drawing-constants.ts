// The few drawing constants and helpers the string renderer shares with the d3 renderer. They
// live in modules that import d3-selection and DOM types (svg/draw-node.ts, svg/draw-scene.ts,
// svg/markers.ts, ui/draw-legend.ts), so they are restated here to keep the Node entry's
// import graph free of DOM code; test/svg-string checks that both stay equal.
import type { LineStyleKey } from '../scene/types';

/** Font stack of every text (as `FONT_FAMILY` of the d3 renderer): system fonts only, nothing is fetched. */
export const SVG_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

/** Height of one legend row and width of the legend box (as `LEGEND_ROW`, `LEGEND_WIDTH`). */
export const SVG_LEGEND_ROW = 26;
export const SVG_LEGEND_WIDTH = 330;

/** Five-pointed star centred on (0, 0) with outer radius r: the coordinator's badge (as `starPath`). */
export function coordinatorStarPath(r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    pts.push(`${(Math.cos(a) * rr).toFixed(2)},${(Math.sin(a) * rr).toFixed(2)}`);
  }
  return `M${pts.join(' L')} Z`;
}

/** Id of the arrow-head marker of a style, unique per drawing (as `markerId`). */
export function arrowMarkerId(prefix: string, style: LineStyleKey): string {
  return `${prefix}-arrow-${style}`;
}
