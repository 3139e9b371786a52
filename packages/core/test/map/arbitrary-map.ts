import fc from 'fast-check';
import type { Actor, NetworkMap, Relation } from '../../src/map/index';
import { ACTOR_KINDS, ANCHORINGS, MAP_SCHEMA_VERSION, MAP_TYPES, RELATION_STRENGTHS, SECTORS } from '../../src/map/index';

/**
 * fast-check generator of valid network maps, shared by the map, network and io tests. Texts
 * mix Danish letters, markup characters, quotes, tabs and line breaks (what XML and CSV writers
 * must escape) with arbitrary Unicode graphemes.
 */
const tricky = fc.constantFrom('æøå', 'ÆØÅ', '<script>', '&amp;', '"', "'", ' ', '\t', '\n', '\r\n', '=cmd', ']]>', 'é');
export const arbText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }), tricky), { maxLength: 4 })
  .map((parts) => parts.join(''));
const arbId = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), tricky).filter((s) => s.trim() !== '');
const score = fc.double({ min: 1, max: 5, noNaN: true });
const DIMS = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];

const arbActorBody = fc.record(
  {
    label: arbText,
    kind: fc.constantFrom(...ACTOR_KINDS),
    profession: arbText,
    organisation: arbText,
    sector: fc.constantFrom(...SECTORS),
    authority: fc.boolean(),
    anchoring: fc.constantFrom(...ANCHORINGS),
    notes: arbText,
    position: fc.record(
      {
        angle: fc.double({ min: 0, max: 360, maxExcluded: true, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
        distance: fc.oneof(fc.double({ min: 0, max: 1e3, noNaN: true }).map((v) => (v === 0 ? 0 : v)), fc.constantFrom(0, 1, 2.5, 4)),
        pinned: fc.boolean(),
      },
      { requiredKeys: ['angle', 'distance'] },
    ),
  },
  { requiredKeys: ['label', 'kind'] },
);

const arbAction = fc.record(
  { what: arbText.filter((s) => s.trim() !== ''), who: arbText, when: arbText, done: fc.boolean() },
  { requiredKeys: ['what'] },
);

const arbRelationBody = fc.oneof(
  fc.record(
    { kind: fc.constant('strength' as const), strength: fc.constantFrom(...RELATION_STRENGTHS), directed: fc.boolean(), notes: arbText, action: arbAction },
    { requiredKeys: ['kind', 'strength', 'directed'] },
  ),
  fc.record(
    {
      kind: fc.constant('rated' as const),
      directed: fc.boolean(),
      ratings: fc.dictionary(fc.constantFrom(...DIMS), score),
      rc: score,
      n: fc.nat(40),
      dimensionSet: fc.constant('relational_coordination'),
      notes: arbText,
      action: arbAction,
    },
    { requiredKeys: ['kind', 'directed', 'ratings'] },
  ),
);

export const arbMap: fc.Arbitrary<NetworkMap> = fc.uniqueArray(arbId, { minLength: 1, maxLength: 7 }).chain((ids) =>
  fc
    .record({
      head: fc.record(
        { title: arbText, type: fc.constantFrom(...MAP_TYPES), round: arbText, createdAt: arbText, description: arbText },
        { requiredKeys: ['title', 'type'] },
      ),
      actors: fc.tuple(...ids.map(() => arbActorBody)),
      coordinator: fc.option(fc.nat(ids.length - 1), { nil: undefined }),
      relations: fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), arbRelationBody, fc.boolean()), {
        maxLength: 12,
      }),
      relIds: fc.uniqueArray(arbId, { minLength: 12, maxLength: 12 }),
    })
    .map(({ head, actors, coordinator, relations, relIds }): NetworkMap => {
      const acts: Actor[] = actors.map((body, i) => ({ id: ids[i]!, ...body, ...(i === coordinator ? { coordinator: true } : {}) }));
      const rels: Relation[] = [];
      relations.forEach(([source, target, body, suppress], i) => {
        const id = relIds[i]!;
        if (body.kind === 'strength') {
          if (source !== target) rels.push({ id, source, target, ...body });
        } else if (suppress) {
          const { rc: _rc, ...rest } = body;
          rels.push({ id, source, target, ...rest, ratings: {}, suppressed: true });
        } else rels.push({ id, source, target, ...body });
      });
      return { schemaVersion: MAP_SCHEMA_VERSION, ...head, actors: acts, relations: rels };
    }),
);
