import { readFileSync } from 'node:fs';
import { type NetworkMap, OptionsError, parseMap, parseXml, validateMap, type XmlElement } from '@relcap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildScene } from '../../src/scene/index';
import { escapeMarkup, sceneToSvgString } from '../../src/svg-string/index';

const example = parseMap(readFileSync(new URL('../../../../examples/maps/seeds-001-network-map.json', import.meta.url), 'utf8'));

/** Every element below `root` (depth first), the root included. */
const all = (root: XmlElement): XmlElement[] => [root, ...root.children.flatMap(all)];
const having = (root: XmlElement, name: string, attr: string, value?: string): XmlElement[] =>
  all(root).filter((e) => e.name === name && (value === undefined ? attr in e.attrs : e.attrs[attr] === value));
const cls = (root: XmlElement, name: string, c: string): XmlElement[] =>
  all(root).filter((e) => e.name === name && (e.attrs.class ?? '').split(' ').includes(c));

describe('sceneToSvgString on the example map of the ministry guide', () => {
  const svg = sceneToSvgString(buildScene(example, { seed: 1 }), { idPrefix: 'ex' });
  const doc = parseXml(svg);

  it('sceneToSvgString writes well-formed XML with an <svg> root in the SVG namespace', () => {
    expect(doc.name).toBe('svg');
    expect(doc.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
  });

  it('sceneToSvgString draws one relation per style as the JSON gives them', () => {
    // Counted by hand from examples/maps/seeds-001-network-map.json:
    // strong: r1 r2 r5 r6 (strength) + r12 (rated, (4+4.33+4.33+4.67+4.33+4+4.67)/7 = 30.33/7 = 4.33 > 4.0) = 5
    // moderate: r11 (rated, (3.25+3+3.75+3.5+4+2.75+4.25)/7 = 24.5/7 = 3.5, in 3.5..4.0) = 1
    // weak: r3 r4 r7 r10 = 4; stressful: r8 = 1; missing: r9 = 1; 12 in all, no gaps without the toggle.
    const edges = cls(doc, 'g', 'relcap-edge');
    expect(edges).toHaveLength(12);
    const counts: Record<string, number> = {};
    for (const e of edges) counts[e.attrs['data-style']!] = (counts[e.attrs['data-style']!] ?? 0) + 1;
    expect(counts).toEqual({ strong: 5, moderate: 1, weak: 4, stressful: 1, missing: 1 });
  });

  it('sceneToSvgString gives each line its style: dash arrays, zig-zag, curves and arrows', () => {
    const line = (id: string): XmlElement => cls(having(doc, 'g', 'data-id', id)[0]!, 'path', 'relcap-line')[0]!;
    // strong r1: solid (no dash array), width 5; weak r3: dashed '7 6'; missing r9: dotted '0.1 8' with round caps.
    expect(line('r1').attrs['stroke-dasharray']).toBeUndefined();
    expect(line('r1').attrs['stroke-width']).toBe('5');
    expect(line('r3').attrs['stroke-dasharray']).toBe('7 6');
    expect([line('r9').attrs['stroke-dasharray'], line('r9').attrs['stroke-linecap']]).toEqual(['0.1 8', 'round']);
    // stressful r8: a zig-zag polyline (many L segments), not a single straight segment.
    expect((line('r8').attrs.d!.match(/L/g) ?? []).length).toBeGreaterThan(5);
    // r11 and r12 are the two directions of one pair: drawn apart as quadratic curves, with arrows.
    for (const id of ['r11', 'r12']) {
      expect(line(id).attrs.d).toMatch(/Q/);
      expect(line(id).attrs['marker-end']).toMatch(/^url\(#ex-arrow-/);
    }
    // the other ten relations are undirected and straight.
    expect(having(doc, 'path', 'marker-end')).toHaveLength(2);
    expect(cls(doc, 'path', 'relcap-line').filter((p) => /Q/.test(p.attrs.d!))).toHaveLength(2);
    // one arrow marker per line style (7), referenced by id.
    expect(all(doc).filter((e) => e.name === 'marker').map((m) => m.attrs.id)).toEqual([
      'ex-arrow-strong',
      'ex-arrow-moderate',
      'ex-arrow-weak',
      'ex-arrow-stressful',
      'ex-arrow-missing',
      'ex-arrow-gap',
      'ex-arrow-unknown',
    ]);
  });

  it('sceneToSvgString shapes actors by anchoring and marks the coordinator and authority', () => {
    // barn: circle; fixed (oval): sundhedsplejerske, socialraadgiver; permanent (square): skoleleder, laerer,
    // paedagog; ad hoc (diamond): tandplejer, psykolog. Coordinator: laerer. Authority: socialraadgiver.
    const nodes = cls(doc, 'g', 'relcap-node');
    const shapes: Record<string, number> = {};
    for (const n of nodes) shapes[n.attrs['data-shape']!] = (shapes[n.attrs['data-shape']!] ?? 0) + 1;
    expect(shapes).toEqual({ circle: 1, oval: 2, square: 3, diamond: 2 });
    expect(having(doc, 'g', 'data-coordinator', 'true').map((n) => n.attrs['data-id'])).toEqual(['laerer']);
    expect(cls(doc, 'path', 'relcap-coordinator-badge')).toHaveLength(1);
    expect(cls(doc, 'g', 'relcap-authority-badge')).toHaveLength(1);
    expect(cls(doc, 'text', 'relcap-label').map((t) => t.text)).toContain('Sundhedsplejerske');
  });

  it('sceneToSvgString draws the rings up to the outermost one in use, and the score labels', () => {
    // Sectors: universal (ring 2) holds 5 actors, specialised (ring 3) 2; ring 1 (family) is empty
    // but kept as a place to fill: rings 1, 2, 3.
    expect(cls(doc, 'circle', 'relcap-ring').map((c) => c.attrs['data-ring'])).toEqual(['1', '2', '3']);
    // Only the two rated relations carry a score: 3,5 (r11) and 4,3 (r12) in Danish.
    expect(having(doc, 'text', 'data-edge').map((t) => t.text).sort()).toEqual(['3,5', '4,3']);
  });

  it('sceneToSvgString adds the title and a legend with one row per entry', () => {
    expect(cls(doc, 'text', 'relcap-export-title')[0]?.text).toBe('Netværkskort: eksempel med otte aktører (2026-09)');
    // strong, moderate, weak, stressful, missing (eco-map styles + moderate present), arrow (directed
    // relations), square, oval, diamond, coordinator, authority (present): 11 rows.
    const rows = cls(doc, 'g', 'relcap-legend-row').map((r) => r.attrs['data-legend']);
    expect(rows).toEqual(['strong', 'moderate', 'weak', 'stressful', 'missing', 'arrow', 'shape', 'shape', 'shape', 'coordinator', 'authority']);
  });

  it('sceneToSvgString leaves out title and legend when asked', () => {
    const bare = parseXml(sceneToSvgString(buildScene(example, { seed: 1 }), { showTitle: false, legend: false }));
    expect(cls(bare, 'text', 'relcap-export-title')).toHaveLength(0);
    expect(cls(bare, 'g', 'relcap-legend')).toHaveLength(0);
  });
});

const rolesMap = (label: string, title: string): NetworkMap =>
  validateMap({
    schemaVersion: 1,
    type: 'roles',
    title,
    actors: [
      { id: 'a', label, kind: 'professional' },
      { id: 'b', label: 'Lærer & co', kind: 'professional' },
    ],
    relations: [
      { id: 't1', source: 'a', target: 'b', directed: true, kind: 'rated', ratings: {}, rc: 4.5, n: 3 },
      { id: 't2', source: 'b', target: 'a', directed: true, kind: 'rated', ratings: {}, n: 2, suppressed: true },
      { id: 't3', source: 'a', target: 'a', directed: true, kind: 'rated', ratings: {}, rc: 3.2, n: 4 },
    ],
  });

describe('sceneToSvgString keeps labels as text', () => {
  const label = '<script>alert(1)</script>';
  const svg = sceneToSvgString(buildScene(rolesMap(label, 'R&D <roles>'), { seed: 1, lang: 'en' }));

  it('sceneToSvgString escapes < and & in labels and titles, so no element comes from data', () => {
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('R&amp;D &lt;roles&gt;');
    expect(svg).toContain('Lærer &amp; co');
    const doc = parseXml(svg);
    expect(all(doc).some((e) => e.name === 'script')).toBe(false);
    expect(cls(doc, 'text', 'relcap-label').map((t) => t.text)).toEqual([label, 'Lærer & co']);
    expect(doc.children.find((c) => c.name === 'title')?.text).toBe('R&D <roles>');
  });

  it('sceneToSvgString draws a within-role tie as a ring in its style, with its score', () => {
    const doc = parseXml(svg);
    // t3: a -> a with rc 3.2 < 3.5: weak; t2 is suppressed: drawn as `unknown`, without a score.
    expect(cls(doc, 'circle', 'relcap-self-tie').map((c) => c.attrs['data-self-style'])).toEqual(['weak']);
    expect(cls(doc, 'text', 'relcap-self-score').map((t) => t.text)).toEqual(['3.2']);
    expect(cls(doc, 'g', 'relcap-edge').map((e) => e.attrs['data-style'])).toEqual(['strong', 'unknown']);
    expect(having(doc, 'text', 'data-edge').map((t) => t.text)).toEqual(['4.5']);
  });

  it('sceneToSvgString output parses and keeps any label as text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }), (raw) => {
        fc.pre(raw.trim() !== '');
        const doc = parseXml(sceneToSvgString(buildScene(rolesMap(raw, raw), { seed: 1, iterations: 10 })));
        const shown = cls(doc, 'text', 'relcap-label')[0]!.text;
        // XML normalises line ends on parsing; characters XML cannot hold are shown as U+FFFD.
        const expected = raw
          .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
          .replace(/\r\n?/g, '\n');
        expect(shown).toBe(expected);
        expect(all(doc).filter((e) => e.name === 'g' && e.attrs.class === 'relcap-node')).toHaveLength(2);
      }),
      { numRuns: 40 },
    );
  });
});

describe('escapeMarkup and options', () => {
  it.each([
    ['<b>', '&lt;b&gt;'],
    ['a & b', 'a &amp; b'],
    ['"q" \'s\'', '&quot;q&quot; &#39;s&#39;'],
    ['æøå', 'æøå'],
    ['bell\u0007', 'bell\ufffd'],
  ])('escapeMarkup(%j) is %j', (input, expected) => {
    expect(escapeMarkup(input)).toBe(expected);
  });

  it('sceneToSvgString refuses an id prefix that could break out of an attribute', () => {
    const scene = buildScene(example, { seed: 1 });
    expect(() => sceneToSvgString(scene, { idPrefix: 'a"><script>' })).toThrow(OptionsError);
    expect(() => sceneToSvgString(scene, { mapHeight: 0 })).toThrow(OptionsError);
  });
});
