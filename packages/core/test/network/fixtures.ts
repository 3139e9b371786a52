import type { Actor, NetworkMap, Relation } from '../../src/map/index';

/** Small maps with hand-computed metrics, shared by the network tests. */
export const pro = (id: string, extra: Partial<Actor> = {}): Actor => ({ id, label: id.toUpperCase(), kind: 'professional', ...extra });

export const strength = (
  id: string,
  source: string,
  target: string,
  s: 'strong' | 'weak' | 'missing' | 'stressful',
  directed = false,
): Relation => ({ id, source, target, directed, kind: 'strength', strength: s });

export const rated = (id: string, source: string, target: string, rc: number): Relation => ({
  id,
  source,
  target,
  directed: true,
  kind: 'rated',
  ratings: {},
  rc,
});

export const mapOf = (actors: Actor[], relations: Relation[]): NetworkMap => ({
  schemaVersion: 2,
  title: 'test',
  type: 'child',
  actors,
  relations,
});

/**
 * Four professionals: a-b strong mutual, b->c weak, c->b rated rc 4.5, a->c strong directed,
 * c-d missing, b->b rated self-loop. Arcs: a->b (1), b->a (1), b->c (1/3), c->b (0.9), a->c (1).
 */
export const FOUR: NetworkMap = mapOf(
  [pro('a'), pro('b'), pro('c'), pro('d')],
  [
    strength('r1', 'a', 'b', 'strong'),
    strength('r2', 'b', 'c', 'weak', true),
    rated('r3', 'c', 'b', 4.5),
    strength('r4', 'c', 'd', 'missing'),
    rated('r5', 'b', 'b', 4),
    strength('r6', 'a', 'c', 'strong', true),
  ],
);
