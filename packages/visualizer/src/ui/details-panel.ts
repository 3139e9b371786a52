import { findProfession, getDimensionSet, type NetworkMap } from '@relcap/core';
import { RING_LABELS, RING_OF_SECTOR } from '../scene/rings';
import { formatScore } from '../scene/scene-utils';
import type { Scene } from '../scene/types';
import { drawRadar } from './draw-radar';
import { t } from './i18n';

/** What the details panel shows: an actor or a relation (by scene id), or nothing. */
export type DetailsTarget = { readonly kind: 'actor' | 'relation'; readonly id: string } | null;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Fills the details panel for an actor (profession, organisation, ring, coordinator, notes) or a
 * relation (strength, RC score, n, notes, and a radar chart of its dimension means). Everything
 * goes in as text nodes. With `null` the panel shows a hint.
 *
 * @example
 * ```ts
 * renderDetails(panel, { kind: 'relation', id: 'r11' }, map, scene);
 * ```
 */
export function renderDetails(panel: HTMLElement, target: DetailsTarget, map: NetworkMap, scene: Scene): void {
  const lang = scene.lang;
  const doc = panel.ownerDocument;
  const two = (v: number): string => (lang === 'da' ? v.toFixed(2).replace('.', ',') : v.toFixed(2));
  panel.replaceChildren();
  const add = <K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, text?: string): HTMLElementTagNameMap[K] => {
    const el = doc.createElement(tag);
    if (text !== undefined) el.textContent = text;
    parent.append(el);
    return el;
  };
  const dl = (): ((k: string, v: string) => void) => {
    const list = add(panel, 'dl');
    return (k, v) => {
      add(list, 'dt', k);
      add(list, 'dd', v);
    };
  };
  if (target === null) {
    add(panel, 'p', t(lang, 'hint')).className = 'relcap-hint';
    return;
  }
  if (target.kind === 'actor') {
    const actor = map.actors.find((a) => a.id === target.id);
    const node = scene.nodes.find((n) => n.id === target.id);
    if (actor === undefined || node === undefined) return;
    add(panel, 'h3', actor.label);
    const row = dl();
    if (actor.profession !== undefined) row(t(lang, 'profession'), findProfession(actor.profession)?.labels[lang] ?? actor.profession);
    if (actor.organisation !== undefined) row(t(lang, 'organisation'), actor.organisation);
    if (node.sector !== undefined && scene.mapType !== 'roles') row(t(lang, 'sector'), RING_LABELS[RING_OF_SECTOR[node.sector]]![lang]);
    if (actor.coordinator === true) row(t(lang, 'coordinator'), '★');
    if (actor.authority === true) row(t(lang, 'authority'), '§');
    if (node.selfTie !== undefined) {
      row(t(lang, 'selfTie'), `${scene.styles[node.selfTie.style].label[lang]}${node.selfTie.rc !== null ? `, RC ${two(node.selfTie.rc)}` : ''}`);
      if (node.selfTie.n !== null) row(t(lang, 'raters'), String(node.selfTie.n));
    }
    if (actor.notes !== undefined) row(t(lang, 'notes'), actor.notes);
    return;
  }
  const edge = scene.edges.find((e) => e.id === target.id);
  if (edge === undefined) return;
  const name = (id: string): string => scene.nodes.find((n) => n.id === id)?.label ?? id;
  add(panel, 'h3', `${name(edge.source)} ${edge.directed ? '→' : '–'} ${name(edge.target)}`);
  const row = dl();
  row(t(lang, 'band'), scene.styles[edge.style].label[lang]);
  if (edge.gap) row(t(lang, 'relation'), t(lang, 'gapsTitle'));
  const relation = map.relations.find((r) => r.id === edge.id);
  if (edge.rc !== null) row(t(lang, 'score'), two(edge.rc));
  if (edge.n !== null) row(t(lang, 'raters'), String(edge.n));
  if (relation?.kind === 'rated' && relation.suppressed === true) row(t(lang, 'relation'), t(lang, 'suppressed'));
  if (relation?.notes !== undefined) row(t(lang, 'notes'), relation.notes);
  if (relation?.kind === 'rated' && Object.keys(relation.ratings).length > 0) {
    let set: ReturnType<typeof getDimensionSet> | undefined;
    try {
      set = getDimensionSet(relation.dimensionSet ?? 'relational_coordination');
    } catch {
      set = undefined;
    }
    const keys = set?.dimensions.map((d) => d.key) ?? Object.keys(relation.ratings);
    const axes = keys.map((key) => ({
      key,
      label: set?.dimensions.find((d) => d.key === key)?.labels[lang] ?? key,
      value: relation.ratings[key] ?? null,
    }));
    const svg = doc.createElementNS(SVG_NS, 'svg');
    panel.append(svg);
    drawRadar(svg, axes, 5, 1, (v) => formatScore(v, lang));
  }
}
