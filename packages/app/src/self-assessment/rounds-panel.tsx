import { type AssessmentRound, compareRounds } from '@relcap/core';
import { roundsToSpiderWebInput, SPIDER_WEB_LIMITS } from '@relcap/visualizer';
import { useMemo } from 'preact/hooks';
import { useApp } from '../views/context';
import { saTr } from './sa-strings';
import { SpiderWebSvg } from './spider-web-svg';

const signed = (v: number | null): string => (v === null ? '–' : v > 0 ? `+${v}` : String(v));

/** The earlier rounds and the open one overlaid, each in its own colour, and the change per statement since the round before. */
export function RoundsPanel(props: { readonly earlier: readonly AssessmentRound[]; readonly round: AssessmentRound }): preact.JSX.Element | null {
  const app = useApp();
  const lang = app.state.value.lang;
  const t = (k: Parameters<typeof saTr>[1]): string => saTr(lang, k);
  const all = useMemo(() => [...props.earlier, props.round], [props.earlier, props.round]);
  // The web draws at most SPIDER_WEB_LIMITS.series rounds: the latest ones, and says so.
  const shown = all.slice(-SPIDER_WEB_LIMITS.series);
  const input = useMemo(() => roundsToSpiderWebInput(shown, { lang }), [all, lang]);
  const previous = props.earlier[props.earlier.length - 1];
  const comparison = useMemo(() => (previous === undefined ? null : compareRounds(previous, props.round)), [previous, props.round]);
  if (comparison === null || previous === undefined) return null;
  const name = (r: AssessmentRound): string => `${r.label ?? ''} ${r.date}`.trim();
  return (
    <section class="sa-panel" aria-labelledby="sa-rounds-heading">
      <h2 id="sa-rounds-heading">{t('overlay')}</h2>
      {shown.length < all.length && <p class="muted small">{`${t('tooManyRounds')} (${shown.length} / ${all.length}).`}</p>}
      <SpiderWebSvg input={input} id="sa-overlay" />
      <h3 id="sa-changes-heading">{`${t('changes')}: ${name(previous)} → ${name(props.round)}`}</h3>
      <table class="sa-changes" id="sa-changes" aria-labelledby="sa-changes-heading">
        <thead>
          <tr>
            <th scope="col">{t('statement')}</th>
            <th scope="col">{`${t('before')} (${t('median')})`}</th>
            <th scope="col">{`${t('after')} (${t('median')})`}</th>
            <th scope="col">{t('change')}</th>
            <th scope="col">{t('spreadChange')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.changes.map((c) => (
            <tr key={c.statementId} data-statement={c.statementId} data-change={c.medianChange ?? ''}>
              <th scope="row">
                {c.text[lang]}
                {c.status !== 'both' ? ` (${t(c.status)})` : ''}
              </th>
              <td>{c.before?.stats?.median ?? '–'}</td>
              <td>{c.after?.stats?.median ?? '–'}</td>
              <td class="sa-change">{signed(c.medianChange)}</td>
              <td>{signed(c.iqrChange)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
