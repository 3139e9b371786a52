import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromGexf, fromGraphml, fromKumu, InterchangeError, readMapDocument } from '../../src/io/index';
import { MapValidationError } from '../../src/errors/index';

const fixture = (name: string): string => readFileSync(new URL(`../../../../tests/fixtures/maps/${name}`, import.meta.url), 'utf8');

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('fromGraphml on a file written by networkx', () => {
  // Generated with networkx 3.6.1:
  //   G = nx.Graph(name='Skolenetværk')
  //   G.add_node('laerer', label='Lærer', kind='professional', profession='lærer')
  //   G.add_node('ppr', label='PPR-psykolog', kind='professional'); G.add_node('mor', label='Mor', kind='family')
  //   G.add_node('sfo'); G.add_edge('laerer', 'ppr', strength='weak', weight=0.33)
  //   G.add_edge('laerer', 'mor', strength='strong'); G.add_edge('ppr', 'sfo')
  //   nx.write_graphml(G, 'networkx-undirected.graphml')
  const map = fromGraphml(fixture('networkx-undirected.graphml'), { file: 'networkx-undirected.graphml' });

  it('takes the title from the graph name and the actors from the nodes, with defaults for bare nodes', () => {
    expect(map.title).toBe('Skolenetværk');
    expect(map.type).toBe('child');
    expect(map.actors).toEqual([
      { id: 'laerer', label: 'Lærer', kind: 'professional', profession: 'lærer' },
      { id: 'ppr', label: 'PPR-psykolog', kind: 'professional' },
      { id: 'mor', label: 'Mor', kind: 'family' },
      { id: 'sfo', label: 'sfo', kind: 'professional' },
    ]);
  });

  it('makes undirected edges mutual strength relations, an edge without strength strong, and ids e1, e2, ...', () => {
    expect(map.relations).toEqual([
      { id: 'e1', source: 'laerer', target: 'ppr', directed: false, kind: 'strength', strength: 'weak' },
      { id: 'e2', source: 'laerer', target: 'mor', directed: false, kind: 'strength', strength: 'strong' },
      { id: 'e3', source: 'ppr', target: 'sfo', directed: false, kind: 'strength', strength: 'strong' },
    ]);
  });

  it('honours import defaults', () => {
    const m = fromGraphml(fixture('networkx-undirected.graphml'), { defaults: { strength: 'weak', actorKind: 'organisation' } });
    expect(m.relations[2]).toMatchObject({ strength: 'weak' });
    expect(m.actors[3]).toMatchObject({ kind: 'organisation' });
  });
});

describe('fromGexf on a Gephi-style file', () => {
  const map = fromGexf(fixture('gephi-style.gexf'));

  it('reads labels, positions, attribute defaults and mixed edge types', () => {
    expect(map.title).toBe('Imported map');
    expect(map.actors.map(({ position: _, ...a }) => a)).toEqual([
      { id: '0', label: 'Sundhedsplejerske', kind: 'professional' },
      { id: '1', label: 'Pædagog', kind: 'professional' },
      { id: '2', label: 'Barn', kind: 'child' },
    ]);
    // viz:position x,y (scene units, y down, ring gap 150) as angle clockwise from 12 o'clock and
    // distance in ring units: (-12.5, 40.25) lies below and a little left of the centre.
    const deg = (rad: number): number => (rad * 180) / Math.PI;
    const expected = [
      [180 + deg(Math.atan(12.5 / 40.25)), Math.hypot(12.5, 40.25) / 150],
      [deg(Math.atan(3 / 7)), Math.hypot(3, 7) / 150],
      [0, 0],
    ];
    map.actors.forEach((a, i) => {
      expect(a.position?.angle).toBeCloseTo(expected[i]![0]!, 9);
      expect(a.position?.distance).toBeCloseTo(expected[i]![1]!, 12);
    });
    expect(map.relations).toEqual([
      { id: '0', source: '0', target: '1', directed: false, kind: 'strength', strength: 'weak' },
      { id: '1', source: '2', target: '1', directed: true, kind: 'strength', strength: 'strong' },
    ]);
  });

  it('is detected as GEXF by readMapDocument', () => {
    expect(readMapDocument(fixture('gephi-style.gexf')).actors).toHaveLength(3);
  });
});

describe('fromKumu on Danish semicolon sheets without IDs', () => {
  const map = fromKumu({ elements: fixture('kumu-semicolon/elements.csv'), connections: fixture('kumu-semicolon/connections.csv') });

  it('uses labels as ids, a profession as Type, and Description as notes', () => {
    expect(map.actors).toEqual([
      { id: 'Lærer', label: 'Lærer', kind: 'professional', profession: 'Lærer', notes: 'Klasselærer i 3.b' },
      { id: 'PPR-psykolog', label: 'PPR-psykolog', kind: 'professional', profession: 'Psykolog' },
      { id: 'Mor', label: 'Mor', kind: 'family' },
    ]);
  });

  it('reads mutual as undirected and an empty Type as strong', () => {
    expect(map.relations).toEqual([
      { id: 'c1', source: 'Lærer', target: 'PPR-psykolog', directed: false, kind: 'strength', strength: 'weak' },
      { id: 'c2', source: 'Mor', target: 'Lærer', directed: true, kind: 'strength', strength: 'strong' },
    ]);
  });
});

describe('importer errors', () => {
  it('reports an XML syntax error with line and column', () => {
    const e = thrown(() => fromGraphml('<graphml>\n  <graph>\n    <node id="a">\n  </graph>\n</graphml>', { file: 'x.graphml' }));
    expect(e).toBeInstanceOf(InterchangeError);
    expect((e as InterchangeError).location).toMatchObject({ file: 'x.graphml', line: 4, column: '3' });
  });

  it('reports data for an undeclared GraphML key at its line', () => {
    const e = thrown(() => fromGraphml('<graphml>\n<graph edgedefault="directed">\n<node id="a"><data key="k9">x</data></node>\n</graph>\n</graphml>'));
    expect((e as InterchangeError).code).toBe('RELCAP_GRAPHML_STRUCTURE');
    expect((e as InterchangeError).location).toMatchObject({ line: 3, value: 'k9' });
  });

  it('reports a value that does not fit its declared type', () => {
    const xml =
      '<graphml><key id="w" for="edge" attr.name="rc" attr.type="double"/><graph edgedefault="directed">' +
      '<node id="a"/><node id="b"/>\n<edge source="a" target="b"><data key="w">high</data></edge></graph></graphml>';
    const e = thrown(() => fromGraphml(xml));
    expect((e as InterchangeError).code).toBe('RELCAP_INTERCHANGE_BAD_VALUE');
    expect((e as InterchangeError).location).toMatchObject({ line: 2, column: 'rc', value: 'high' });
  });

  it('passes an imported document through map validation (an edge to an unknown node)', () => {
    const e = thrown(() => fromGraphml('<graphml><graph edgedefault="directed"><node id="a"/><edge source="a" target="zz"/></graph></graphml>', { file: 'f.graphml' }));
    expect(e).toBeInstanceOf(MapValidationError);
    expect((e as MapValidationError).location).toMatchObject({ file: 'f.graphml', path: 'relations[0].target', value: 'zz' });
  });

  it('rejects a document of another format', () => {
    const e = thrown(() => readMapDocument('<svg></svg>', { file: 'a.svg' }));
    expect((e as InterchangeError).code).toBe('RELCAP_UNKNOWN_MAP_FORMAT');
    expect(thrown(() => fromGexf('<graphml/>'))).toBeInstanceOf(InterchangeError);
  });

  it('reports a Kumu cell that is not a boolean with its sheet line and column', () => {
    const e = thrown(() => fromKumu({ elements: 'ID,Label,Coordinator\r\na,A,yes\r\n', connections: 'From,To\r\n' }));
    expect((e as InterchangeError).location).toMatchObject({ line: 2, column: 'coordinator', value: 'yes' });
  });
});
