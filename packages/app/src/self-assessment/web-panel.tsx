import { type AssessmentRound, chooseSpreadBand, rankDisagreement, summarizeRound } from '@relcap/core';
import { roundsToSpiderWebInput } from '@relcap/visualizer';
import { useMemo } from 'preact/hooks';
import { useApp } from '../views/context';
import { saTr } from './sa-strings';
import { SpiderWebSvg } from './spider-web-svg';

/** Statement numbers (1-based, template order) by id, as on the web's axes. */
export const statementNumbers = (round: AssessmentRound): Map<string, number> =>
  new Map(round.template.areas.flatMap((a) => a.statements).map((s, i) => [s.id, i + 1]));

/** The flagged statements (most disagreement first) of a round, with the band the web shows. */
export function flaggedStatements(round: AssessmentRound): ReturnType<typeof rankDisagreement> {
  const band = chooseSpreadBand(round.participants.length);
  return rankDisagreement(summarizeRound(round), { band }).filter((x) => x.flagged);
}

/** The spider web of the open round: median line, spread band, points on request; the most-disagreed statements listed. */
export function WebPanel(props: { readonly round: AssessmentRound }): preact.JSX.Element {
  const app = useApp();
  const { lang, sa } = app.state.value;
  const t = (k: Parameters<typeof saTr>[1]): string => saTr(lang, k);
  const input = useMemo(() => roundsToSpiderWebInput([props.round], { lang, participants: sa.showPoints }), [props.round, lang, sa.showPoints]);
  const flagged = useMemo(() => flaggedStatements(props.round), [props.round]);
  const numbers = statementNumbers(props.round);
  return (
    <section class="sa-panel" aria-labelledby="sa-web-heading">
      <h2 id="sa-web-heading">{t('web')}</h2>
      <label class="toggle">
        <input type="checkbox" id="sa-show-points" checked={sa.showPoints} onChange={(ev) => app.store.dispatch({ type: 'saShowPoints', on: ev.currentTarget.checked })} />{' '}
        {t('showPoints')}
      </label>
      <SpiderWebSvg input={input} id="sa-web" />
      <h3>{t('disagreement')}</h3>
      {flagged.length === 0 ? (
        <p class="muted">{t('noDisagreement')}</p>
      ) : (
        <ol id="sa-disagreement">
          {flagged.map((f) => (
            <li key={f.statementId} data-statement={f.statementId}>
              {`${numbers.get(f.statementId)}. ${f.summary.text[lang]} (${t('median')} ${f.summary.stats?.median ?? '–'}, ${t('spread')} ${f.spread})`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
