import type { ActorKind } from '@relcap/core';
import { useRef, useState } from 'preact/hooks';
import { searchProfessions } from '../state/search-professions';
import { useApp, useT } from './context';

/** Adds actors: a profession from core's catalogue (search as you type), or one's own actor. */
export function ActorAdder(): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const lang = app.state.value.lang;
  const [query, setQuery] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActorKind>('family');
  const matches = searchProfessions(query);
  const add = (i: number): void => {
    const p = matches[i];
    if (p === undefined) return;
    app.store.dispatch({ type: 'addActor', actor: { label: p.labels[lang], kind: p.kind, profession: p.key, ...(p.authority === true ? { authority: true } : {}) } });
    setQuery('');
    document.getElementById('profession-search')?.focus();
  };
  return (
    <section class="panel" aria-labelledby="add-actor-heading">
      <h2 id="add-actor-heading">{t('addActor')}</h2>
      <div class="combo">
        <label for="profession-search">{t('searchProfession')}</label>
        <input
          id="profession-search"
          type="search"
          autocomplete="off"
          aria-describedby="profession-count"
          value={query}
          onInput={(ev) => setQuery(ev.currentTarget.value)}
          onKeyDown={(ev) => {
            if (ev.key === 'Enter') {
              ev.preventDefault();
              add(0);
            } else if (ev.key === 'ArrowDown') {
              ev.preventDefault();
              list.current?.querySelector('button')?.focus();
            } else if (ev.key === 'Escape') {
              setQuery('');
            }
          }}
        />
        <span id="profession-count" class="visually-hidden" aria-live="polite">
          {query === '' ? '' : `${matches.length}`}
        </span>
        <ul id="profession-list" ref={list} hidden={matches.length === 0}>
          {matches.map((p, i) => (
            <li key={p.key}>
              <button
                type="button"
                class="profession-option"
                onClick={() => add(i)}
                onKeyDown={(ev) => {
                  const items = [...(list.current?.querySelectorAll('button') ?? [])];
                  if (ev.key === 'ArrowDown') items[i + 1]?.focus();
                  else if (ev.key === 'ArrowUp') (items[i - 1] ?? document.getElementById('profession-search'))?.focus();
                  else return;
                  ev.preventDefault();
                }}
              >
                {p.labels[lang]} <span class="muted">({p.labels[lang === 'da' ? 'en' : 'da']})</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <form
        class="custom-actor"
        onSubmit={(ev) => {
          ev.preventDefault();
          if (name.trim() === '') return;
          app.store.dispatch({ type: 'addActor', actor: { label: name.trim(), kind } });
          setName('');
        }}
      >
        <fieldset>
          <legend>{t('customActor')}</legend>
          <label>
            {t('actorName')} <input id="custom-name" value={name} onInput={(ev) => setName(ev.currentTarget.value)} />
          </label>
          <label>
            {t('actorKind')}{' '}
            <select id="custom-kind" value={kind} onChange={(ev) => setKind(ev.currentTarget.value as ActorKind)}>
              <option value="family">{t('kindFamily')}</option>
              <option value="professional">{t('kindProfessional')}</option>
              <option value="organisation">{t('kindOrganisation')}</option>
            </select>
          </label>
          <button type="submit" id="custom-add">
            {t('add')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}
