import type { NetworkMap } from '../map/types';
import { validateMap } from '../map/validate-map';
import type { MapImportOptions } from './graphml-read';
import { InterchangeError } from './interchange-error';
import type { Cell } from './map-columns';
import { actorFromValues, DEFAULT_IMPORT_DEFAULTS, importedVersion, relationFromValues } from './map-from-values';
import { childrenNamed, parseXml, type XmlElement } from './xml/parse-xml';
import { typedValue } from './xml/typed-value';

interface AttrDecl {
  readonly title: string;
  readonly type: string;
  readonly fallback?: string;
}

/**
 * Reads GEXF (1.1 to 1.3; as written by {@link toGexf} or by Gephi) into a validated map. Node
 * `label` is the actor label; attributes are matched by their `title`; `viz:position` gives the
 * position; an edge's direction comes from its `type` (`undirected` and `mutual` are mutual),
 * else the graph's `defaultedgetype`. Meta children `title`, `type`, `round`, `createdAt`,
 * `schemaVersion` and `description` fill the map fields. Other rules as `fromGraphml`.
 *
 * @example
 * ```ts
 * const map = fromGexf(readFileSync('kort.gexf', 'utf8'), { file: 'kort.gexf' });
 * ```
 */
export function fromGexf(text: string, options: MapImportOptions = {}): NetworkMap {
  const { file } = options;
  const d = { ...DEFAULT_IMPORT_DEFAULTS, ...options.defaults };
  const root = parseXml(text, file);
  const fail = (el: XmlElement, message: string, expected: string, value?: string): never => {
    throw new InterchangeError('RELCAP_GEXF_STRUCTURE', `gexf: ${message}`, {
      ...(file !== undefined ? { file } : {}),
      line: el.line,
      ...(value !== undefined ? { value } : {}),
      expected,
    });
  };
  if (root.local !== 'gexf') fail(root, 'the root element is not <gexf>', '<gexf>', root.name);
  const graph = childrenNamed(root, 'graph')[0] ?? fail(root, 'no <graph> element', 'a <graph> element');
  const meta: Record<string, string> = {};
  for (const m of childrenNamed(root, 'meta')[0]?.children ?? []) meta[m.local.toLowerCase()] = m.text;
  const decls = (cls: string): Map<string, AttrDecl> => {
    const out = new Map<string, AttrDecl>();
    for (const block of childrenNamed(graph, 'attributes').filter((b) => b.attrs.class === cls)) {
      for (const a of childrenNamed(block, 'attribute')) {
        const id = a.attrs.id ?? fail(a, '<attribute> without an id', 'an id attribute');
        const def = childrenNamed(a, 'default')[0];
        out.set(id, { title: a.attrs.title ?? id, type: a.attrs.type ?? 'string', ...(def !== undefined ? { fallback: def.text } : {}) });
      }
    }
    return out;
  };
  const nodeDecls = decls('node');
  const edgeDecls = decls('edge');
  const values = (el: XmlElement, ds: Map<string, AttrDecl>): Record<string, Cell> => {
    const out: Record<string, Cell> = {};
    for (const [, a] of ds) if (a.fallback !== undefined) out[a.title] = typedValue(a.fallback, a.type, el, a.title, file);
    for (const av of childrenNamed(el, 'attvalues').flatMap((b) => childrenNamed(b, 'attvalue'))) {
      const ref = av.attrs.for ?? av.attrs.id ?? '';
      const a = ds.get(ref) ?? fail(av, 'an <attvalue> refers to an undeclared attribute', 'an attribute declared in <attributes>', ref);
      out[a.title] = typedValue(av.attrs.value ?? '', a.type, av, a.title, file);
    }
    return out;
  };
  const actors = childrenNamed(graph, 'nodes').flatMap((b) => childrenNamed(b, 'node')).map((n) => {
    const id = n.attrs.id ?? fail(n, '<node> without an id', 'an id attribute');
    const v = values(n, nodeDecls);
    const pos = childrenNamed(n, 'position')[0];
    if (pos !== undefined && v.angle === undefined && v.distance === undefined) {
      v.x = typedValue(pos.attrs.x ?? '', 'double', pos, 'x', file);
      v.y = typedValue(pos.attrs.y ?? '', 'double', pos, 'y', file);
    }
    return actorFromValues(id, n.attrs.label, v, d);
  });
  const defaultDirected = (graph.attrs.defaultedgetype ?? 'undirected') === 'directed';
  const edges = childrenNamed(graph, 'edges').flatMap((b) => childrenNamed(b, 'edge'));
  const taken = new Set(edges.map((e) => e.attrs.id).filter((x): x is string => x !== undefined));
  let next = 1;
  const relations = edges.map((e) => {
    let id = e.attrs.id;
    if (id === undefined) {
      while (taken.has(`e${next}`)) next++;
      id = `e${next++}`;
    }
    const source = e.attrs.source ?? fail(e, '<edge> without a source', 'a source attribute');
    const target = e.attrs.target ?? fail(e, '<edge> without a target', 'a target attribute');
    const type = e.attrs.type;
    const directed = type === undefined ? defaultDirected : type === 'directed';
    return relationFromValues(id, source, target, directed, values(e, edgeDecls), d);
  });
  const version = meta.schemaversion;
  const raw: Record<string, unknown> = {
    schemaVersion: importedVersion(version === undefined ? undefined : /^\d+$/.test(version.trim()) ? Number(version) : version),
    title: meta.title ?? d.title,
    type: meta.type ?? 'child',
  };
  if (meta.round !== undefined) raw.round = meta.round;
  if (meta.createdat !== undefined) raw.createdAt = meta.createdat;
  if (meta.description !== undefined) raw.description = meta.description;
  raw.actors = actors;
  raw.relations = relations;
  return validateMap(raw, { ...(file !== undefined ? { file } : {}), dimensionSets: options.dimensionSets ?? [] });
}
