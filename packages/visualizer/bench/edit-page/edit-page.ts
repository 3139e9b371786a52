// Benchmark page of ../edit.bench.ts: one workshop edit (change a relation's strength) timed in
// its parts (state update, summary with the gap ranking, scene, redraw through createMapView),
// next to a bare d3 redraw of the same scene (a keyed join that rewrites every attribute).
import * as core from '@relcap/core';
import { mapWarnings, type NetworkMap, rankGaps, type Relation } from '@relcap/core';
import { select } from 'd3';
import { buildScene } from '../../src/scene/index';
import type { Scene } from '../../src/scene/types';
import { createMapView, type MapViewHandle } from '../../src/view/index';
import { generateMunicipalityNetwork } from '../../src/webgl/index';

type Strength = 'strong' | 'weak';
type SetStrength = (map: NetworkMap, id: string, strength: Strength) => NetworkMap;
/** Core's edit function when this branch has it (branch i8-core), else a plain immutable update. */
const EDIT_NAME = 'setRelationStrength';
const coreEdit = (core as unknown as Record<string, SetStrength | undefined>)[EDIT_NAME];
const setStrength: SetStrength =
  coreEdit ?? ((map, id, strength) => ({ ...map, relations: map.relations.map((r): Relation => (r.id === id && r.kind === 'strength' ? { ...r, strength } : r)) }));

let map: NetworkMap | null = null;
let view: MapViewHandle | null = null;
let edited: string | null = null;
let flip = false;
let scene: Scene | null = null;

/** What the live summary shows: counts by kind, warnings, the five gaps worth closing. */
function summary(m: NetworkMap): { counts: Record<string, number>; warnings: number; gaps: number; complete: boolean } {
  const counts: Record<string, number> = {};
  for (const r of m.relations) {
    const k = r.kind === 'strength' ? r.strength : 'rated';
    counts[k] = (counts[k] ?? 0) + 1;
  }
  const ranking = rankGaps(m, { limit: 5 });
  return { counts, warnings: mapWarnings(m).length, gaps: ranking.gaps.length, complete: ranking.complete };
}

const layout = (): number => document.documentElement.offsetHeight;

/** A d3 redraw with no diffing: circles, lines and labels, every attribute written every time. */
function bareDraw(s: Scene): void {
  const svg = select('#bare').selectAll('svg').data([0]).join('svg');
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  svg
    .selectAll('line')
    .data(s.edges, (d) => (d as Scene['edges'][number]).id)
    .join('line')
    .attr('x1', (d) => byId.get(d.source)!.x)
    .attr('y1', (d) => byId.get(d.source)!.y)
    .attr('x2', (d) => byId.get(d.target)!.x)
    .attr('y2', (d) => byId.get(d.target)!.y)
    .attr('stroke', (d) => s.styles[d.style].color)
    .attr('stroke-width', (d) => s.styles[d.style].width)
    .attr('stroke-dasharray', (d) => s.styles[d.style].dash || null);
  svg
    .selectAll('circle')
    .data(s.nodes, (d) => (d as Scene['nodes'][number]).id)
    .join('circle')
    .attr('cx', (d) => d.x)
    .attr('cy', (d) => d.y)
    .attr('r', (d) => d.radius)
    .attr('fill', (d) => d.fill)
    .attr('stroke', (d) => d.stroke);
  svg
    .selectAll('text')
    .data(s.nodes, (d) => (d as Scene['nodes'][number]).id)
    .join('text')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y + d.radius + 16)
    .attr('text-anchor', 'middle')
    .text((d) => d.label);
}

const api = {
  editFunction: coreEdit !== undefined ? 'core setRelationStrength' : 'plain immutable update',
  /** A generated map of `actors` actors and 2 relations per actor, drawn once by both views. */
  prepare(actors: number): { actors: number; relations: number; edited: string } {
    view?.destroy();
    map = generateMunicipalityNetwork({ actors, relations: 2 * actors, seed: 7, ratedShare: 0 });
    edited = map.relations.find((r) => r.kind === 'strength')!.id;
    scene = buildScene(map, { iterations: 0 });
    view = createMapView(document.getElementById('view')!);
    view.render({ scene, highlight: {} });
    bareDraw(scene);
    layout();
    return { actors: map.actors.length, relations: map.relations.length, edited };
  },
  /** One edit, timed in parts (ms). */
  edit(): { update: number; summary: number; scene: number; draw: number; layout: number; total: number } {
    flip = !flip;
    const t0 = performance.now();
    const next = setStrength(map!, edited!, flip ? 'weak' : 'strong');
    const t1 = performance.now();
    summary(next);
    const t2 = performance.now();
    const s = buildScene(next, { iterations: 0 });
    const t3 = performance.now();
    view!.render({ scene: s, highlight: { selected: edited! } });
    const t4 = performance.now();
    layout();
    const t5 = performance.now();
    map = next;
    scene = s;
    return { update: t1 - t0, summary: t2 - t1, scene: t3 - t2, draw: t4 - t3, layout: t5 - t4, total: t5 - t0 };
  },
  /** The bare d3 redraw of the current scene, with the forced layout after it (ms). */
  bare(): { draw: number; total: number } {
    const t0 = performance.now();
    bareDraw(scene!);
    const t1 = performance.now();
    layout();
    return { draw: t1 - t0, total: performance.now() - t0 };
  },
};

declare global {
  interface Window {
    relcapEdit: typeof api;
  }
}
window.relcapEdit = api;
