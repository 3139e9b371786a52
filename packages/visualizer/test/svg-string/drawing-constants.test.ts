import { describe, expect, it } from 'vitest';
import { LINE_STYLE_KEYS } from '../../src/scene/line-styles';
import { starPath } from '../../src/svg/draw-node';
import { FONT_FAMILY } from '../../src/svg/draw-scene';
import { markerId } from '../../src/svg/markers';
import {
  arrowMarkerId,
  coordinatorStarPath,
  SVG_FONT_FAMILY,
  SVG_LEGEND_ROW,
  SVG_LEGEND_WIDTH,
} from '../../src/svg-string/drawing-constants';
import { LEGEND_ROW, LEGEND_WIDTH } from '../../src/ui/draw-legend';

describe('the string renderer draws with the d3 renderer\'s constants', () => {
  it('drawing constants equal the d3 renderer\'s font, legend size, star and marker ids', () => {
    expect(SVG_FONT_FAMILY).toBe(FONT_FAMILY);
    expect([SVG_LEGEND_ROW, SVG_LEGEND_WIDTH]).toEqual([LEGEND_ROW, LEGEND_WIDTH]);
    for (const r of [9, 10, 11]) expect(coordinatorStarPath(r)).toBe(starPath(r));
    for (const k of LINE_STYLE_KEYS) expect(arrowMarkerId('p', k)).toBe(markerId('p', k));
  });
});
