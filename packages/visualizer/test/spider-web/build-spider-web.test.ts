import { OptionsError } from '@relcap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSpiderWeb, defaultTicks, wrapLabel } from '../../src/spider-web/index';

const axes = (n: number, label = (i: number) => `Axis ${i + 1}`) => Array.from({ length: n }, (_, i) => ({ key: `a${i}`, label: label(i) }));
const TOL = 1e-9;

describe('defaultTicks', () => {
  it.each([
    [0, 10, [2, 4, 6, 8, 10]],
    [0, 5, [1, 2, 3, 4, 5]],
    [1, 10, [2, 4, 6, 8, 10]],
    [0, 100, [20, 40, 60, 80, 100]],
  ])('defaultTicks(%i, %i) is %j', (centre, max, want) => {
    expect(defaultTicks(centre, max)).toEqual(want);
  });
});

describe('wrapLabel', () => {
  it('wraps at spaces within the width', () => {
    expect(wrapLabel('We know what our shared task in early support is.', 20, 3)).toEqual(['We know what our', 'shared task in early', 'support is.']);
  });

  it('cuts a word longer than the width and ends an overflowing label with an ellipsis', () => {
    expect(wrapLabel('Tværprofessionelt', 10, 3)).toEqual(['Tværprofes', 'sionelt']);
    expect(wrapLabel('a b c d e f', 1, 2)).toEqual(['a', '…']);
    expect(wrapLabel('one two three four', 9, 1)).toEqual(['one two…']);
  });

  it('keeps every line within the width and at most the lines asked for', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 6 }), (text, w, l) => {
        const lines = wrapLabel(text, w, l);
        return lines.length <= l && lines.every((x) => x.length <= w);
      }),
    );
  });
});

describe('buildSpiderWeb', () => {
  it('puts rings at 2, 4, 6, 8, 10 on a 0..10 scale, spaced evenly to the radius', () => {
    const web = buildSpiderWeb({ axes: axes(5), series: [], max: 10 }, { radius: 100 });
    expect(web.rings.map((r) => [r.value, r.r])).toEqual([
      [2, 20],
      [4, 40],
      [6, 60],
      [8, 80],
      [10, 100],
    ]);
    expect(web.rings[0]!.label?.text).toBe('2');
  });

  it('places axis i at 2πi/N clockwise from the top', () => {
    const web = buildSpiderWeb({ axes: axes(4), series: [], max: 10 }, { radius: 100 });
    const got = web.spokes.map((s) => [s.x, s.y]);
    const want = [
      [0, -100],
      [100, 0],
      [0, 100],
      [-100, 0],
    ];
    got.forEach(([x, y], i) => {
      expect(Math.abs(x! - want[i]![0]!)).toBeLessThan(TOL);
      expect(Math.abs(y! - want[i]![1]!)).toBeLessThan(TOL);
    });
  });

  it('draws the median line, the band and the dots at their radii', () => {
    // 4 axes, radius 100 on 0..10: value v sits at 10·v from the centre.
    const web = buildSpiderWeb(
      { axes: axes(4), series: [{ id: 'r1', label: 'March', values: [5, 10, 0, 2], band: [[4, 6], [8, 10], null, [1, 3]] }], max: 10 },
      { radius: 100 },
    );
    const s = web.series[0]!;
    expect(s.line).toBe('M0,-50L100,0L0,0L-20,0Z');
    expect(s.band).toBe('M0,-60L100,0L-30,0ZM-10,0L80,0L0,-40Z');
    expect(s.markers.map((m) => m.value)).toEqual([5, 10, 0, 2]);
  });

  it('leaves a missing value out of the line, or draws it at the centre when asked', () => {
    const input = { axes: axes(4), series: [{ id: 'r', label: 'r', values: [5, null, 5, 5] }], max: 10 };
    expect(buildSpiderWeb(input, { radius: 100 }).series[0]!.line).toBe('M0,-50L0,50L-50,0Z');
    expect(buildSpiderWeb(input, { radius: 100, missing: 'centre' }).series[0]!.line).toBe('M0,-50L0,0L0,50L-50,0Z');
  });

  it('gives each series its own colour and a legend for two or more', () => {
    const web = buildSpiderWeb({ axes: axes(3), series: ['a', 'b'].map((id) => ({ id, label: id, values: [1, 2, 3] })), max: 10 });
    expect(web.series.map((s) => s.colour)).toEqual(['#0072b2', '#d55e00']);
    expect(web.legend.map((l) => l.text)).toEqual(['a', 'b']);
    expect(buildSpiderWeb({ axes: axes(3), series: [{ id: 'a', label: 'a', values: [1, 2, 3] }], max: 10 }).legend).toEqual([]);
  });

  it('draws participant points where they rated', () => {
    const web = buildSpiderWeb({ axes: axes(3), series: [{ id: 'r', label: 'r', values: [5, 5, 5], points: [{ label: '#1', values: [4, null, 6] }] }], max: 10 });
    expect(web.series[0]!.points.map((p) => [p.axis, p.value, p.who])).toEqual([
      ['a0', 4, '#1'],
      ['a2', 6, '#1'],
    ]);
  });

  it('refuses values outside the scale and wrong lengths, never clamping', () => {
    const one = (values: (number | null)[]) => () => buildSpiderWeb({ axes: axes(3), series: [{ id: 'r', label: 'r', values }], max: 10 });
    expect(one([11, 1, 1])).toThrow(OptionsError);
    expect(one([-1, 1, 1])).toThrow(OptionsError);
    expect(one([Number.NaN, 1, 1])).toThrow(OptionsError);
    expect(one([1, 1])).toThrow(OptionsError);
    expect(() => buildSpiderWeb({ axes: axes(3), series: [{ id: 'r', label: 'r', values: [1, 1, 1], band: [[5, 4], null, null] }], max: 10 })).toThrow(OptionsError);
    expect(() => buildSpiderWeb({ axes: axes(301), series: [], max: 10 })).toThrow(OptionsError);
    expect(() => buildSpiderWeb({ axes: axes(3), series: [], max: 10, ticks: [2, 12] })).toThrow(OptionsError);
    expect(() => buildSpiderWeb({ axes: axes(3), series: [], max: 10, centre: Number.NaN })).toThrow(OptionsError);
  });

  it('keeps every label and ring inside the viewBox (nothing clipped), whatever the labels', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.array(fc.string({ maxLength: 90 }), { minLength: 24, maxLength: 24 }), (n, texts) => {
        const o = { fontSize: 11, charWidth: 0.6, radius: 120 };
        const web = buildSpiderWeb({ axes: axes(n, (i) => texts[i] ?? ''), series: [], max: 10 }, o);
        const [x, y, w, h] = web.viewBox;
        const inside = (px: number, py: number) => px >= x - TOL && px <= x + w + TOL && py >= y - TOL && py <= y + h + TOL;
        if (!inside(-120, -120) || !inside(120, 120)) return false;
        return web.labels.every((l) => {
          const width = Math.max(0, ...l.lines.map((t) => t.length)) * o.fontSize * o.charWidth;
          const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
          const bottom = l.y + (l.lines.length - 1) * l.lineHeight;
          return inside(x0, l.y - o.fontSize) && inside(x0 + width, bottom);
        });
      }),
    );
  });

  it('anchors labels away from the web: start on the right, end on the left, middle at top and bottom', () => {
    const web = buildSpiderWeb({ axes: axes(4), series: [], max: 10 });
    expect(web.labels.map((l) => l.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
  });
});
