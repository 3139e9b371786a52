import { compareSurveys, type SurveyScore, waveComparisonTable } from '@relcap/core';
import type { Lang } from '@relcap/visualizer';
import { useMemo } from 'preact/hooks';
import { ResultTableView } from './result-table-view';
import type { AnalyticsSession } from './session';
import { at } from './strings';

/**
 * A second wave: choose the earlier file, scored with the same settings; core's
 * `compareSurveys` gives each tie's change with its interval (Welch for independent waves), and
 * the ties that appeared or vanished are listed.
 */
export function WaveView({ session, score, lang }: { readonly session: AnalyticsSession; readonly score: SurveyScore; readonly lang: Lang }): preact.JSX.Element {
  const t = (k: Parameters<typeof at>[1]): string => at(lang, k);
  const st = session.earlier.status.value;
  const before = st.kind === 'done' ? st.score : null;
  const cmp = useMemo(() => {
    if (before === null) return null;
    try {
      return compareSurveys(before, score, { confidence: score.options.confidence });
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }, [before, score]);
  return (
    <section class="wave-view" id="wave-view" aria-labelledby="wave-heading">
      <h2 id="wave-heading">{t('waveHeading')}</h2>
      <label class="file-button">
        <span id="earlier-file-label">{t('chooseEarlier')}</span>
        <input
          type="file"
          id="earlier-file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(ev) => {
            const input = ev.currentTarget;
            const f = input.files?.[0];
            input.value = '';
            if (f !== undefined) session.analyseEarlier(f);
          }}
        />
      </label>
      {st.kind === 'running' && (
        <p id="earlier-progress">
          {t('reading')} {session.earlier.file.value?.name ?? ''} <progress max={Math.max(st.total, 1)} value={st.bytes} aria-label={t('progress')} />
        </p>
      )}
      {st.kind === 'failed' && (
        <p id="earlier-failed" role="alert">
          {t('failed')}: <code>{st.problem.code}</code> {st.problem.message}
        </p>
      )}
      {cmp instanceof Error && (
        <p id="wave-error" role="alert">
          {cmp.message}
        </p>
      )}
      {cmp !== null && !(cmp instanceof Error) && (
        <>
          <ResultTableView id="wave-table" table={waveComparisonTable(cmp, score.options.minRaters)} lang={lang} bands={score.options.bands} />
          <h3>{t('appeared')}</h3>
          <ul id="ties-appeared">
            {cmp.ties
              .filter((x) => x.status === 'appeared')
              .map((x) => (
                <li key={`${x.from}→${x.to}`}>
                  {x.from} → {x.to}
                </li>
              ))}
          </ul>
          <h3>{t('vanished')}</h3>
          <ul id="ties-vanished">
            {cmp.ties
              .filter((x) => x.status === 'vanished')
              .map((x) => (
                <li key={`${x.from}→${x.to}`}>
                  {x.from} → {x.to}
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
