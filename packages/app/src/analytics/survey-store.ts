import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { AnalyticsSettings } from './session';

/** One survey kept in the browser: the file as it was chosen and the settings it was read with. */
export interface SavedSurvey {
  readonly id: string;
  readonly name: string;
  readonly file: Blob;
  readonly settings: AnalyticsSettings;
  /** ISO time it was kept. */
  readonly savedAt: string;
}

interface SurveyDb extends DBSchema {
  surveys: { key: string; value: SavedSurvey };
}

/**
 * Where the analysis view keeps surveys: its own IndexedDB database, beside the editor's `relcap`
 * (so neither's schema version depends on the other).
 */
export const SURVEY_DB_NAME = 'relcap-surveys';

/** The kept surveys, through `idb`; every call is one transaction. */
export interface SurveyStore {
  list(): Promise<SavedSurvey[]>;
  put(record: SavedSurvey): Promise<void>;
  /** Deletes for good. */
  remove(id: string): Promise<void>;
  close(): void;
}

/**
 * Opens (creating on first use) the surveys database of this browser profile.
 *
 * @example
 * ```ts
 * const store = await openSurveyStore();
 * await store.put({ id: crypto.randomUUID(), name: file.name, file, settings, savedAt: new Date().toISOString() });
 * ```
 */
export async function openSurveyStore(name = SURVEY_DB_NAME): Promise<SurveyStore> {
  const db: IDBPDatabase<SurveyDb> = await openDB<SurveyDb>(name, 1, {
    upgrade(d) {
      d.createObjectStore('surveys', { keyPath: 'id' });
    },
  });
  return {
    list: async () => (await db.getAll('surveys')).sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0)),
    put: async (r) => {
      await db.put('surveys', r);
    },
    remove: (id) => db.delete('surveys', id),
    close: () => db.close(),
  };
}
