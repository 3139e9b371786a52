import { describe, expect, it } from 'vitest';
import { DEFAULT_LINE_STYLES } from '../../src/scene/line-styles';
import { linePattern, parseDash, WebglSceneError, ZIGZAG_AMPLITUDE } from '../../src/webgl/line-pattern';

describe('parseDash', () => {
  const cases: [string, readonly number[]][] = [
    ['', [0, 0, 0, 0]],
    ['none', [0, 0, 0, 0]],
    ['0 0', [0, 0, 0, 0]],
    ['6 4', [6, 4, 6, 4]],
    ['1,3', [1, 3, 1, 3]],
    // Odd length is repeated, as SVG does: "2" = "2 2".
    ['2', [2, 2, 2, 2]],
    ['10 4 2 4', [10, 4, 2, 4]],
    ['  0.1   8 ', [0.1, 8, 0.1, 8]],
  ];
  it.each(cases)('parseDash(%j) reads an SVG dasharray as on/off/on/off', (dash, expected) => {
    expect(parseDash(dash)).toEqual(expected);
  });

  it('parseDash rejects negative and non-numeric values with their location', () => {
    for (const bad of ['-1 2', 'a b', '3 x']) {
      let error: unknown;
      try {
        parseDash(bad, 'styles.weak.dash');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WebglSceneError);
      expect((error as WebglSceneError).code).toBe('RELCAP_WEBGL_BAD_DASH');
      expect((error as WebglSceneError).location).toMatchObject({ path: 'styles.weak.dash', value: bad });
    }
  });

  it('parseDash refuses patterns longer than the 4 slots of the edge program instead of cutting them', () => {
    // "1 2 3" repeats to 6 values; "1 2 3 4 5 6" has 6.
    for (const long of ['1 2 3', '1 2 3 4 5 6']) {
      expect(() => parseDash(long)).toThrow(expect.objectContaining({ code: 'RELCAP_WEBGL_DASH_TOO_LONG' }));
    }
  });
});

describe('linePattern', () => {
  it('linePattern gives every default style a pattern that differs from the others without colour', () => {
    const patterns = Object.values(DEFAULT_LINE_STYLES).map((s) => JSON.stringify({ ...linePattern(s), width: s.width }));
    // 7 styles; gap and missing share the dotted pattern but differ in width (2.5 vs 3.5).
    expect(new Set(patterns).size).toBe(7);
  });

  it('linePattern draws only zig-zag styles as a zig-zag', () => {
    expect(linePattern(DEFAULT_LINE_STYLES.stressful).zigzag).toBe(ZIGZAG_AMPLITUDE);
    expect(linePattern(DEFAULT_LINE_STYLES.strong)).toEqual({ dash: [0, 0, 0, 0], zigzag: 0 });
  });
});
