import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MapValidationError } from '../../src/errors/index';
import { collectMapProblems, validateMap } from '../../src/map/index';
import { arbMap } from './arbitrary-map';

const EXAMPLE = new URL('../../../../examples/maps/seeds-001-network-map.json', import.meta.url);

// biome-ignore lint/suspicious/noExplicitAny: the table mutates plain JSON documents freely
type Loose = Record<string, any>;

/** A small valid map; each case below breaks one thing in a fresh copy. */
function base(): Loose {
  return {
    schemaVersion: 2,
    title: 'Test',
    type: 'child',
    actors: [
      { id: 'barn', label: 'Barn', kind: 'child' },
      { id: 'l', label: 'Lærer', kind: 'professional', profession: 'lærer', coordinator: true },
      { id: 'p', label: 'Pædagog', kind: 'professional' },
      { id: 's', label: 'Socialrådgiver', kind: 'professional' },
    ],
    relations: [
      { id: 'r1', source: 'barn', target: 'l', directed: false, kind: 'strength', strength: 'strong' },
      { id: 'r2', source: 'l', target: 'p', directed: true, kind: 'rated', ratings: { frequency: 4, shared_goals: 3.5 }, n: 3 },
      { id: 'r3', source: 'p', target: 'p', directed: true, kind: 'rated', ratings: { accuracy: 5 } },
    ],
  };
}

type Case = [name: string, change: (m: Loose) => void, code: string, path: string, value?: string];

const CASES: Case[] = [
  ['missing schemaVersion', (m) => delete m.schemaVersion, 'RELCAP_MAP_MISSING_FIELD', 'schemaVersion'],
  ['schemaVersion 3', (m) => (m.schemaVersion = 3), 'RELCAP_MAP_UNSUPPORTED_VERSION', 'schemaVersion', '3'],
  ['schemaVersion as text', (m) => (m.schemaVersion = '2'), 'RELCAP_MAP_UNSUPPORTED_VERSION', 'schemaVersion', '2'],
  ['missing title', (m) => delete m.title, 'RELCAP_MAP_MISSING_FIELD', 'title'],
  ['unknown map type', (m) => (m.type = 'ego'), 'RELCAP_MAP_UNKNOWN_VALUE', 'type', 'ego'],
  ['actors not an array', (m) => (m.actors = {}), 'RELCAP_MAP_BAD_TYPE', 'actors', '{}'],
  ['missing relations', (m) => delete m.relations, 'RELCAP_MAP_MISSING_FIELD', 'relations'],
  ['actor not an object', (m) => (m.actors[2] = 'p'), 'RELCAP_MAP_BAD_TYPE', 'actors[2]', 'p'],
  ['unknown actor kind', (m) => (m.actors[3].kind = 'teacher'), 'RELCAP_MAP_UNKNOWN_VALUE', 'actors[3].kind', 'teacher'],
  ['unknown sector', (m) => (m.actors[1].sector = 'school'), 'RELCAP_MAP_UNKNOWN_VALUE', 'actors[1].sector', 'school'],
  ['unknown anchoring', (m) => (m.actors[2].anchoring = 'square'), 'RELCAP_MAP_UNKNOWN_VALUE', 'actors[2].anchoring', 'square'],
  ['numeric label', (m) => (m.actors[0].label = 7), 'RELCAP_MAP_BAD_TYPE', 'actors[0].label', '7'],
  ['missing label', (m) => delete m.actors[2].label, 'RELCAP_MAP_MISSING_FIELD', 'actors[2].label'],
  ['empty actor id', (m) => (m.actors[2].id = ' '), 'RELCAP_MAP_EMPTY_ID', 'actors[2].id', ' '],
  ['coordinator as text', (m) => (m.actors[1].coordinator = 'yes'), 'RELCAP_MAP_BAD_TYPE', 'actors[1].coordinator', 'yes'],
  ['position without distance', (m) => (m.actors[1].position = { angle: 1 }), 'RELCAP_MAP_BAD_TYPE', 'actors[1].position.distance'],
  ['position as x,y in version 2', (m) => (m.actors[1].position = { x: 1, y: 2 }), 'RELCAP_MAP_BAD_TYPE', 'actors[1].position.angle'],
  ['angle of 360', (m) => (m.actors[1].position = { angle: 360, distance: 1 }), 'RELCAP_MAP_OUT_OF_RANGE', 'actors[1].position.angle', '360'],
  ['negative distance', (m) => (m.actors[2].position = { angle: 0, distance: -0.5 }), 'RELCAP_MAP_OUT_OF_RANGE', 'actors[2].position.distance', '-0.5'],
  ['position as text', (m) => (m.actors[2].position = '12:00'), 'RELCAP_MAP_BAD_TYPE', 'actors[2].position', '12:00'],
  ['version 1 position without y', (m) => Object.assign(m, { schemaVersion: 1 }).actors[1].position = { x: 1 }, 'RELCAP_MAP_BAD_TYPE', 'actors[1].position.y'],
  ['duplicate actor id', (m) => (m.actors[3].id = 'p'), 'RELCAP_MAP_DUPLICATE_ID', 'actors[3].id', 'p'],
  ['two coordinators', (m) => (m.actors[3].coordinator = true), 'RELCAP_MAP_MULTIPLE_COORDINATORS', 'actors[3].coordinator', 'true'],
  ['duplicate relation id', (m) => (m.relations[2].id = 'r1'), 'RELCAP_MAP_DUPLICATE_ID', 'relations[2].id', 'r1'],
  ['unknown target actor', (m) => (m.relations[0].target = 'mor'), 'RELCAP_MAP_UNKNOWN_ACTOR', 'relations[0].target', 'mor'],
  ['unknown source actor', (m) => (m.relations[1].source = 'x'), 'RELCAP_MAP_UNKNOWN_ACTOR', 'relations[1].source', 'x'],
  ['unknown relation kind', (m) => (m.relations[0].kind = 'line'), 'RELCAP_MAP_UNKNOWN_VALUE', 'relations[0].kind', 'line'],
  ['unknown strength', (m) => (m.relations[0].strength = 'medium'), 'RELCAP_MAP_UNKNOWN_VALUE', 'relations[0].strength', 'medium'],
  ['directed missing', (m) => delete m.relations[0].directed, 'RELCAP_MAP_MISSING_FIELD', 'relations[0].directed'],
  ['strength self-loop', (m) => (m.relations[0].target = 'barn'), 'RELCAP_MAP_SELF_LOOP', 'relations[0].target', 'barn'],
  ['rating above 5', (m) => (m.relations[1].ratings.frequency = 6), 'RELCAP_MAP_OUT_OF_RANGE', 'relations[1].ratings.frequency', '6'],
  ['rating below 1', (m) => (m.relations[2].ratings.accuracy = 0.5), 'RELCAP_MAP_OUT_OF_RANGE', 'relations[2].ratings.accuracy', '0.5'],
  ['rating as text', (m) => (m.relations[1].ratings.frequency = '4'), 'RELCAP_MAP_BAD_TYPE', 'relations[1].ratings.frequency', '4'],
  ['unknown dimension', (m) => (m.relations[1].ratings.trust = 4), 'RELCAP_MAP_UNKNOWN_DIMENSION', 'relations[1].ratings.trust', 'trust'],
  ['alias instead of key', (m) => (m.relations[1].ratings.fælles_mål = 4), 'RELCAP_MAP_UNKNOWN_DIMENSION', 'relations[1].ratings.fælles_mål', 'fælles_mål'],
  [
    'dimension of another set',
    (m) => (m.relations[1].dimensionSet = 'relational_capacity'),
    'RELCAP_MAP_UNKNOWN_DIMENSION',
    'relations[1].ratings.frequency',
    'frequency',
  ],
  ['unknown dimension set', (m) => (m.relations[2].dimensionSet = 'trust'), 'RELCAP_MAP_UNKNOWN_DIMENSION_SET', 'relations[2].dimensionSet', 'trust'],
  ['rc above 5', (m) => (m.relations[1].rc = 5.5), 'RELCAP_MAP_OUT_OF_RANGE', 'relations[1].rc', '5.5'],
  ['n not whole', (m) => (m.relations[1].n = 2.5), 'RELCAP_MAP_OUT_OF_RANGE', 'relations[1].n', '2.5'],
  ['ratings missing', (m) => delete m.relations[2].ratings, 'RELCAP_MAP_MISSING_FIELD', 'relations[2].ratings'],
  ['suppressed with rc', (m) => Object.assign(m.relations[2], { ratings: {}, rc: 4, suppressed: true }), 'RELCAP_MAP_SUPPRESSED_WITH_SCORES', 'relations[2].rc', '4'],
  ['suppressed with ratings', (m) => (m.relations[2].suppressed = true), 'RELCAP_MAP_SUPPRESSED_WITH_SCORES', 'relations[2].ratings'],
  ['notes as number', (m) => (m.relations[0].notes = 1), 'RELCAP_MAP_BAD_TYPE', 'relations[0].notes', '1'],
  ['action as text', (m) => (m.relations[0].action = 'ring'), 'RELCAP_MAP_BAD_TYPE', 'relations[0].action', 'ring'],
  ['action without what', (m) => (m.relations[0].action = { who: 'Lærer' }), 'RELCAP_MAP_MISSING_FIELD', 'relations[0].action.what'],
  ['action with empty what', (m) => (m.relations[1].action = { what: '' }), 'RELCAP_MAP_EMPTY_ACTION', 'relations[1].action.what', ''],
  ['action done as text', (m) => (m.relations[0].action = { what: 'x', done: 'ja' }), 'RELCAP_MAP_BAD_TYPE', 'relations[0].action.done', 'ja'],
];

describe('validateMap', () => {
  it('accepts the bundled example map (examples/maps/seeds-001-network-map.json)', () => {
    const data = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    const map = validateMap(data, { file: 'seeds-001-network-map.json' });
    expect(map.actors).toHaveLength(8);
    expect(map.relations).toHaveLength(12);
    // Every known field is kept: the validated copy equals the document.
    expect(map).toEqual(data);
  });

  it('accepts the small base map used by the table', () => {
    expect(validateMap(base()).relations).toHaveLength(3);
  });

  it('accepts a network map (no child in the centre) and keeps an agreed action on a relation', () => {
    const data = base();
    data.type = 'network';
    data.actors.shift();
    data.relations.shift();
    data.relations[0].action = { what: 'Månedligt opkald', who: 'Lærer', when: '2026-05', done: false };
    expect(validateMap(data)).toEqual(data);
  });

  it.each(CASES)('rejects %s with the path of the field', (_name, change, code, path, value) => {
    const data = base();
    change(data);
    let thrown: unknown;
    try {
      validateMap(data, { file: 'kort.json' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MapValidationError);
    const err = thrown as MapValidationError;
    expect(err.code).toBe(code);
    expect(err.location.path).toBe(path);
    expect(err.location.file).toBe('kort.json');
    expect(err.location.expected).toEqual(expect.any(String));
    if (value !== undefined) expect(err.location.value).toBe(value);
  });

  it('names the supported versions when the version is wrong', () => {
    const data = base();
    data.schemaVersion = 3;
    expect(() => validateMap(data)).toThrow(/map format version 1, 2/);
  });

  it('says which actor already holds the id or the coordinator role', () => {
    const data = base();
    data.actors[3].id = 'l';
    data.actors[3].coordinator = true;
    const problems = collectMapProblems(data);
    expect(problems.map((p) => p.location.expected)).toEqual([
      'a unique id ("l" is already used by actors[1])',
      'at most one coordinator per map (actors[1] is already the coordinator)',
    ]);
  });

  it('rejects a document that is not an object at the root path $', () => {
    expect(() => validateMap([])).toThrow(MapValidationError);
    expect(collectMapProblems('x')[0]?.location.path).toBe('$');
  });

  it('ignores unknown fields and does not copy them', () => {
    const data = base();
    data.editor = { zoom: 2 };
    data.actors[0].colour = 'red';
    data.relations[0].style = 'dashed';
    const map = validateMap(data);
    expect(map).not.toHaveProperty('editor');
    expect(map.actors[0]).toEqual({ id: 'barn', label: 'Barn', kind: 'child' });
    expect(map.relations[0]).not.toHaveProperty('style');
  });

  it('returns a copy: changing the result leaves the input alone', () => {
    const data = base();
    const map = validateMap(data);
    (map.actors as unknown[]).pop();
    expect(data.actors).toHaveLength(4);
  });

  it('accepts a rated self-loop (the within-role tie) and a suppressed tie without scores', () => {
    const data = base();
    data.relations.push({ id: 'r4', source: 's', target: 's', directed: true, kind: 'rated', ratings: {}, n: 1, suppressed: true });
    expect(validateMap(data).relations[3]).toMatchObject({ suppressed: true, ratings: {} });
  });

  it('accepts ratings of a user-defined dimension set passed in the options', () => {
    const data = base();
    data.relations[2] = { id: 'r3', source: 'p', target: 's', directed: true, kind: 'rated', dimensionSet: 'trust', ratings: { trust: 2 } };
    const trust = {
      key: 'trust',
      labels: { da: 'Tillid', en: 'Trust' },
      groups: [],
      defaultMinItems: 1,
      citation: 'test',
      dimensions: [
        {
          key: 'trust',
          aliases: [],
          group: 'g',
          labels: { da: 'Tillid', en: 'Trust' },
          description: { da: '', en: '' },
          scale: { min: 1, max: 3, points: [] },
        },
      ],
    };
    expect(validateMap(data, { dimensionSets: [trust] }).relations[2]).toMatchObject({ ratings: { trust: 2 } });
    data.relations[2].ratings.trust = 4;
    expect(collectMapProblems(data, { dimensionSets: [trust] })[0]?.location).toMatchObject({
      path: 'relations[2].ratings.trust',
      expected: 'a number from 1 to 3',
    });
  });
});

describe('collectMapProblems', () => {
  it('returns every problem, not only the first', () => {
    const data = base();
    data.actors[3].kind = 'x';
    data.relations[0].target = 'nobody';
    data.relations[1].ratings.frequency = 9;
    expect(collectMapProblems(data).map((p) => p.location.path)).toEqual([
      'actors[3].kind',
      'relations[1].ratings.frequency',
      'relations[0].target',
    ]);
  });

  it('returns an empty list for a valid map', () => {
    expect(collectMapProblems(base())).toEqual([]);
  });
});

describe('validateMap properties', () => {
  it('accepts every generated valid map and returns an equal copy (JSON round trip)', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        expect(validateMap(JSON.parse(JSON.stringify(map)))).toEqual(map);
      }),
      { numRuns: 200 },
    );
  });

  it('collectMapProblems never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(collectMapProblems(value))).toBe(true);
      }),
    );
  });
});
