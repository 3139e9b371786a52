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
