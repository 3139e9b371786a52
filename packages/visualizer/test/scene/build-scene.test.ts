import { readFileSync } from 'node:fs';
import { findGaps, type NetworkMap, parseMap } from '@relcap/core';
import { buildScene } from '../../src/scene/index';
import { describe, expect, it } from 'vitest';

const example = parseMap(readFileSync(new URL('../../../../examples/maps/seeds-001-network-map.json', import.meta.url), 'utf8'));

const countBy = (xs: readonly { style: string }[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const x of xs) out[x.style] = (out[x.style] ?? 0) + 1;
  return out;
};

describe('buildScene on the example map of the ministry guide', () => {
  const scene = buildScene(example, { seed: 1 });

  it('buildScene draws the 8 actors of the example map', () => {
    expect(scene.nodes.map((n) => n.id)).toEqual(['barn', 'sundhedsplejerske', 'skoleleder', 'laerer', 'paedagog', 'tandplejer', 'socialraadgiver', 'psykolog']);
  });

  it('buildScene styles each relation by its strength or RC band', () => {
    // Read by hand from examples/maps/seeds-001-network-map.json:
    // strong: r1, r2, r5, r6 (strength) + r12 (rated, mean (4+4.33+4.33+4.67+4.33+4+4.67)/7 = 30.33/7 = 4.33 > 4.0) = 5
    // moderate: r11 (rated, mean (3.25+3+3.75+3.5+4+2.75+4.25)/7 = 24.5/7 = 3.5, the band includes 3.5) = 1
    // weak: r3, r4, r7, r10 = 4; stressful: r8 = 1; missing: r9 = 1. Total 12, no gaps without the toggle.
    expect(countBy(scene.edges)).toEqual({ strong: 5, moderate: 1, weak: 4, stressful: 1, missing: 1 });
    expect(scene.edges.find((e) => e.id === 'r11')?.label).toBe('3,5');
    expect(scene.edges.find((e) => e.id === 'r12')?.rc).toBeCloseTo(30.33 / 7, 10);
  });

  it('buildScene puts the child at the centre (0, 0)', () => {
    const child = scene.nodes.find((n) => n.id === 'barn')!;
    expect([child.x, child.y, child.ring]).toEqual([0, 0, 0]);
  });

  it('buildScene puts universal services inside specialised services', () => {
    const dist = (id: string): number => {
      const n = scene.nodes.find((x) => x.id === id)!;
      return Math.hypot(n.x, n.y);
    };
    const universal = ['sundhedsplejerske', 'skoleleder', 'laerer', 'paedagog', 'tandplejer'];
    const specialised = ['socialraadgiver', 'psykolog'];
    expect(universal.map((id) => scene.nodes.find((n) => n.id === id)!.ring)).toEqual([2, 2, 2, 2, 2]);
    expect(specialised.map((id) => scene.nodes.find((n) => n.id === id)!.ring)).toEqual([3, 3]);
    expect(Math.max(...universal.map(dist))).toBeLessThan(Math.min(...specialised.map(dist)));
    // Rings drawn: family (empty, kept as a place to fill), universal, specialised; none outside.
    expect(scene.rings.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(scene.rings.map((r) => r.radius)).toEqual([...scene.rings.map((r) => r.radius)].sort((a, b) => a - b));
  });

  it('buildScene shapes actors by anchoring and marks the coordinator', () => {
    const shape = Object.fromEntries(scene.nodes.map((n) => [n.id, n.shape]));
    // permanent = square, fixed = oval, adhoc = diamond (Sønderborg's youth centre in the Danish inspiration catalogue); the child is a circle.
    expect(shape).toEqual({
      barn: 'circle',
      sundhedsplejerske: 'oval',
      skoleleder: 'square',
      laerer: 'square',
      paedagog: 'square',
      tandplejer: 'diamond',
      socialraadgiver: 'oval',
      psykolog: 'diamond',
    });
    expect(scene.nodes.filter((n) => n.coordinator).map((n) => n.id)).toEqual(['laerer']);
  });

  it('buildScene shows the profession in the chosen language when it differs from the label', () => {
    const en = buildScene(example, { lang: 'en' });
    expect(en.nodes.find((n) => n.id === 'laerer')?.sublabel).toBe('Teacher');
    expect(scene.nodes.find((n) => n.id === 'laerer')?.sublabel).toBeUndefined();
  });

  it('buildScene with showGaps adds exactly the findGaps pairs as gap edges', () => {
    const withGaps = buildScene(example, { showGaps: true });
    const gaps = withGaps.edges.filter((e) => e.gap);
    // 7 professionals = 21 pairs; linked pairs among them: laerer-paedagog, laerer-skoleleder,
    // skoleleder-psykolog, socialraadgiver-laerer, paedagog-sundhedsplejerske,
    // socialraadgiver-psykolog, laerer-psykolog = 7, so 21 - 7 = 14 gaps.
    expect(gaps).toHaveLength(14);
    expect(gaps.map((e) => [e.source, e.target])).toEqual(findGaps(example).map((g) => [g.a, g.b]));
    expect(new Set(gaps.map((e) => e.style))).toEqual(new Set(['gap']));
    expect(withGaps.edges.filter((e) => !e.gap)).toHaveLength(12);
  });

  it('buildScene curves the two directions of an asymmetric pair to opposite sides', () => {
    const r11 = scene.edges.find((e) => e.id === 'r11')!;
    const r12 = scene.edges.find((e) => e.id === 'r12')!;
    expect(r11.curvature).not.toBe(0);
    expect(r11.curvature).toBe(-r12.curvature);
    expect(scene.edges.find((e) => e.id === 'r1')?.curvature).toBe(0);
  });
});

describe('buildScene layout', () => {
  it('buildScene gives identical positions for the same seed', () => {
    const a = buildScene(example, { seed: 42 });
    const b = buildScene(example, { seed: 42 });
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
  });

  it('buildScene gives different positions for a different seed', () => {
    const a = buildScene(example, { seed: 1 });
    const b = buildScene(example, { seed: 2 });
    const moved = a.nodes.filter((n, i) => Math.hypot(n.x - b.nodes[i]!.x, n.y - b.nodes[i]!.y) > 1);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('buildScene respects pinned positions from options and from the map', () => {
    const fromOptions = buildScene(example, { positions: { laerer: { x: 123, y: -45 } } });
    const laerer = fromOptions.nodes.find((n) => n.id === 'laerer')!;
    expect([laerer.x, laerer.y, laerer.pinned]).toEqual([123, -45, true]);
    const pinnedMap: NetworkMap = {
      ...example,
      actors: example.actors.map((a) => (a.id === 'psykolog' ? { ...a, position: { angle: 270, distance: 2, pinned: true } } : a)),
    };
    const p = buildScene(pinnedMap).nodes.find((n) => n.id === 'psykolog')!;
    // 9 o'clock, two ring gaps (2 x 150) from the centre
    expect(p.x).toBeCloseTo(-300, 9);
    expect(p.y).toBeCloseTo(0, 9);
    expect(p.pinned).toBe(true);
  });
});

describe('buildScene on a role network', () => {
  const roles: NetworkMap = {
    schemaVersion: 2,
    type: 'roles',
    title: 'Roller',
    actors: [
      { id: 'Lærer', label: 'Lærer', kind: 'professional', profession: 'lærer' },
      { id: 'Pædagog', label: 'Pædagog', kind: 'professional', profession: 'pædagog' },
      { id: 'PPR', label: 'PPR', kind: 'professional' },
    ],
    relations: [
      { id: 't1', source: 'Lærer', target: 'Lærer', directed: true, kind: 'rated', ratings: { frequency: 4.5 }, rc: 4.5, n: 5 },
      { id: 't2', source: 'Lærer', target: 'Pædagog', directed: true, kind: 'rated', ratings: { frequency: 3 }, rc: 3.2, n: 4 },
      { id: 't3', source: 'Pædagog', target: 'Lærer', directed: true, kind: 'rated', ratings: {}, n: 2, suppressed: true },
      { id: 't4', source: 'PPR', target: 'Lærer', directed: true, kind: 'rated', ratings: { frequency: 3.8 }, rc: 3.8, n: 3 },
    ],
  };
  const scene = buildScene(roles);

  it('buildScene draws a within-role tie as a selfTie ring with its band', () => {
    expect(scene.nodes.find((n) => n.id === 'Lærer')?.selfTie).toEqual({ style: 'strong', rc: 4.5, n: 5 });
    expect(scene.edges.map((e) => e.id)).toEqual(['t2', 't3', 't4']);
  });

  it('buildScene draws a suppressed tie as unknown, never as missing', () => {
    expect(scene.edges.find((e) => e.id === 't3')).toMatchObject({ style: 'unknown', rc: null, label: '', n: 2 });
  });

  it('buildScene styles a rated tie by its band (3.2 weak, 3.8 moderate)', () => {
    expect(scene.edges.find((e) => e.id === 't2')?.style).toBe('weak');
    expect(scene.edges.find((e) => e.id === 't4')?.style).toBe('moderate');
  });

  it('buildScene puts roles on one circle without sector rings', () => {
    expect(scene.rings).toEqual([]);
    const d = scene.nodes.map((n) => Math.hypot(n.x, n.y));
    for (const x of d) expect(Math.abs(x - d[0]!)).toBeLessThan(5);
    expect(scene.nodes.every((n) => n.ring === -1)).toBe(true);
  });
});
