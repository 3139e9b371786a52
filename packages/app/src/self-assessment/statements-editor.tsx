import { type AssessmentRound, SA_LIMITS } from '@relcap/core';
import { useState } from 'preact/hooks';
import { useApp } from '../views/context';
import { saTr } from './sa-strings';

/** Adds a statement to one area: a text field and a button (Enter in the field adds too). */
function AddStatement(props: { readonly areaId: string; readonly index: number }): preact.JSX.Element {
  const app = useApp();
  const t = (k: Parameters<typeof saTr>[1]): string => saTr(app.state.value.lang, k);
  const [text, setText] = useState('');
  const add = (): void => {
    if (text.trim() === '') return;
    app.store.dispatch({ type: 'saAddStatement', areaId: props.areaId, text });
    setText('');
  };
  return (
    <div class="sa-row">
      <input
        type="text"
        id={`sa-new-statement-${props.index}`}
        aria-label={t('newStatement')}
        placeholder={t('newStatement')}
        maxLength={SA_LIMITS.textChars}
        value={text}
        onInput={(ev) => setText(ev.currentTarget.value)}
        onKeyDown={(ev) => ev.key === 'Enter' && add()}
      />
      <button type="button" onClick={add} disabled={text.trim() === ''}>
        {t('addStatement')}
      </button>
    </div>
  );
}

/** The statements of the round, by area: edit, remove, add, and add areas (the team's own words). */
export function StatementsEditor(props: { readonly round: AssessmentRound }): preact.JSX.Element {
  const app = useApp();
  const lang = app.state.value.lang;
  const t = (k: Parameters<typeof saTr>[1]): string => saTr(lang, k);
  const d = app.store.dispatch;
  const [area, setArea] = useState('');
  const [first, setFirst] = useState('');
  let n = 0;
  return (
    <details class="sa-panel sa-statements" open={props.round.template.id === 'own'}>
      <summary>{t('statements')}</summary>
      {props.round.template.areas.map((a, ai) => (
        <fieldset key={a.id}>
          <legend>{a.title[lang]}</legend>
          {a.statements.map((s) => {
            n++;
            return (
              <div class="sa-row" key={s.id}>
                <input
                  type="text"
                  class="sa-statement-text"
                  aria-label={`${t('editStatement')} ${n}`}
                  maxLength={SA_LIMITS.textChars}
                  value={s.text[lang]}
                  onChange={(ev) => d({ type: 'saEditStatement', statementId: s.id, text: ev.currentTarget.value })}
                />
                <button type="button" aria-label={`${t('removeStatement')} ${n}`} onClick={() => d({ type: 'saRemoveStatement', statementId: s.id })}>
                  ×
                </button>
              </div>
            );
          })}
          <AddStatement areaId={a.id} index={ai} />
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('addArea')}</legend>
        <div class="sa-row">
          <input type="text" id="sa-add-area-title" aria-label={t('areaTitle')} placeholder={t('areaTitle')} value={area} onInput={(ev) => setArea(ev.currentTarget.value)} />
          <input type="text" id="sa-add-area-statement" aria-label={t('statement')} placeholder={t('statement')} value={first} onInput={(ev) => setFirst(ev.currentTarget.value)} />
          <button
            type="button"
            id="sa-add-area"
            disabled={area.trim() === '' || first.trim() === ''}
            onClick={() => {
              d({ type: 'saAddArea', title: area, statement: first });
              setArea('');
              setFirst('');
            }}
          >
            {t('addArea')}
          </button>
        </div>
      </fieldset>
    </details>
  );
}
