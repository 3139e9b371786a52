import type { Lang } from '@relcap/visualizer';
import { useEffect, useState } from 'preact/hooks';
import type { AnalyticsSession } from './session';
import { at } from './strings';
import { openSurveyStore, type SavedSurvey, SURVEY_DB_NAME } from './survey-store';

/**
 * The study: surveys kept in this browser (IndexedDB) to find again next week. Keep the open
 * file, open a kept one (read again with its settings), or delete it for good.
 */
export function StudyView({ session, lang }: { readonly session: AnalyticsSession; readonly lang: Lang }): preact.JSX.Element {
  const t = (k: Parameters<typeof at>[1]): string => at(lang, k);
  const [items, setItems] = useState<SavedSurvey[] | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void openSurveyStore().then(async (db) => {
      const list = await db.list();
      db.close();
      if (live) setItems(list);
    });
    return () => {
      live = false;
    };
  }, [version]);
  const withStore = async (f: (db: Awaited<ReturnType<typeof openSurveyStore>>) => Promise<void>): Promise<void> => {
    const db = await openSurveyStore();
    try {
      await f(db);
    } finally {
      db.close();
    }
    setVersion((v) => v + 1);
  };
  const file = session.file.value;
  return (
    <section class="study-view" id="study" aria-labelledby="study-heading">
      <h2 id="study-heading">{t('study')}</h2>
      <p class="small muted">
        {t('studyWhere')} <code>{SURVEY_DB_NAME}</code>)
      </p>
      <button
        type="button"
        id="keep-survey"
        disabled={file === null}
        onClick={() =>
          file !== null &&
          void withStore((db) => db.put({ id: crypto.randomUUID(), name: file.name, file, settings: session.settings.value, savedAt: new Date().toISOString() }))
        }
      >
        {t('keep')}
      </button>
      {items !== null && items.length === 0 && <p>{t('noKept')}</p>}
      <ul id="kept-surveys">
        {(items ?? []).map((s) => (
          <li key={s.id} data-id={s.id}>
            <span class="kept-name">{s.name}</span> <span class="small muted">{s.savedAt.slice(0, 10)}</span>{' '}
            <button
              type="button"
              class="open-kept"
              aria-label={`${t('openKept')}: ${s.name}`}
              onClick={() => {
                session.settings.value = s.settings;
                session.analyse(new File([s.file], s.name));
              }}
            >
              {t('openKept')}
            </button>{' '}
            <button type="button" class="delete-kept" aria-label={`${t('deleteKept')}: ${s.name}`} onClick={() => void withStore((db) => db.remove(s.id))}>
              {t('deleteKept')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
