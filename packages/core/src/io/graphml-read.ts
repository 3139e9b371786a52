import type { DimensionSet } from '../dimensions/types';
import type { NetworkMap } from '../map/types';
import { validateMap } from '../map/validate-map';
import { InterchangeError } from './interchange-error';
import type { Cell } from './map-columns';
import { actorFromValues, DEFAULT_IMPORT_DEFAULTS, type ImportDefaults, importedVersion, relationFromValues } from './map-from-values';
import { childrenNamed, parseXml, type XmlElement } from './xml/parse-xml';
import { typedValue } from './xml/typed-value';

/** Options of the importers (`fromGraphml`, `fromGexf`, `fromKumu`, `readMapDocument`). */
export interface MapImportOptions {
  /** File name as the user gave it, for error messages. */
  readonly file?: string;
  /** User-defined dimension sets named by rated relations. */
  readonly dimensionSets?: readonly DimensionSet[];
  /** Defaults for documents not written by relcap. */
  readonly defaults?: Partial<ImportDefaults>;
}

interface KeyDecl {
  readonly name: string;
  readonly domain: string;
  readonly type: string;
  readonly fallback?: string;
}

const LABEL_NAMES = ['label', 'Label', 'name', 'Name'];

/**
 * Reads GraphML (as written by {@link toGraphml}, or by networkx, Gephi, yEd) into a validated
 * map. Attributes are matched by `attr.name`; `<default>` values apply. A node without `kind`
 * becomes a professional; its label is the `label` (or `name`) attribute, else its id. An edge's
 * direction comes from a boolean `directed` attribute, else the edge's `directed` XML attribute,
 * else the graph's `edgedefault`. An edge without `kind`, `strength` or ratings is a `strong`
 * strength relation (see `DEFAULT_IMPORT_DEFAULTS`). Unknown attributes are ignored; derived ones
 * (`band`, `weight`, `ring`) are recomputed, not read.
 *
 * @example
 * ```ts
 * const map = fromGraphml(readFileSync('kort.graphml', 'utf8'), { file: 'kort.graphml' });
 * ```
 */
export function fromGraphml(text: string, options: MapImportOptions = {}): NetworkMap {
  const { file } = options;
  const d = { ...DEFAULT_IMPORT_DEFAULTS, ...options.defaults };
  const root = parseXml(text, file);
  const fail = (el: XmlElement, message: string, expected: string, value?: string): never => {
    throw new InterchangeError('RELCAP_GRAPHML_STRUCTURE', `graphml: ${message}`, {
      ...(file !== undefined ? { file } : {}),
      line: el.line,
      ...(value !== undefined ? { value } : {}),
      expected,
    });
  };
  if (root.local !== 'graphml') fail(root, 'the root element is not <graphml>', '<graphml>', root.name);
  const keys = new Map<string, KeyDecl>();
  for (const k of childrenNamed(root, 'key')) {
    const id = k.attrs.id;
    if (id === undefined) return fail(k, '<key> without an id', 'an id attribute');
    const def = childrenNamed(k, 'default')[0];
    keys.set(id, {
      name: k.attrs['attr.name'] ?? id,
      domain: k.attrs.for ?? 'all',
      type: k.attrs['attr.type'] ?? 'string',
      ...(def !== undefined ? { fallback: def.text } : {}),
    });
  }
  const graph = childrenNamed(root, 'graph')[0];
  if (graph === undefined) return fail(root, 'no <graph> element', 'a <graph> element');
  const values = (el: XmlElement, domain: string): Record<string, Cell> => {
    const out: Record<string, Cell> = {};
    for (const [, k] of keys) {
      if (k.fallback !== undefined && (k.domain === domain || k.domain === 'all')) out[k.name] = typedValue(k.fallback, k.type, el, k.name, file);
    }
    for (const dEl of childrenNamed(el, 'data')) {
      const k = keys.get(dEl.attrs.key ?? '');
      if (k === undefined) return fail(dEl, 'a <data> element refers to an undeclared key', 'a key declared with <key id="...">', dEl.attrs.key);
      out[k.name] = typedValue(dEl.text, k.type, dEl, k.name, file);
    }
    return out;
  };
  const g = values(graph, 'graph');
  const edgeDefault = graph.attrs.edgedefault !== 'undirected';
  const actors = childrenNamed(graph, 'node').map((n) => {
    const id = n.attrs.id ?? fail(n, '<node> without an id', 'an id attribute');
    const v = values(n, 'node');
    const label = LABEL_NAMES.map((k) => v[k]).find((x) => x !== undefined);
    return actorFromValues(id, label === undefined ? undefined : String(label), v, d);
  });
  const edges = childrenNamed(graph, 'edge');
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
    const directed = e.attrs.directed === undefined ? edgeDefault : e.attrs.directed === 'true';
    return relationFromValues(id, source, target, directed, values(e, 'edge'), d);
  });
  const raw: Record<string, unknown> = {
    schemaVersion: importedVersion(g.schemaVersion),
    title: g.title ?? g.name ?? d.title,
    type: g.type ?? 'child',
  };
  for (const k of ['round', 'createdAt', 'description']) if (g[k] !== undefined) raw[k] = g[k];
  raw.actors = actors;
  raw.relations = relations;
  return validateMap(raw, { ...(file !== undefined ? { file } : {}), dimensionSets: options.dimensionSets ?? [] });
}
