import { describe, expect, it } from 'vitest';
import { renameMap, setRound, validateMap } from '../../../src/map/index';
import { deepFreeze, editErrorOf, small } from './fixture';

describe('renameMap and setRound', () => {
  it('set the title and the round, and remove the round with null', () => {
    const map = deepFreeze(small());
    const next = setRound(renameMap(map, 'Barn B'), '2026-09');
    expect(next).toMatchObject({ title: 'Barn B', round: '2026-09' });
    expect(Object.keys(next)).toEqual(Object.keys(validateMap(next)));
    expect(setRound(next, null)).not.toHaveProperty('round');
    expect(next.actors).toBe(map.actors);
  });

  it('refuse a title or round that is not text', () => {
    expect(editErrorOf(() => renameMap(small(), 3 as never)).location.path).toBe('title');
    expect(editErrorOf(() => setRound(small(), 3 as never)).code).toBe('RELCAP_EDIT_BAD_TYPE');
  });
});
