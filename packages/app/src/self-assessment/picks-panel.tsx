import { type AssessmentRound, SA_LIMITS } from '@relcap/core';
import { useApp } from '../views/context';
import { saTr } from './sa-strings';
import type { PickField } from './types';
import { statementNumbers } from './web-panel';

/** Pick up to three statements; for each, what the child and parents will notice, what it takes, and a plan (who, what, when). */
export function PicksPanel(props: { readonly round: AssessmentRound }): preact.JSX.Element {
  const app = useApp();
  const lang = app.state.value.lang;
  const t = (k: Parameters<typeof saTr>[1]): string => saTr(lang, k);
  const d = app.store.dispatch;
  const { round } = props;
  const numbers = statementNumbers(round);
  const statements = round.template.areas.flatMap((a) => a.statements);
  const picked = new Set(round.picks.map((p) => p.statementId));
  const full = round.picks.length >= SA_LIMITS.picks;
  const field = (statementId: string, key: PickField, label: string, value: string, multi: boolean): preact.JSX.Element => {
    const id = `sa-pick-${numbers.get(statementId)}-${key}`;
    const commit = (text: string): void => d({ type: 'saEditPick', statementId, field: key, text });
    return (
      <label class="sa-field" for={id}>
        <span>{label}</span>
        {multi ? (
          <textarea id={id} rows={2} maxLength={SA_LIMITS.textChars} value={value} onChange={(ev) => commit(ev.currentTarget.value)} />
        ) : (
          <input type="text" id={id} maxLength={SA_LIMITS.textChars} value={value} onChange={(ev) => commit(ev.currentTarget.value)} />
        )}
      </label>
    );
  };
  return (
    <section class="sa-panel" aria-labelledby="sa-picks-heading">
      <h2 id="sa-picks-heading">{t('picks')}</h2>
      <p class="muted small">{t('picksHint')}</p>
      <fieldset class="sa-pick-list">
        <legend>{t('pick')}</legend>
        {statements.map((s) => (
          <label key={s.id} class="sa-pick-option">
            <input
              type="checkbox"
              id={`sa-pick-${numbers.get(s.id)}`}
              checked={picked.has(s.id)}
              disabled={full && !picked.has(s.id)}
              onChange={() => d({ type: 'saTogglePick', statementId: s.id })}
            />{' '}
            {`${numbers.get(s.id)}. ${s.text[lang]}`}
          </label>
        ))}
      </fieldset>
      {round.picks.map((p) => {
        const s = statements.find((x) => x.id === p.statementId);
        return (
          <fieldset key={p.statementId} class="sa-plan" data-statement={p.statementId}>
            <legend>{`${numbers.get(p.statementId)}. ${s?.text[lang] ?? p.statementId}`}</legend>
            {field(p.statementId, 'childAndParentsWillNotice', t('notice'), p.childAndParentsWillNotice, true)}
            {field(p.statementId, 'whatItTakes', t('takes'), p.whatItTakes, true)}
            <div class="sa-plan-row">
              {field(p.statementId, 'who', `${t('plan')}: ${t('who')}`, p.plan.who, false)}
              {field(p.statementId, 'what', `${t('plan')}: ${t('what')}`, p.plan.what, false)}
              {field(p.statementId, 'when', `${t('plan')}: ${t('when')}`, p.plan.when, false)}
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}
