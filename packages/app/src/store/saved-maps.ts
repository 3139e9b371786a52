import type { NetworkMap } from '@relcap/core';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { type AssessmentStore, createAssessmentStore } from '../self-assessment/assessment-store';
import type { SavedRound } from '../self-assessment/types';

/** One saved map in the browser's IndexedDB (database `relcap`, store `maps`). */
export interface SavedMap {
  readonly id: string;
  readonly map: NetworkMap;
  /** ISO time of the last save. */
  readonly updatedAt: string;
  /** For a round: the id of the map it is a round of (its series); absent for a working map. */
  readonly roundOf?: string;
}

export interface RelcapDb extends DBSchema {
  maps: { key: string; value: SavedMap; indexes: { roundOf: string } };
  /** Rounds of team self-assessments (version 2 on). */
  assessments: { key: string; value: SavedRound; indexes: { series: string } };
}

/** Where the app keeps its data; shown to the user in plain words. */
export const DB_NAME = 'relcap';
const VERSION = 2;

/** The saved maps, through `idb`. Every call is one IndexedDB transaction. */
export interface MapStore {
  list(): Promise<SavedMap[]>;
  get(id: string): Promise<SavedMap | undefined>;
  put(record: SavedMap): Promise<void>;
  /** Deletes for good (the record and, for a working map, its rounds). */
  remove(id: string): Promise<void>;
  rounds(of: string): Promise<SavedMap[]>;
  /** The self-assessment rounds, in the same database. */
  readonly assessments: AssessmentStore;
  close(): void;
}

/**
 * Opens (creating on first use) the `relcap` database in this browser profile.
 *
 * @example
 * ```ts
 * const db = await openMapStore();
 * await db.put({ id: 'm1', map, updatedAt: new Date().toISOString() });
 * ```
 */
export async function openMapStore(name = DB_NAME): Promise<MapStore> {
  const db: IDBPDatabase<RelcapDb> = await openDB<RelcapDb>(name, VERSION, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) d.createObjectStore('maps', { keyPath: 'id' }).createIndex('roundOf', 'roundOf');
      if (oldVersion < 2) d.createObjectStore('assessments', { keyPath: 'id' }).createIndex('series', 'series');
    },
  });
  const byTime = (a: SavedMap, b: SavedMap): number => b.updatedAt.localeCompare(a.updatedAt);
  return {
    async list() {
      return (await db.getAll('maps')).sort(byTime);
    },
    get: (id) => db.get('maps', id),
    async put(record) {
      await db.put('maps', record);
    },
    async remove(id) {
      const tx = db.transaction('maps', 'readwrite');
      const rounds = await tx.store.index('roundOf').getAllKeys(id);
      await Promise.all([...rounds, id].map((k) => tx.store.delete(k)));
      await tx.done;
    },
    async rounds(of) {
      return (await db.getAllFromIndex('maps', 'roundOf', of)).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    },
    assessments: createAssessmentStore(db),
    close: () => db.close(),
  };
}

/** A new record id: time-based and random enough for one browser profile. */
export function newMapId(now: Date = new Date()): string {
  return `m${now.getTime().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}
