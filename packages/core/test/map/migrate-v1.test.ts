import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAngle, parseMapWithNotes, polarFromXY, V1_RING_GAP, validateMapWithNotes, xyFromPolar } from '../../src/map/index';

const V1 = {
  schemaVersion: 1,
  title: 'Kort fra version 1',
  type: 'child',
  actors: [
    { id: 'barn', label: 'Barn', kind: 'child', position: { x: 0, y: 0, pinned: true } },
    { id: 'mor', label: 'Mor', kind: 'family', position: { x: 150, y: 0 } },
    { id: 'l', label: 'Lærer', kind: 'professional', position: { x: 0, y: -300, pinned: false } },
    { id: 's', label: 'Socialrådgiver', kind: 'professional', position: { x: -150, y: 150 } },
    { id: 'p', label: 'Pædagog', kind: 'professional' },
  ],
  relations: [],
};

describe('reading a version 1 map', () => {
  it('converts x,y (scene units, y down, ring gap 150) to angle clockwise from 12 and ring distance', () => {
    const { map } = validateMapWithNotes(V1);
    expect(map.schemaVersion).toBe(2);
    const pos = Object.fromEntries(map.actors.map((a) => [a.id, a.position]));
    expect(pos.barn).toEqual({ angle: 0, distance: 0, pinned: true });
    expect(pos.mor).toEqual({ angle: 90, distance: 1 }); // 3 o'clock, the first ring
    expect(pos.l).toEqual({ angle: 0, distance: 2, pinned: false }); // 12 o'clock, the second ring
    expect(pos.s?.angle).toBeCloseTo(225, 12); // down-left: half-way from 6 to 9 o'clock
    expect(pos.s?.distance).toBeCloseTo(Math.SQRT2, 12);
    expect(pos.p).toBeUndefined();
  });

  it('reports one migration note that counts the converted positions', () => {
    const { notes } = parseMapWithNotes(JSON.stringify(V1));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'RELCAP_MAP_MIGRATED', from: 1, to: 2 });
    expect(notes[0]?.message).toMatch(/4 saved position\(s\) converted/);
  });

  it('reports no note for a map in the current version', () => {
    const { map } = validateMapWithNotes(V1);
    expect(validateMapWithNotes(JSON.parse(JSON.stringify(map))).notes).toEqual([]);
  });
});

describe('polarFromXY and xyFromPolar', () => {
  it.each([
    [0, -150, 0, 1],
    [150, 0, 90, 1],
    [0, 150, 180, 1],
    [-150, 0, 270, 1],
    [0, 0, 0, 0],
  ])('(%d, %d) is angle %d, distance %d at ring gap 150', (x, y, angle, distance) => {
    expect(polarFromXY(x, y, V1_RING_GAP)).toEqual({ angle, distance });
  });

  it('are inverse to each other (within 1e-9 scene units) and the angle stays in [0, 360)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: 1, max: 500, noNaN: true }), (x, y, gap) => {
        const p = polarFromXY(x, y, gap);
        expect(p.angle).toBeGreaterThanOrEqual(0);
        expect(p.angle).toBeLessThan(360);
        const back = xyFromPolar(p, gap);
        expect(Math.abs(back.x - x)).toBeLessThan(1e-9 * Math.max(1, Math.abs(x), Math.abs(y)));
        expect(Math.abs(back.y - y)).toBeLessThan(1e-9 * Math.max(1, Math.abs(x), Math.abs(y)));
      }),
    );
  });

  it('normaliseAngle brings any angle into [0, 360)', () => {
    expect([-90, 360, 725, -0, -1e-15, 359.5].map(normaliseAngle)).toEqual([270, 0, 5, 0, 0, 359.5]);
  });
});
