import { V1_RING_GAP, xyFromPolar } from '../map/position';
import type { Actor, NetworkMap, Relation } from '../map/types';
import { relationWeight } from '../network/tie-weight';
import { ACTOR_COLUMNS, type Column, GRAPH_COLUMNS, RELATION_COLUMNS, ratingColumns, ratingKeys } from './map-columns';
import { attrs, cellText, tag } from './xml/xml-lines';

const GEXF_NS = 'http://gexf.net/1.3';
const GEXF_TYPE: Record<string, string> = { string: 'string', boolean: 'boolean', int: 'integer', double: 'double' };

/**
 * Writes a map as GEXF 1.3, Gephi's own format. Each actor is a `<node>` (id, `label`, the actor
 * attributes as `<attvalue>`s (the position as `angle`, `distance`, `pinned`), and
 * `<viz:position>` when the actor has a position: x,y in scene units at the version 1 ring gap
 * (150), for Gephi; `fromGexf` reads `angle` and `distance` when present, else `viz:position`). Each relation is one `<edge>` with `type="directed"` or `"undirected"` (Gephi shows
 * a mixed graph), `weight` = the tie weight (0 for a missing relation) and the relation attributes,
 * including one `rating_<dimension>` per dimension and the derived `band`. Attribute ids are
 * numbers (`0`, `1`, ...) with the name in `title`, as Gephi writes them. The map's title, type,
 * round, createdAt, schemaVersion and description are written as `<meta>` children (as
 * graphology-gexf does). `fromGexf` reads it back to an equal map. Positions that are exact in
 * JSON stay exact (numbers are written with full precision).
 *
 * @example
 * ```ts
 * writeFileSync('kort.gexf', toGexf(map)); // File > Open in Gephi
 * ```
 */
export function toGexf(map: NetworkMap): string {
  const nodeCols = ACTOR_COLUMNS.filter((c) => c.name !== 'x' && c.name !== 'y' && map.actors.some((a) => c.get(a) !== undefined));
  const edgeCols = [...RELATION_COLUMNS, ...ratingColumns(ratingKeys(map))].filter(
    (c) => c.name !== 'weight' && c.name !== 'directed' && map.relations.some((r) => c.get(r) !== undefined),
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NS}" xmlns:viz="${GEXF_NS}/viz" version="1.3">`,
    '  <meta>',
    tag(2, 'creator', {}, 'relcap'),
  ];
  for (const c of GRAPH_COLUMNS) {
    const v = c.get(map);
    if (v !== undefined) lines.push(tag(2, c.name, {}, cellText(v), c.name));
  }
  lines.push('  </meta>', '  <graph defaultedgetype="directed" mode="static">');
  const declare = <T>(cols: readonly Column<T>[], cls: string, prefix: string): void => {
    lines.push(`    <attributes class="${cls}">`);
    cols.forEach((c, i) => {
      lines.push(tag(3, 'attribute', { id: `${prefix}${i}`, title: c.name, type: GEXF_TYPE[c.type] }, undefined, 'attribute'));
    });
    lines.push('    </attributes>');
  };
  declare(nodeCols, 'node', '');
  declare(edgeCols, 'edge', '');
  const attvalues = <T>(cols: readonly Column<T>[], item: T, prefix: string, path: string): void => {
    const vals = cols.map((c, i) => [c, i, c.get(item)] as const).filter(([, , v]) => v !== undefined);
    if (vals.length === 0) return;
    lines.push('        <attvalues>');
    for (const [c, i, v] of vals) {
      lines.push(tag(5, 'attvalue', { for: `${prefix}${i}`, value: cellText(v!) }, undefined, `${path}.${c.name}`));
    }
    lines.push('        </attvalues>');
  };
  lines.push('    <nodes>');
  map.actors.forEach((a: Actor, i) => {
    lines.push(`      <node${attrs({ id: a.id, label: a.label }, `actors[${i}]`)}>`);
    attvalues(nodeCols, a, '', `actors[${i}]`);
    if (a.position !== undefined) {
      const { x, y } = xyFromPolar(a.position, V1_RING_GAP);
      lines.push(tag(4, 'viz:position', { x, y, z: 0 }, undefined));
    }
    lines.push('      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  map.relations.forEach((r: Relation, i) => {
    const a = { id: r.id, source: r.source, target: r.target, type: r.directed ? 'directed' : 'undirected', weight: relationWeight(r) ?? 0 };
    lines.push(`      <edge${attrs(a, `relations[${i}]`)}>`);
    attvalues(edgeCols, r, '', `relations[${i}]`);
    lines.push('      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
