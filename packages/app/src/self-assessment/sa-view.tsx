import './sa.css';
import { useState } from 'preact/hooks';
import { useApp } from '../views/context';
import { PicksPanel } from './picks-panel';
import { PrintPages } from './print-pages';
import { RatingsGrid } from './ratings-grid';
import { RoundsPanel } from './rounds-panel';
import { exportCsv, exportJson, exportWebPng, exportWebSvg, nextRound } from './sa-commands';
import { saServices } from './sa-services';
import { saTr } from './sa-strings';
import { StartScreen } from './start-screen';
import { StatementsEditor } from './statements-editor';
import { WebPanel } from './web-panel';

const typing = (el: EventTarget | null): boolean => el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !el.classList.contains('sa-cell') && el.type === 'text');

/** The bar of the open round: undo/redo, date, name, save status, next round, exports, print, back. */
function RoundBar(): preact.JSX.Element {
  const app = useApp();
  const { lang, sa } = app.state.value;
  const t = (k: Parameters<typeof saTr>[1]): string => saTr(lang, k);
  const d = app.store.dispatch;
  const saved = saServices(app.store).savedRevision.value;
  const [carry, setCarry] = useState(false);
  const round = sa.round!;
  const overlay = sa.earlier.length > 0;
  return (
    <div class="sa-bar no-print">
      <button type="button" id="sa-undo" disabled={sa.past.length === 0} onClick={() => d({ type: 'saUndo' })} aria-keyshortcuts="Control+Z Meta+Z">
        {t('undo')}
      </button>
      <button type="button" id="sa-redo" disabled={sa.future.length === 0} onClick={() => d({ type: 'saRedo' })} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
        {t('redo')}
      </button>
      <label class="sa-field-inline">
        {t('date')} <input type="date" id="sa-date" value={round.date} onChange={(ev) => d({ type: 'saSetDate', date: ev.currentTarget.value })} />
      </label>
      <label class="sa-field-inline">
        {t('label')} <input type="text" id="sa-label" maxLength={80} value={round.label ?? ''} onChange={(ev) => d({ type: 'saSetLabel', label: ev.currentTarget.value })} />
      </label>
      <output id="sa-save-status" class="muted small">
        {app.db === null ? '' : saved === sa.revision && sa.docId !== null ? t('savedStatus') : t('saving')}
      </output>
      <span class="sa-next">
        <button type="button" id="sa-next-round" onClick={() => void nextRound(app, carry)}>
          {t('nextRound')}
        </button>
        <label class="toggle">
          <input type="checkbox" id="sa-carry" checked={carry} onChange={(ev) => setCarry(ev.currentTarget.checked)} /> {t('carryRatings')}
        </label>
      </span>
      <button type="button" id="sa-export-svg" onClick={() => exportWebSvg(app, overlay)}>
        {t('exportSvg')}
      </button>
      <button type="button" id="sa-export-png" onClick={() => void exportWebPng(app, overlay)}>
        {t('exportPng')}
      </button>
      <button type="button" id="sa-export-csv" onClick={() => exportCsv(app)}>
        {t('exportCsv')}
      </button>
      <button type="button" id="sa-export-json" onClick={() => exportJson(app)}>
        {t('exportJson')}
      </button>
      <button type="button" id="sa-print" onClick={() => window.print()}>
        {t('print')}
      </button>
      <button
        type="button"
        id="sa-close"
        onClick={async () => {
          await saServices(app.store).autosave?.flush();
          d({ type: 'saClose' });
        }}
      >
        {t('close')}
      </button>
    </div>
  );
}

/** The team self-assessment: the start screen, or the open round (ratings, web, picks, rounds) and its print pages. */
export function SaView(): preact.JSX.Element {
  const app = useApp();
  const { lang, sa } = app.state.value;
  const t = (k: Parameters<typeof saTr>[1]): string => saTr(lang, k);
  const round = sa.round;
  const onKey = (ev: KeyboardEvent): void => {
    const key = ev.key.toLowerCase();
    if (!(ev.ctrlKey || ev.metaKey) || (key !== 'z' && key !== 'y') || typing(ev.target)) return;
    ev.preventDefault();
    app.store.dispatch({ type: key === 'z' && !ev.shiftKey ? 'saUndo' : 'saRedo' });
  };
  return (
    <main class="sa-view" id="sa-view" onKeyDown={onKey}>
      <h1 class="sa-heading no-print">
        {t('heading')}
        {round !== null ? `: ${round.template.title[lang]}` : ''}
      </h1>
      {round === null ? (
        <StartScreen />
      ) : (
        <>
          <RoundBar />
          <div class="sa-columns no-print">
            <div>
              <RatingsGrid round={round} />
              <StatementsEditor round={round} />
              <PicksPanel round={round} />
            </div>
            <div>
              <WebPanel round={round} />
              <RoundsPanel earlier={sa.earlier} round={round} />
            </div>
          </div>
          <PrintPages rounds={[...sa.earlier, round]} />
        </>
      )}
    </main>
  );
}
