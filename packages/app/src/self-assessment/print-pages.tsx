import type { AssessmentRound } from '@relcap/core';
import { roundsToSpiderWebInput } from '@relcap/visualizer';
import { useMemo } from 'preact/hooks';
import { useApp } from '../views/context';
import { saTr } from './sa-strings';
import { SpiderWebSvg } from './spider-web-svg';
import { statementNumbers } from './web-panel';

/** One A4 page of a round: title, the web, the three picked statements with their plans. */
function PrintPage(props: { readonly round: AssessmentRound; readonly index: number }): preact.JSX.Element {
  const app = useApp();
  const lang = app.state.value.lang;
  const t = (k: Parameters<typeof saTr>[1]): string => saTr(lang, k);
  const { round } = props;
  const input = useMemo(() => roundsToSpiderWebInput([round], { lang }), [round, lang]);
  const numbers = statementNumbers(round);
  const text = new Map(round.template.areas.flatMap((a) => a.statements).map((s) => [s.id, s.text[lang]]));
  return (
    <article class="sa-print-page" data-round={props.index + 1}>
      <h1>{`${round.template.title[lang]}: ${round.label ?? t('round')} · ${round.date}`}</h1>
      <p class="small">{`${round.participants.length} ${t('participants')}`}</p>
      <SpiderWebSvg input={input} class="sa-print-web" />
      <h2>{t('picks')}</h2>
      {round.picks.length === 0 ? (
        <p>{t('noPicks')}</p>
      ) : (
        <ol class="sa-print-picks">
          {round.picks.map((p) => (
            <li key={p.statementId}>
              <strong>{`${numbers.get(p.statementId)}. ${text.get(p.statementId) ?? p.statementId}`}</strong>
              <dl>
                <dt>{t('notice')}</dt>
                <dd>{p.childAndParentsWillNotice || '–'}</dd>
                <dt>{t('takes')}</dt>
                <dd>{p.whatItTakes || '–'}</dd>
                <dt>{t('plan')}</dt>
                <dd>{`${t('who')}: ${p.plan.who || '–'} · ${t('what')}: ${p.plan.what || '–'} · ${t('when')}: ${p.plan.when || '–'}`}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
      <p class="sa-print-footer small">{`relcap · ${t('printed')} ${new Date().toISOString().slice(0, 10)}`}</p>
    </article>
  );
}

/** What prints: one A4 page per round of the series (the earlier rounds, then the open one). Hidden on screen. */
export function PrintPages(props: { readonly rounds: readonly AssessmentRound[] }): preact.JSX.Element {
  return (
    <div class="sa-print" aria-hidden="true">
      {props.rounds.map((r, i) => (
        <PrintPage key={`${i}-${r.date}`} round={r} index={i} />
      ))}
    </div>
  );
}
