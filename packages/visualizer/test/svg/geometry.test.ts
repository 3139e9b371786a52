import { describe, expect, it } from 'vitest';
import { controlPoint, edgeGeometry, nodeShapePath, viewBox } from '../../src/svg/index';

const node = (x: number, y: number) => ({ x, y, radius: 10, shape: 'circle' as const });

describe('nodeShapePath', () => {
  it.each([
    // square: half side 0.9 r = 18; diamond: half diagonal 1.3 r = 26; oval rx 1.35 r = 27, ry 0.82 r = 16.4
    ['square', 'M-18,-18 H18 V18 H-18 Z'],
    ['diamond', 'M0,-26 L26,0 L0,26 L-26,0 Z'],
    ['oval', 'M-27,0 A27,16.4 0 1,0 27,0 A27,16.4 0 1,0 -27,0 Z'],
    ['circle', 'M-20,0 A20,20 0 1,0 20,0 A20,20 0 1,0 -20,0 Z'],
  ] as const)('nodeShapePath draws a %s for r = 20', (shape, d) => {
    expect(nodeShapePath(shape, 20)).toBe(d);
  });
});

describe('edgeGeometry', () => {
  it('edgeGeometry draws a straight edge trimmed at both outlines', () => {
    // From (0,0) to (100,0), radius 10: starts at 10 + 2 = 12, ends at 100 - 10 - 0 = 90.
    const g = edgeGeometry({ source: 'a', target: 'b', curvature: 0 }, node(0, 0), node(100, 0), { zigzag: false, endGap: 0 });
    expect(g.d).toBe('M12,0 L90,0');
    // The label point is the curve at t = 0.5 with the control point kept at the centres' midpoint 50:
    // 0.25 * 12 + 0.5 * 50 + 0.25 * 90 = 3 + 25 + 22.5 = 50.5
    expect(g.mid.x).toBeCloseTo(50.5, 10);
  });

  it('controlPoint puts opposite curvatures of A->B and B->A on opposite sides', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    // canonical a -> b, left of (100, 0) in SVG coordinates is up (y < 0): 50 + 0.2 * (0, -100)
    expect(controlPoint({ source: 'a', target: 'b', curvature: 0.2 }, a, b)).toEqual({ x: 50, y: -20 });
    expect(controlPoint({ source: 'b', target: 'a', curvature: -0.2 }, b, a)).toEqual({ x: 50, y: 20 });
  });

  it('edgeGeometry draws a stressful relation as a zig-zag alternating around the line', () => {
    const g = edgeGeometry({ source: 'a', target: 'b', curvature: 0 }, node(0, 0), node(112, 0), { zigzag: true, endGap: 0, amplitude: 5, wavelength: 12 });
    const ys = [...g.d.matchAll(/L[-\d.]+,([-\d.]+)/g)].map((m) => Number(m[1]));
    // Length 112 - 12 - 10 = 90, steps of 6: 15 points after the start, the last on the line.
    expect(ys).toHaveLength(15);
    expect(ys.at(-1)).toBe(0);
    expect(ys.slice(0, -1).every((y, i) => Math.abs(y) === 5 && (i === 0 || Math.sign(y) !== Math.sign(ys[i - 1]!)))).toBe(true);
  });
});

describe('viewBox', () => {
  it('viewBox keeps a minimum size centred on a small scene', () => {
    expect(viewBox({ minX: -10, minY: -10, maxX: 10, maxY: 10 }, 0)).toBe('-500 -380 1000 760');
  });

  it('viewBox pads a large scene', () => {
    expect(viewBox({ minX: -600, minY: -500, maxX: 600, maxY: 500 }, 50)).toBe('-650 -550 1300 1100');
  });
});
