import type { Lang, Scene, SceneEdge, SceneNode } from '../scene/types';
import { t } from '../ui/i18n';

/**
 * Text a screen reader announces for an actor: label, profession, coordinator and authority.
 *
 * @example
 * ```ts
 * nodeAriaLabel(node, 'en'); // 'Lærer, Teacher, Coordinator (tovholder)'
 * ```
 */
export function nodeAriaLabel(node: SceneNode, lang: Lang): string {
  const parts = [node.label];
  if (node.sublabel !== undefined) parts.push(node.sublabel);
  if (node.coordinator) parts.push(t(lang, 'coordinator'));
  if (node.authority) parts.push(t(lang, 'authority'));
  return parts.join(', ');
}

/**
 * Text a screen reader announces for a relation: both ends (with an arrow when directed), the
 * style's legend text and the RC score. `labels` (node id -> label) saves a search per edge.
 *
 * @example
 * ```ts
 * edgeAriaLabel(edge, scene); // 'Lærer → PPR-psykolog: Moderat relation, RC 3,5'
 * ```
 */
export function edgeAriaLabel(edge: SceneEdge, scene: Scene, labels?: ReadonlyMap<string, string>): string {
  const name = (id: string): string => labels?.get(id) ?? scene.nodes.find((n) => n.id === id)?.label ?? id;
  const arrow = edge.directed ? '→' : '–';
  const score = edge.label !== '' ? `, RC ${edge.label}` : '';
  return `${name(edge.source)} ${arrow} ${name(edge.target)}: ${scene.styles[edge.style].label[scene.lang]}${score}`;
}
