import { useMemo } from 'preact/hooks';
import { summarise } from '../state/summary';
import { bandLabel } from '../strings';
import { useApp, useT } from './context';


/** The live summary: counts by kind, core's warnings, the gaps worth closing, open actions. */
export function SummaryPanel(): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const { map, lang } = app.state.value;
  const summary = useMemo(() => (map === null ? null : summarise(map)), [map]);
  if (map === null || summary === null) return <aside class="panel summary" />;
  const label = (id: string): string => map.actors.find((a) => a.id === id)?.label ?? id;
  const bandName = (band: string): string => bandLabel(lang, band);
  return (
    // Focusable: the summary scrolls on its own when it is longer than the screen (keyboard users scroll it too).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <aside class="panel summary" id="summary" aria-labelledby="summary-heading" tabIndex={0}>
      <h2 id="summary-heading">{t('summary')}</h2>
      <h3>{t('countsByKind')}</h3>
      <dl class="counts">
        {Object.entries(summary.counts)
          .filter(([, n]) => n > 0)
          .map(([band, n]) => (
            <div key={band} data-band={band}>
              <dt>{bandName(band)}</dt>
              <dd>{n}</dd>
            </div>
          ))}
      </dl>
      <h3>{t('warnings')}</h3>
      <ul id="summary-warnings">
        {summary.warnings.length === 0 ? <li class="muted">{t('none')}</li> : summary.warnings.map((w) => <li key={`${w.code}-${w.actorId ?? ''}`} data-code={w.code}>{w.message[lang]}</li>)}
      </ul>
      <h3>{t('gapsToClose')}</h3>
      {!summary.gapsComplete && <p class="muted small">{t('gapsPartial')}</p>}
      <ol id="summary-gaps">
        {summary.gaps.length === 0 ? <li class="muted">{t('none')}</li> : summary.gaps.map((g) => <li key={`${g.a}-${g.b}`}>{g.reason[lang]}</li>)}
      </ol>
      <h3>{t('openActions')}</h3>
      <ul id="summary-actions">
        {summary.openActions.length === 0 ? (
          <li class="muted">{t('none')}</li>
        ) : (
          summary.openActions.map((a) => (
            <li key={a.relationId}>
              <strong>{a.what}</strong> ({label(a.source)} – {label(a.target)}){a.who !== undefined ? `, ${a.who}` : ''}
              {a.when !== undefined ? `, ${a.when}` : ''}
            </li>
          ))
        )}
      </ul>
    </aside>
  );
}
