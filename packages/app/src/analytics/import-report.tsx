import type { Lang } from '@relcap/visualizer';
import type { PlainSummary } from '../worker/protocol';
import { at } from './strings';

/**
 * What the import did, from core's summary: the layout or survey tool and why, encoding and
 * delimiter, counts, answers removed per missing code, and every problem with line, column and
 * value (lenient mode; strict mode stops at the first and shows it instead).
 */
export function ImportReport({ summary: s, lang }: { readonly summary: PlainSummary; readonly lang: Lang }): preact.JSX.Element {
  const t = (k: Parameters<typeof at>[1]): string => at(lang, k);
  const n = (v: number): string => v.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
  const missing = s.toolReport?.missing ?? [];
  return (
    <section class="import-report" id="import-report" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading">{t('report')}</h2>
      <dl>
        <dt>{t('tool')}</dt>
        <dd id="report-tool">{s.tool ?? `${t('relcapFormat')} (${s.format})`}</dd>
        <dt>{t('why')}</dt>
        <dd id="report-reason">{s.toolReport?.reason ?? s.reason}</dd>
        <dt>{t('encoding')}</dt>
        <dd>
          {s.encoding}
          {s.bom ? ' (BOM)' : ''}, «{s.delimiter === '\t' ? 'tab' : s.delimiter}»
        </dd>
        <dt>{t('counts')}</dt>
        <dd id="report-counts">
          {n(s.respondents)} {t('respondents')}, {n(s.answerCount)} {t('answers')}, {n(s.missing)} {t('missing')}, {n(s.unanswered)} {t('unanswered')}
        </dd>
      </dl>
      {missing.length > 0 && (
        <table class="missing-codes" id="missing-by-code">
          <caption>{t('missingByCode')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('code')}</th>
              <th scope="col">{t('removed')}</th>
            </tr>
          </thead>
          <tbody>
            {missing.map((m) => (
              <tr key={`${m.source}:${m.code}`}>
                <td>{m.code === '' ? t('blank') : m.code}</td>
                <td class="num">{n(m.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('problems')}</h3>
      {s.issues.length === 0 ? (
        <p id="no-problems">{t('noProblems')}</p>
      ) : (
        <table class="problems" id="problems">
          <thead>
            <tr>
              <th scope="col">{t('line')}</th>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('value')}</th>
              <th scope="col">{t('expected')}</th>
              <th scope="col">{t('message')}</th>
            </tr>
          </thead>
          <tbody>
            {s.issues.map((p, i) => (
              <tr key={i} data-code={p.code}>
                <td class="num">{p.line ?? ''}</td>
                <td>{p.column ?? ''}</td>
                <td>
                  <code>{p.value ?? ''}</code>
                </td>
                <td>{p.expected ?? ''}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {s.issueCount > s.issues.length && (
        <p id="more-problems">
          {n(s.issueCount - s.issues.length)} {t('more')}
        </p>
      )}
    </section>
  );
}
