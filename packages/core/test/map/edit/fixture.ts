import { MapEditError } from '../../../src/errors/index';
import { type NetworkMap, validateMap } from '../../../src/map/index';

/** A small valid map for the edit tests (a child, a parent, three professionals, three relations). */
export function small(): NetworkMap {
  return validateMap({
    schemaVersion: 1,
    title: 'Barn A',
    type: 'child',
    actors: [
      { id: 'barn', label: 'Barn A', kind: 'child' },
      { id: 'mor', label: 'Mor', kind: 'family', profession: 'forælder' },
      { id: 'l', label: 'Lærer', kind: 'professional', profession: 'lærer', coordinator: true },
      { id: 'p', label: 'Pædagog', kind: 'professional', profession: 'pædagog', notes: 'SFO' },
      { id: 's', label: 'Socialrådgiver', kind: 'professional', profession: 'socialrådgiver', authority: true },
    ],
    relations: [
      { id: 'r1', source: 'barn', target: 'l', directed: false, kind: 'strength', strength: 'strong' },
      { id: 'r2', source: 'l', target: 'p', directed: true, kind: 'rated', ratings: { frequency: 4 }, rc: 3.2, n: 3, notes: 'ok' },
      { id: 'r3', source: 'p', target: 's', directed: false, kind: 'strength', strength: 'missing' },
    ],
  });
}

/** Deep-freezes a value so that any mutation by the code under test throws (ES modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The MapEditError `run` throws (fails the test when it throws nothing or something else). */
export function editErrorOf(run: () => unknown): MapEditError {
  try {
    run();
  } catch (e) {
    if (e instanceof MapEditError) return e;
    throw e;
  }
  throw new Error('expected a MapEditError, nothing was thrown');
}
