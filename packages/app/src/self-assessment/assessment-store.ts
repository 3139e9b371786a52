import type { IDBPDatabase } from 'idb';
import type { RelcapDb } from '../store/saved-maps';
import type { SavedRound } from './types';

/** The saved self-assessment rounds (object store `assessments` of the `relcap` database). Every call is one transaction. */
export interface AssessmentStore {
  /** Every saved round, newest save first. */
  list(): Promise<SavedRound[]>;
  get(id: string): Promise<SavedRound | undefined>;
  put(record: SavedRound): Promise<void>;
  /** Deletes one round for good. */
  remove(id: string): Promise<void>;
  /** The rounds of a series in the order they were held (date, then key). */
  series(id: string): Promise<SavedRound[]>;
}

/** Rounds in the order they were held: by date, then by key (keys are time-based). */
export const byRoundOrder = (a: SavedRound, b: SavedRound): number => a.round.date.localeCompare(b.round.date) || a.id.localeCompare(b.id);

/**
 * The self-assessment rounds of an open `relcap` database (see `openMapStore`, which creates
 * the object store in its version 2 upgrade).
 *
 * @example
 * ```ts
 * const db = await openMapStore();
 * await db.assessments.put({ id: 'a1', series: 'a1', round, updatedAt: new Date().toISOString() });
 * ```
 */
export function createAssessmentStore(db: IDBPDatabase<RelcapDb>): AssessmentStore {
  return {
    async list() {
      return (await db.getAll('assessments')).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    get: (id) => db.get('assessments', id),
    async put(record) {
      await db.put('assessments', record);
    },
    remove: (id) => db.delete('assessments', id),
    async series(id) {
      return (await db.getAllFromIndex('assessments', 'series', id)).sort(byRoundOrder);
    },
  };
}
