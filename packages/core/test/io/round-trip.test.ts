import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromGexf, fromGraphml, readMapDocument, toGexf, toGraphml } from '../../src/io/index';
import { parseMap } from '../../src/map/index';
import { arbMap } from '../map/arbitrary-map';

const EXAMPLE = parseMap(readFileSync(new URL('../../../../examples/maps/seeds-001-network-map.json', import.meta.url), 'utf8'));

describe('GraphML round trip', () => {
  it('map -> toGraphml -> fromGraphml gives the same example map', () => {
    expect(fromGraphml(toGraphml(EXAMPLE))).toEqual(EXAMPLE);
  });

  it('gives the same map for generated maps (Danish letters, markup, quotes, tabs, line breaks)', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        expect(fromGraphml(toGraphml(map))).toEqual(map);
      }),
      { numRuns: 300 },
    );
  });
});

describe('GEXF round trip', () => {
  it('map -> toGexf -> fromGexf gives the same example map', () => {
    expect(fromGexf(toGexf(EXAMPLE))).toEqual(EXAMPLE);
  });

  it('gives the same map for generated maps', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        expect(fromGexf(toGexf(map))).toEqual(map);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readMapDocument', () => {
  it('reads JSON, GraphML and GEXF to the same map, detecting the format from the content', () => {
    const json = readFileSync(new URL('../../../../examples/maps/seeds-001-network-map.json', import.meta.url), 'utf8');
    for (const text of [json, toGraphml(EXAMPLE), toGexf(EXAMPLE)]) {
      expect(readMapDocument(text, { file: 'x' })).toEqual(EXAMPLE);
    }
  });
});

describe('format versions in GraphML', () => {
  const graphml = (version: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="g0" for="graph" attr.name="schemaVersion" attr.type="int"/>
  <key id="n0" for="node" attr.name="x" attr.type="double"/>
  <key id="n1" for="node" attr.name="y" attr.type="double"/>
  <graph edgedefault="directed">
    <data key="g0">${version}</data>
    <node id="a"><data key="n0">0</data><data key="n1">-300</data></node>
    <node id="b"><data key="n0">150</data><data key="n1">0</data></node>
  </graph>
</graphml>`;

  it('reads a version 1 document (x, y in scene units) as version 2, positions converted with the ring gap 150', () => {
    const map = fromGraphml(graphml('1'));
    expect(map.schemaVersion).toBe(2);
    // (0, -300): 12 o'clock, two ring gaps; (150, 0): 3 o'clock, one ring gap
    expect(map.actors.map((a) => a.position)).toEqual([
      { angle: 0, distance: 2 },
      { angle: 90, distance: 1 },
    ]);
  });

  it('refuses a version it does not know', () => {
    expect(() => fromGraphml(graphml('3'))).toThrow(expect.objectContaining({ code: 'RELCAP_MAP_UNSUPPORTED_VERSION' }));
  });
});
