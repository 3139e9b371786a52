import { useEffect, useState } from 'preact/hooks';
import type { SavedMap } from '../store/saved-maps';
import { newMapId } from '../store/saved-maps';
import { DB_NAME } from '../store/saved-maps';
import { exportAll } from './commands';
import { useApp, useT } from './context';
import { NewMapForm } from './new-map-form';

/** The saved maps in this browser: reopen, rename, duplicate, delete for good; where data is kept. */
export function SavedView(): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const [items, setItems] = useState<SavedMap[] | null>(null);
  const version = app.savedVersion.value;
  const revision = app.state.value.docId;
  useEffect(() => {
    let live = true;
    void app.db?.list().then((list) => {
      if (live) setItems(list);
    });
    return () => {
      live = false;
    };
  }, [version, revision]);
  const changed = (): void => {
    app.savedVersion.value++;
  };
  const works = (items ?? []).filter((m) => m.roundOf === undefined);
  return (
    <section class="saved-view" aria-labelledby="saved-heading">
      <NewMapForm />
      <h2 id="saved-heading">{t('savedMaps')}</h2>
      <p class="where-data" id="where-data">
        {t('whereData')} <code>{DB_NAME}</code>
      </p>
      <button type="button" id="export-all" onClick={() => void exportAll(app)}>
        {t('exportAll')}
      </button>
      {items !== null && works.length === 0 && <p>{t('noSaved')}</p>}
      <ul class="saved-list" id="saved-list">
        {works.map((m) => (
          <SavedItem key={m.id} item={m} rounds={(items ?? []).filter((r) => r.roundOf === m.id).length} onChange={changed} />
        ))}
      </ul>
    </section>
  );
}

function SavedItem({ item, rounds, onChange }: { readonly item: SavedMap; readonly rounds: number; readonly onChange: () => void }): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const [title, setTitle] = useState(item.map.title);
  const [confirm, setConfirm] = useState(false);
  const db = app.db!;
  const open = app.state.value.docId === item.id;
  return (
    <li data-id={item.id} class={open ? 'open' : ''}>
      <form
        onSubmit={async (ev) => {
          ev.preventDefault();
          if (title.trim() === '') return;
          const map = { ...item.map, title: title.trim() };
          await db.put({ ...item, map, updatedAt: new Date().toISOString() });
          if (open) app.store.dispatch({ type: 'renameMap', title: title.trim() });
          onChange();
        }}
      >
        <label>
          <span class="visually-hidden">{t('rename')}</span>
          <input class="saved-title" value={title} onInput={(ev) => setTitle(ev.currentTarget.value)} />
        </label>
        <button type="submit">{t('rename')}</button>
      </form>
      <span class="muted">
        {item.updatedAt.slice(0, 16).replace('T', ' ')} · {item.map.actors.length} · {t('rounds')}: {rounds}
      </span>
      <div class="button-row">
        <button type="button" class="saved-open" onClick={() => app.store.dispatch({ type: 'open', map: item.map, docId: item.id })}>
          {t('reopen')}
        </button>
        <button
          type="button"
          class="saved-duplicate"
          onClick={async () => {
            await db.put({ id: newMapId(), map: { ...item.map, title: `${item.map.title} (2)` }, updatedAt: new Date().toISOString() });
            onChange();
          }}
        >
          {t('duplicate')}
        </button>
        {!confirm ? (
          <button type="button" class="saved-delete" onClick={() => setConfirm(true)}>
            {t('deleteForGood')}
          </button>
        ) : (
          <button
            type="button"
            class="saved-delete-confirm danger"
            onClick={async () => {
              await db.remove(item.id);
              if (open) app.store.dispatch({ type: 'close' });
              onChange();
            }}
          >
            {t('confirmDelete')}: {item.map.title}?
          </button>
        )}
      </div>
    </li>
  );
}
