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
import { seedUnit } from './layout';
import { mergeLineStyles } from './line-styles';
import { nodeShape } from './node-style';
import { placeOnRings } from './place-actors';
import { RING_LABELS, RING_OF_SECTOR, ringLabelAngle } from './rings';
import { DEFAULT_SCENE_OPTIONS, type SceneOptions } from './scene-options';
import { formatScore, sceneBounds } from './scene-utils';
import type { Scene, SceneEdge, SceneNode, SceneRing } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Turn between the start angles of neighbouring rings (degrees), so rings do not start in line. */
const GOLDEN_ANGLE = 137.50776405003785;

/**
 * Computes everything needed to draw a map, as plain data: positions, node shapes and colours,
 * line styles per relation (`relationStyleKey` with the bands), curvature for pairs drawn
 * apart, within-role ties as `selfTie` rings, and, with `showGaps`, one `gap` edge per
 * `findGaps` pair. Pure and deterministic for the same map and options (seed).
 *
 * Positions are stable: rings by sector (`child` and `network` maps) lie at fixed distances, ring
 * k at `k x ringGap`; a role network (`roles`) is one circle. An actor is drawn at `positions[id]`
 * (pinned in the options), else at its stored polar position (`xyFromPolar(position, ringGap)`),
 * else where it was before (`previous`, e.g. the last scene's nodes, while that place is on the
 * actor's ring: an actor whose sector changed moves to its new ring), else it is placed once into
 * a free spot on its ring (`placeOnRings`). Relations, the language and labels never move an
 * actor, and an actor added to the map moves no other actor.
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
  // Fixed rings: ring k lies k ring gaps from the centre, whatever it holds, so that the stored
  // distance (in ring units) means the same on every map and adding an actor moves no ring.
  const radii = counts.map((_, k) => k * o.ringGap);
  // A previous place counts only while it is on the actor's ring: an actor whose sector changed
  // is placed again on its new ring (a role network has one circle, so any previous place counts).
  const before = (a: Actor): { x: number; y: number } | undefined => {
    const p = o.previous?.get(a.id);
    if (p === undefined || roles) return p;
    const r = radii[ringOf(a)] ?? 0;
    return Math.abs(Math.hypot(p.x, p.y) - r) <= 1e-6 * Math.max(1, r) ? p : undefined;
  };
  const known = (a: Actor): { x: number; y: number } | undefined =>
    o.positions[a.id] ?? (a.position !== undefined ? xyFromPolar(a.position, o.ringGap) : before(a));
  const circle = roles ? rolesRadius(map.actors, known, o) : 0;
  const radiusOf = (a: Actor): number => (a.kind === 'child' ? o.childRadius : o.nodeRadius);
  const start = seedUnit(o.seed) * 360;
  const positions = placeOnRings(
    groupByOrganisation(map.actors).map((a) => {
      const at = known(a);
      return { id: a.id, ring: ringOf(a), radius: roles ? circle : (radii[ringOf(a)] ?? 0), ...(at !== undefined ? { known: at } : {}) };
    }),
    (ring) => (start + ring * GOLDEN_ANGLE) % 360,
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

/**
 * Radius of the one circle of a role network: the median distance of the roles already placed
 * (so a new role joins their circle), else wide enough for all roles `minSpacing x 1.6` apart
 * (role networks are dense: every role may rate every other), at least 330.
 */
function rolesRadius(actors: readonly Actor[], known: (a: Actor) => { x: number; y: number } | undefined, o: SceneOptions): number {
  const placed = actors.flatMap((a) => {
    const p = known(a);
    return p === undefined ? [] : [Math.hypot(p.x, p.y)];
  });
  if (placed.length === 0) return Math.max(330, (actors.length * o.minSpacing * 1.6) / (2 * Math.PI));
  placed.sort((a, b) => a - b);
  return placed[Math.floor(placed.length / 2)]!;
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
