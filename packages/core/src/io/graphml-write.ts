import type { NetworkMap } from '../map/types';
import {
  ACTOR_COLUMNS,
  type Cell,
  type Column,
  GRAPH_COLUMNS,
  RELATION_COLUMNS,
  ratingColumns,
  ratingKeys,
} from './map-columns';
import { attrs, cellText, tag } from './xml/xml-lines';

interface Key<T> {
  readonly id: string;
  readonly column: Column<T>;
}

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/**
 * Writes a map as GraphML 1.0, readable by networkx (`read_graphml`), Gephi, yEd and Cytoscape.
 * The graph is `edgedefault="directed"`; every relation is one `<edge>` (id = relation id) and a
 * mutual relation is marked by the boolean `directed` attribute being false (networkx rejects
 * per-edge `directed="false"`, so relcap does not use it). Attributes: actor `label`, `kind`,
 * `profession`, `organisation`, `sector`, `authority`, `anchoring`, `coordinator`, `notes`,
 * `angle`, `distance`, `pinned`, derived `x`, `y` (scene units at ring gap 150) and derived
 * `ring`; relation `directed`, `kind`, `strength`, `notes`, `action`, `action_who`,
 * `action_when`, `action_done`, `rc`, `n`,
 * `suppressed`, `dimensionSet`, one `rating_<dimension>` per dimension, and derived `band` and
 * `weight` (0 for a missing relation); map `schemaVersion`, `title`, `type`, `round`, `createdAt`,
 * `description`. Only attributes with a value somewhere are declared. `fromGraphml` reads it back
 * to an equal map. Throws `InterchangeError` for text XML cannot hold (control characters).
 *
 * @example
 * ```ts
 * writeFileSync('kort.graphml', toGraphml(map));
 * // python: nx.read_graphml('kort.graphml')
 * ```
 */
export function toGraphml(map: NetworkMap): string {
  const used = <T>(cols: readonly Column<T>[], items: readonly T[], prefix: string, always: string[] = []): Key<T>[] =>
    cols
      .filter((c) => always.includes(c.name) || items.some((x) => c.get(x) !== undefined))
      .map((column, i) => ({ id: `${prefix}${i}`, column }));
  const labelCol: Column<NetworkMap['actors'][number]> = { name: 'label', type: 'string', get: (a) => a.label };
  const graphKeys = used(GRAPH_COLUMNS, [map], 'g');
  const nodeKeys = used([labelCol, ...ACTOR_COLUMNS], map.actors, 'n', ['label', 'kind']);
  const edgeKeys = used([...RELATION_COLUMNS, ...ratingColumns(ratingKeys(map))], map.relations, 'e', ['directed', 'kind']);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd">`,
    '  <!-- Written by relcap (map format version 1). Mutual relations have directed=false. -->',
  ];
  const declare = (keys: Key<unknown>[], domain: string): void => {
    for (const k of keys) {
      lines.push(tag(1, 'key', { id: k.id, for: domain, 'attr.name': k.column.name, 'attr.type': k.column.type }, undefined, 'key'));
    }
  };
  declare(graphKeys as Key<unknown>[], 'graph');
  declare(nodeKeys as Key<unknown>[], 'node');
  declare(edgeKeys as Key<unknown>[], 'edge');
  lines.push('  <graph id="G" edgedefault="directed">');
  const data = <T>(keys: Key<T>[], item: T, depth: number, path: string): void => {
    for (const k of keys) {
      const v: Cell = k.column.get(item);
      if (v !== undefined) lines.push(tag(depth, 'data', { key: k.id }, cellText(v), path === '' ? k.column.name : `${path}.${k.column.name}`));
    }
  };
  data(graphKeys, map, 2, '');
  map.actors.forEach((a, i) => {
    lines.push(`    <node${attrs({ id: a.id }, `actors[${i}].id`)}>`);
    data(nodeKeys, a, 3, `actors[${i}]`);
    lines.push('    </node>');
  });
  map.relations.forEach((r, i) => {
    lines.push(`    <edge${attrs({ id: r.id, source: r.source, target: r.target }, `relations[${i}]`)}>`);
    data(edgeKeys, r, 3, `relations[${i}]`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
