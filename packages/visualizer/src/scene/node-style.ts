import type { Actor, Sector } from '@relcap/core';
import type { NodeShape } from './types';

/** Fill and outline colour of an actor, by the sector (ring) it belongs to. */
export interface NodeColors {
  readonly fill: string;
  readonly stroke: string;
}

/**
 * Default node colours per sector: light fills so labels and lines stay readable on a projector,
 * darker outlines of the same hue. Shape, not colour, carries the anchoring.
 *
 * @example
 * ```ts
 * DEFAULT_SECTOR_COLORS.universal.fill; // '#dcecf9'
 * ```
 */
export const DEFAULT_SECTOR_COLORS: Readonly<Record<Sector, NodeColors>> = {
  child: { fill: '#fff1c2', stroke: '#8a6500' },
  family: { fill: '#fbe0e6', stroke: '#9b3355' },
  universal: { fill: '#dcecf9', stroke: '#1f5f8b' },
  specialised: { fill: '#dff2e3', stroke: '#2d6a3e' },
  other: { fill: '#ececec', stroke: '#555555' },
};

/**
 * The outline shape of an actor: by anchoring, after Sønderborg's youth centre (Statens Institut for Folkesundhed, "Det gode samarbejde om børn og unge i mistrivsel", Sønderborg): permanently based = square, fixed collaboration = oval, ad hoc = diamond; the child
 * and actors without an anchoring are circles.
 *
 * @example
 * ```ts
 * nodeShape({ id: 'a', label: 'Lærer', kind: 'professional', anchoring: 'permanent' }); // 'square'
 * ```
 */
export function nodeShape(actor: Actor): NodeShape {
  if (actor.kind === 'child') return 'circle';
  switch (actor.anchoring) {
    case 'permanent':
      return 'square';
    case 'fixed':
      return 'oval';
    case 'adhoc':
      return 'diamond';
    default:
      return 'circle';
  }
}
