import { type Actor, getDimensionSet, type NetworkMap, RELATION_STRENGTHS, type Relation } from '@relcap/core';
import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from './context';

/** What is selected, with every edit of it one click (or key) away. */
export function SelectionPanel(): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const { map, selection, linkFrom } = app.state.value;
  if (map === null) return <section class="panel" />;
  const actor = selection?.kind === 'actor' ? map.actors.find((a) => a.id === selection.id) : undefined;
  const relation = selection?.kind === 'relation' ? map.relations.find((r) => r.id === selection.id) : undefined;
  return (
    <section class="panel" aria-labelledby="selection-heading" id="selection-panel">
      <h2 id="selection-heading">{t('selection')}</h2>
      {linkFrom !== null && (
        <output class="linking-note" id="linking-status">
          {t('linking')}{' '}
          <button type="button" id="link-cancel" onClick={() => app.store.dispatch({ type: 'linkCancel' })}>
            {t('cancel')}
          </button>
        </output>
      )}
      {actor !== undefined && <ActorPanel key={actor.id} map={map} actor={actor} />}
      {relation !== undefined && <RelationPanel key={relation.id} map={map} relation={relation} />}
      {actor === undefined && relation === undefined && <p class="muted">{t('nothingSelected')}</p>}
      <p class="muted small">{t('shortcuts')}</p>
    </section>
  );
}

function ActorPanel({ map, actor }: { readonly map: NetworkMap; readonly actor: Actor }): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const d = app.store.dispatch;
  const [label, setLabel] = useState(actor.label);
  useEffect(() => setLabel(actor.label), [actor.label]);
  const others = map.actors.filter((a) => a.id !== actor.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  return (
    <div class="actor-panel" data-actor={actor.id}>
      <h3>
        {t('actor')}: <span class="name">{actor.label}</span> {actor.coordinator === true && <span class="badge">{t('isCoordinator')}</span>}
      </h3>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          if (label.trim() !== '' && label !== actor.label) d({ type: 'updateActor', id: actor.id, patch: { label: label.trim() } });
        }}
      >
        <label>
          {t('label')} <input id="actor-label" value={label} onInput={(ev) => setLabel(ev.currentTarget.value)} />
        </label>
        <button type="submit">{t('rename')}</button>
      </form>
      <div class="button-row">
        <button type="button" id="actor-connect" aria-keyshortcuts="C" onClick={() => d({ type: 'linkStart', id: actor.id })}>
          {t('connect')}
        </button>
        <button type="button" id="actor-coordinator" aria-keyshortcuts="K" aria-pressed={actor.coordinator === true} onClick={() => d({ type: 'setCoordinator', id: actor.coordinator === true ? null : actor.id })}>
          {t('coordinator')}
        </button>
        <button type="button" id="actor-remove" aria-keyshortcuts="Delete" onClick={() => d({ type: 'removeActor', id: actor.id })}>
          {t('remove')}
        </button>
      </div>
      {others.length > 0 && (
        <form
          class="connect-to"
          onSubmit={(ev) => {
            ev.preventDefault();
            if (target !== '') d({ type: 'connect', source: actor.id, target, strength: 'strong' });
          }}
        >
          <label>
            {t('connectTo')}{' '}
            <select id="connect-target" value={target} onChange={(ev) => setTarget(ev.currentTarget.value)}>
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" id="connect-submit">
            {t('connect')}
          </button>
        </form>
      )}
    </div>
  );
}

const STRENGTH_KEYS = { strong: 'strong', weak: 'weak', missing: 'missing', stressful: 'stressful' } as const;

function RelationPanel({ map, relation }: { readonly map: NetworkMap; readonly relation: Relation }): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const lang = app.state.value.lang;
  const d = app.store.dispatch;
  const name = (id: string): string => map.actors.find((a) => a.id === id)?.label ?? id;
  const dims = dimensionsOf(relation);
  const [ratings, setRatings] = useState<Record<string, number>>(relation.kind === 'rated' ? { ...relation.ratings } : {});
  const [notes, setNotes] = useState(relation.notes ?? '');
  const [what, setWhat] = useState(relation.action?.what ?? '');
  const [who, setWho] = useState(relation.action?.who ?? '');
  const [when, setWhen] = useState(relation.action?.when ?? '');
  const [done, setDone] = useState(relation.action?.done === true);
  const strength = relation.kind === 'strength' ? relation.strength : null;
  const direction = !relation.directed ? 'mutual' : 'forward';
  return (
    <div class="relation-panel" data-relation={relation.id}>
      <h3>
        {t('relation')}: <span class="name">{name(relation.source)}</span> {relation.directed ? '→' : '–'} <span class="name">{name(relation.target)}</span>
      </h3>
      <fieldset>
        <legend>{t('kind')}</legend>
        <div class="button-row">
          {RELATION_STRENGTHS.map((s, i) => (
            <button key={s} type="button" id={`kind-${s}`} class={`kind-${s}`} aria-pressed={strength === s} aria-keyshortcuts={String(i + 1)} onClick={() => d({ type: 'setStrength', id: relation.id, strength: s })}>
              {t(STRENGTH_KEYS[s])}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('direction')}</legend>
        <div class="button-row">
          <button type="button" id="dir-mutual" aria-pressed={direction === 'mutual'} onClick={() => d({ type: 'setDirection', id: relation.id, direction: { directed: false } })}>
            {t('mutual')}
          </button>
          <button type="button" id="dir-forward" aria-pressed={direction === 'forward'} onClick={() => d({ type: 'setDirection', id: relation.id, direction: { directed: true } })}>
            {t('forward')}
          </button>
          <button type="button" id="dir-reverse" onClick={() => d({ type: 'setDirection', id: relation.id, direction: { directed: true, reverse: true } })}>
            {t('backward')}
          </button>
        </div>
      </fieldset>
      <form
        class="rating"
        onSubmit={(ev) => {
          ev.preventDefault();
          if (Object.keys(ratings).length > 0) d({ type: 'rate', id: relation.id, ratings });
        }}
      >
        <fieldset>
          <legend>{t('rating')}</legend>
          {dims.map((dim) => (
            <label key={dim.key} class="rating-row">
              <span>{dim.labels[lang]}</span>
              <select
                id={`rate-${dim.key}`}
                value={ratings[dim.key] === undefined ? '' : String(ratings[dim.key])}
                onChange={(ev) => {
                  const v = ev.currentTarget.value;
                  const { [dim.key]: _, ...rest } = ratings;
                  setRatings(v === '' ? rest : { ...rest, [dim.key]: Number(v) });
                }}
              >
                <option value="">–</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={String(n)}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit" id="rate-submit" disabled={Object.keys(ratings).length === 0}>
            {t('rate')}
          </button>
        </fieldset>
      </form>
      <form
        class="annotate"
        onSubmit={(ev) => {
          ev.preventDefault();
          const action = what.trim() === '' ? null : { what: what.trim(), ...(who.trim() !== '' ? { who: who.trim() } : {}), ...(when.trim() !== '' ? { when: when.trim() } : {}), ...(done ? { done: true } : {}) };
          d({ type: 'annotate', id: relation.id, notes: notes.trim() === '' ? null : notes, action });
        }}
      >
        <label>
          {t('notes')} <textarea id="relation-notes" rows={2} value={notes} onInput={(ev) => setNotes(ev.currentTarget.value)} />
        </label>
        <fieldset>
          <legend>{t('action')}</legend>
          <label>
            {t('actionWhat')} <input id="action-what" value={what} onInput={(ev) => setWhat(ev.currentTarget.value)} />
          </label>
          <label>
            {t('actionWho')} <input id="action-who" value={who} onInput={(ev) => setWho(ev.currentTarget.value)} />
          </label>
          <label>
            {t('actionWhen')} <input id="action-when" value={when} onInput={(ev) => setWhen(ev.currentTarget.value)} />
          </label>
          <label class="toggle">
            <input type="checkbox" id="action-done" checked={done} onChange={(ev) => setDone(ev.currentTarget.checked)} /> {t('actionDone')}
          </label>
        </fieldset>
        <button type="submit" id="annotate-submit">
          {t('saveNote')}
        </button>
      </form>
      <button type="button" id="relation-remove" aria-keyshortcuts="Delete" onClick={() => d({ type: 'removeRelation', id: relation.id })}>
        {t('remove')}
      </button>
    </div>
  );
}

/** The dimensions a relation is rated on: its own set, else relational coordination's seven. */
function dimensionsOf(relation: Relation): ReturnType<typeof getDimensionSet>['dimensions'] {
  const key = relation.kind === 'rated' ? (relation.dimensionSet ?? 'relational_coordination') : 'relational_coordination';
  try {
    return getDimensionSet(key).dimensions;
  } catch {
    return getDimensionSet('relational_coordination').dimensions;
  }
}
