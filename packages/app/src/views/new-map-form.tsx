import type { NetworkMap } from '@relcap/core';
import { useState } from 'preact/hooks';
import { newMap } from './commands';
import { useApp, useT } from './context';

/** The bundled example (the eight actors of the example map in the ministry guide "Tværprofessionelt samarbejde – om udsatte børn og unge"), set by main at start. */
export const templates: { example: NetworkMap | null } = { example: null };

/** Starts a map: around a child under a pseudonym, or a professional network; from a template. */
export function NewMapForm(): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const [type, setType] = useState<'child' | 'network'>('child');
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<'empty' | 'example'>('empty');
  return (
    <form
      class="panel new-map"
      id="new-map-form"
      aria-labelledby="new-map-heading"
      onSubmit={(ev) => {
        ev.preventDefault();
        const name = title.trim() === '' ? (type === 'child' ? 'Barn A' : t('newNetworkMap')) : title.trim();
        const map = newMap({ type, title: name, template: template === 'example' ? templates.example : null, lang: app.state.value.lang });
        app.store.dispatch({ type: 'open', map, docId: null });
      }}
    >
      <h2 id="new-map-heading">{t('newMap')}</h2>
      <fieldset>
        <legend>{t('actorKind')}</legend>
        <label>
          <input type="radio" name="map-type" id="new-type-child" checked={type === 'child'} onChange={() => setType('child')} /> {t('newChildMap')}
        </label>
        <label>
          <input type="radio" name="map-type" id="new-type-network" checked={type === 'network'} onChange={() => setType('network')} /> {t('newNetworkMap')}
        </label>
      </fieldset>
      <label>
        {type === 'child' ? t('pseudonym') : t('mapTitle')} <input id="new-title" value={title} onInput={(ev) => setTitle(ev.currentTarget.value)} />
      </label>
      <label>
        {t('template')}{' '}
        <select id="new-template" value={template} onChange={(ev) => setTemplate(ev.currentTarget.value === 'example' ? 'example' : 'empty')}>
          <option value="empty">{t('templateEmpty')}</option>
          <option value="example">{t('templateExample')}</option>
        </select>
      </label>
      <button type="submit" id="new-create">
        {t('create')}
      </button>
    </form>
  );
}
