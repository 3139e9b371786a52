import {
  type Actor,
  actorSector,
  findGaps,
  findProfession,
  MapValidationError,
  type NetworkMap,
  relationScore,
  relationStyleKey,
  xyFromPolar,
} from '@relcap/core';
import { assignCurvatures } from './curvature';
import { layoutRadial } from './layout';
import { mergeLineStyles } from './line-styles';
import { nodeShape } from './node-style';
import { RING_LABELS, RING_OF_SECTOR, ringLabelAngle, ringRadii } from './rings';
import { DEFAULT_SCENE_OPTIONS, type SceneOptions } from './scene-options';
import { formatScore, sceneBounds } from './scene-utils';
import type { Scene, SceneEdge, SceneNode, SceneRing } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Computes everything needed to draw a map, as plain data: positions (rings by sector around the
 * child for `type: 'child'`, one circle of roles for `type: 'roles'`), node shapes and colours,
 * line styles per relation (`relationStyleKey` with the bands), curvature for pairs drawn
 * apart, within-role ties as `selfTie` rings, and, with `showGaps`, one `gap` edge per
 * `findGaps` pair. Pure and deterministic for the same map and options (seed).
 *
 * @throws MapValidationError when a relation names an actor that is not on the map (validate
 *   untrusted input with `validateMap` first).
 * @example
 * ```ts
 * const scene = buildScene(parseMap(text), { lang: 'en', showGaps: true, seed: 7 });
 * scene.edges.filter((e) => e.style === 'gap').length; // = findGaps(map).length
 * ```
 */
export function buildScene(map: NetworkMap, options: Partial<SceneOptions> = {}): Scene {
  const o: SceneOptions = { ...DEFAULT_SCENE_OPTIONS, ...options };
  const styles = mergeLineStyles(o.styles);
  const ids = new Set(map.actors.map((a) => a.id));
  map.relations.forEach((r, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(r[end])) {
        throw new MapValidationError('RELCAP_MAP_UNKNOWN_ACTOR', 'buildScene: a relation names an actor that is not on the map', {
          path: `relations[${i}].${end}`,
          value: r[end],
          expected: 'the id of an actor on the map',
        });
      }
    }
  });
  const roles = map.type === 'roles';
  const sectors = new Map(map.actors.map((a) => [a.id, actorSector(a, o.professions)]));
  const ringOf = (a: Actor): number => (roles ? -1 : RING_OF_SECTOR[sectors.get(a.id)!]);
  const counts = [0, 0, 0, 0, 0];
  for (const a of map.actors) if (!roles) counts[ringOf(a)]! += 1;
  const radii = ringRadii(counts, o.ringGap, o.minSpacing);
  // Role networks are dense (every role may rate every other): a wider circle than a ring.
  const circle = Math.max(330, (map.actors.length * o.minSpacing * 1.6) / (2 * Math.PI));
  const radiusOf = (a: Actor): number => (a.kind === 'child' ? o.childRadius : o.nodeRadius);
  const ordered = groupByOrganisation(map.actors);
  const saved = (a: Actor): { x: number; y: number } | undefined => (a.position === undefined ? undefined : xyFromPolar(a.position, o.ringGap));
  const positions = layoutRadial(
    ordered.map((a) => {
      const pinned = o.positions[a.id] ?? (a.position?.pinned === true ? saved(a) : undefined);
      const label = Math.max(a.label.length, sublabel(a, o)?.length ?? 0) * 4.6 + 14;
      return {
        id: a.id,
        ringRadius: roles ? circle : (radii[ringOf(a)] ?? 0),
        collide: Math.max(radiusOf(a) + 34, Math.min(120, label)),
        ...(pinned !== undefined ? { fixed: { x: pinned.x, y: pinned.y } } : {}),
        ...(pinned === undefined && a.position !== undefined ? { start: saved(a)! } : {}),
      };
    }),
    map.relations,
    o,
  );
  const nodes: Mutable<SceneNode>[] = map.actors.map((a) => {
    const p = positions.get(a.id)!;
    const colors = o.sectorColors[sectors.get(a.id)!];
    const sub = sublabel(a, o);
    const pinned = o.positions[a.id] !== undefined || a.position?.pinned === true;
    return {
      id: a.id,
      label: a.label,
      ...(sub !== undefined ? { sublabel: sub } : {}),
      x: p.x,
      y: p.y,
      radius: radiusOf(a),
      shape: nodeShape(a),
      fill: colors.fill,
      stroke: colors.stroke,
      ring: ringOf(a),
      coordinator: a.coordinator === true,
      authority: a.authority === true,
      pinned,
      kind: a.kind,
      sector: sectors.get(a.id)!,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: Mutable<SceneEdge>[] = [];
  for (const r of map.relations) {
    const style = relationStyleKey(r, o.bands);
    const rc = relationScore(r) ?? null;
    const n = r.kind === 'rated' ? (r.n ?? null) : null;
    if (r.source === r.target) {
      byId.get(r.source)!.selfTie = { style, rc, n };
      continue;
    }
    edges.push({ id: r.id, source: r.source, target: r.target, style, directed: r.directed, curvature: 0, label: rc === null ? '' : formatScore(rc, o.lang), rc, n, gap: false });
  }
  if (o.showGaps) {
    for (const g of findGaps(map)) {
      edges.push({ id: `gap:${g.a}:${g.b}`, source: g.a, target: g.b, style: 'gap', directed: false, curvature: 0, label: '', rc: null, n: null, gap: true });
    }
  }
  const curvatures = assignCurvatures(edges, o.curveSpacing);
  for (const e of edges) e.curvature = curvatures.get(e.id) ?? 0;
  const rings: SceneRing[] = roles ? [] : ringGuides(radii, counts).map((r) => ({ ...r, labelAngle: ringLabelAngle(r.radius, nodes, 110) }));
  return {
    title: o.title ?? (map.round !== undefined ? `${map.title} (${map.round})` : map.title),
    nodes,
    edges,
    rings,
    styles,
    mapType: map.type,
    bounds: sceneBounds(nodes, rings),
    lang: o.lang,
  };
}

/** Rings 1..k up to the outermost ring that holds an actor (inner empty rings stay, as places to fill). */
function ringGuides(radii: readonly number[], counts: readonly number[]): SceneRing[] {
  let last = 0;
  counts.forEach((c, k) => {
    if (c > 0) last = k;
  });
  const rings: SceneRing[] = [];
  for (let k = 1; k <= last; k++) rings.push({ index: k, radius: radii[k]! + 0, label: RING_LABELS[k]! });
  return rings;
}

/** The profession in the chosen language, when it says more than the label. */
function sublabel(a: Actor, o: SceneOptions): string | undefined {
  if (a.profession === undefined || a.kind === 'child') return undefined;
  const p = findProfession(a.profession, o.professions);
  const name = p === undefined ? a.profession : p.labels[o.lang];
  return name.trim().toLowerCase() === a.label.trim().toLowerCase() ? undefined : name;
}

/** Actors of one organisation next to each other (stable, by first appearance), so colleagues sit together. */
function groupByOrganisation(actors: readonly Actor[]): Actor[] {
  const first = new Map<string, number>();
  actors.forEach((a, i) => {
    const key = a.organisation ?? `\u0000${a.id}`;
    if (!first.has(key)) first.set(key, i);
  });
  return actors
    .map((a, i) => ({ a, i, g: first.get(a.organisation ?? `\u0000${a.id}`)! }))
    .sort((x, y) => x.g - y.g || x.i - y.i)
    .map((x) => x.a);
}
