import type { NetworkMap } from '@relcap/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { overlayRounds, ROUND_COLOURS, ROUND_PREFIX } from '../state/overlay';
import type { SavedMap } from '../store/saved-maps';
import { bandLabel } from '../strings';
import { saveRound, startNextRound } from './commands';
import { setCanvas, useApp, useT } from './context';
import { MapCanvas } from './map-canvas';

const CURRENT = 'current';

/** Rounds of the open map: save a dated round, start the next, compare any two. */
export function CompareView(): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const { map, docId, lang } = app.state.value;
  const [rounds, setRounds] = useState<SavedMap[]>([]);
  const version = app.savedVersion.value;
  useEffect(() => {
    if (docId === null || app.db === null) return;
    void app.db.rounds(docId).then(setRounds);
  }, [docId, version]);
  const options: [string, string, NetworkMap][] = [...rounds.map((r): [string, string, NetworkMap] => [r.id, r.map.round ?? r.updatedAt, r.map]), ...(map !== null ? [[CURRENT, t('current'), map] as [string, string, NetworkMap]] : [])];
  const [beforeId, setBeforeId] = useState('');
  const [afterId, setAfterId] = useState(CURRENT);
  const pick = (id: string, fallback: number): NetworkMap | undefined => (options.find((o) => o[0] === id) ?? options[fallback < 0 ? options.length + fallback : fallback])?.[2];
  const before = pick(beforeId, 0);
  const after = pick(afterId, -1);
  const overlay = useMemo(() => (before !== undefined && after !== undefined && before !== after ? overlayRounds(before, after) : null), [before, after]);
  const host = useRef<HTMLDivElement>(null);
  const label = (id: string): string => after?.actors.find((a) => a.id === id)?.label ?? before?.actors.find((a) => a.id === id)?.label ?? id;

  // Each round in its own colour: written as attributes, so the exported SVG/PNG keeps them.
  useEffect(() => {
    const el = host.current;
    if (el === null || overlay === null) return;
    for (const g of el.querySelectorAll('g.relcap-edge')) {
      const id = g.getAttribute('data-id') ?? '';
      const round = id.startsWith(ROUND_PREFIX.before) ? 'before' : id.startsWith(ROUND_PREFIX.after) ? 'after' : null;
      if (round === null) continue;
      g.setAttribute('data-round', round);
      for (const p of g.querySelectorAll('path, line')) if (p.getAttribute('stroke') !== 'transparent') p.setAttribute('stroke', ROUND_COLOURS[round]);
    }
  });

  return (
    <section class="compare-view" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('rounds')}</h2>
      <div class="button-row">
        <button type="button" id="save-round" disabled={map === null} onClick={() => void saveRound(app)}>
          {t('saveRound')}
        </button>
        <button type="button" id="next-round" disabled={map === null} onClick={() => void startNextRound(app)}>
          {t('nextRound')}
        </button>
      </div>
      <div class="button-row">
        <label>
          {t('before')}{' '}
          <select id="compare-before" value={beforeId === '' ? (options[0]?.[0] ?? '') : beforeId} onChange={(ev) => setBeforeId(ev.currentTarget.value)}>
            {options.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('after')}{' '}
          <select id="compare-after" value={afterId} onChange={(ev) => setAfterId(ev.currentTarget.value)}>
            {options.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <span class="round-key">
          <span class="swatch" style={{ background: ROUND_COLOURS.before }} /> {t('before')} <span class="swatch" style={{ background: ROUND_COLOURS.after }} /> {t('after')}
        </span>
      </div>
      {overlay !== null && (
        <div class="compare-body" ref={host}>
          <MapCanvas map={overlay.map} lang={lang} label={t('tabCompare')} onHandle={(h, on) => setCanvas(app, h, on)} className="compare-canvas" />
          <div class="panel">
            <h3>{t('changes')}</h3>
            <ul id="change-list">
              {overlay.comparison.relations
                .filter((r) => r.change !== 'unchanged')
                .map((r) => (
                  <li key={`${r.source}-${r.target}-${r.directed}`} data-change={r.change} data-source={r.source} data-target={r.target}>
                    <strong>{t(r.change)}</strong>: {label(r.source)} {r.directed ? '→' : '–'} {label(r.target)} ({bandLabel(lang, r.before)} → {bandLabel(lang, r.after)})
                  </li>
                ))}
            </ul>
            <p class="muted" id="unchanged-count">
              {t('unchanged')}: {overlay.comparison.counts.unchanged}
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
