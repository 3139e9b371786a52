import { useApp, useT } from './context';
import { exportPng, exportSvg, openMapFiles, openSurvey, saveToFile } from './commands';
import { at } from '../analytics/strings';
import type { View } from '../state/types';

const TABS: readonly [View, string, 'tabChild' | 'tabRoles' | 'tabSaved' | 'tabCompare' | 'tabAssessment'][] = [
  ['edit', 'tab-child', 'tabChild'],
  ['roles', 'tab-roles', 'tabRoles'],
  ['saved', 'tab-saved', 'tabSaved'],
  ['compare', 'tab-compare', 'tabCompare'],
  ['assessment', 'tab-assessment', 'tabAssessment'],
];

/** The bar above the map: title, views, files, language, exports, undo/redo, presentation. */
export function Header(): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const s = app.state.value;
  const d = app.store.dispatch;
  const shown = s.view === 'roles' ? s.roles : s.view === 'edit' ? s.map : null;
  // The comparison draws its overlay of two rounds of the open map: exportable too.
  const drawn = s.view === 'compare' ? s.map : shown;
  return (
    <header class="app-header">
      <div class="app-title">
        <strong>relcap</strong>
        <span id="map-title" class="map-title">
          {shown?.title ?? ''}
        </span>
        <output id="save-status" class="muted small">
          {s.view === 'edit' && s.map !== null && app.db !== null && s.revision > 0 ? (app.savedRevision.value === s.revision ? t('updated') : t('saving')) : ''}
        </output>
      </div>
      <div class="tabs" role="tablist" aria-label={t('views')}>
        {TABS.map(([view, id, key]) => (
          <button key={id} type="button" role="tab" id={id} aria-selected={s.view === view} onClick={() => d({ type: 'setView', view })}>
            {t(key)}
          </button>
        ))}
        <button type="button" role="tab" id="tab-analytics" aria-selected={s.view === 'analytics'} onClick={() => d({ type: 'setView', view: 'analytics' })}>
          {at(s.lang, 'tab')}
        </button>
      </div>
      <div class="controls">
        <button type="button" id="undo" disabled={s.past.length === 0 || s.view !== 'edit'} onClick={() => d({ type: 'undo' })} aria-keyshortcuts="Control+Z Meta+Z">
          {t('undo')}
        </button>
        <button type="button" id="redo" disabled={s.future.length === 0 || s.view !== 'edit'} onClick={() => d({ type: 'redo' })} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
          {t('redo')}
        </button>
        <label class="file-button">
          <span id="open-map-label">{t('openMap')}</span>
          <input
            type="file"
            id="open-map"
            multiple
            accept=".json,.graphml,.gexf,.xml,.csv,application/json"
            onChange={(ev) => {
              const input = ev.currentTarget;
              const files = [...(input.files ?? [])];
              input.value = '';
              if (files.length > 0) void openMapFiles(app, files);
            }}
          />
        </label>
        <button type="button" id="save-file" disabled={s.map === null} onClick={() => void saveToFile(app)}>
          {t('saveFile')}
        </button>
        <label class="file-button">
          <span id="open-survey-label">{t('openSurvey')}</span>
          <input
            type="file"
            id="open-survey"
            accept=".csv,.txt,text/csv"
            onChange={(ev) => {
              const input = ev.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file !== undefined) void openSurvey(app, file);
            }}
          />
        </label>
        <label class="toggle">
          <input type="checkbox" id="gaps-toggle" checked={s.showGaps} onChange={(ev) => d({ type: 'setShowGaps', on: ev.currentTarget.checked })} /> <span id="gaps-label">{t('gaps')}</span>
        </label>
        <label class="toggle">
          <input type="checkbox" id="hide-names" checked={s.hideNames} onChange={(ev) => d({ type: 'setHideNames', on: ev.currentTarget.checked })} /> <span>{t('hideNames')}</span>
        </label>
        <label class="toggle">
          <span id="lang-label">{t('lang')}</span>
          <select id="lang-select" value={s.lang} onChange={(ev) => d({ type: 'setLang', lang: ev.currentTarget.value === 'en' ? 'en' : 'da' })}>
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="button" id="export-svg" disabled={drawn === null} onClick={() => exportSvg(app)}>
          {t('exportSvg')}
        </button>
        <button type="button" id="export-png" disabled={drawn === null} onClick={() => void exportPng(app)}>
          {t('exportPng')}
        </button>
        <button type="button" id="print" disabled={drawn === null} onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" id="presentation" aria-pressed={s.presentation} onClick={() => d({ type: 'setPresentation', on: !s.presentation })}>
          {t('presentation')}
        </button>
      </div>
    </header>
  );
}

/** The error banner: a refused file or edit, with where it went wrong. */
export function ErrorBanner(): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const error = app.state.value.error;
  return (
    <div id="error-banner" class="error-banner" role="alert" hidden={error === null}>
      <span id="error-text">{error?.message ?? ''}</span>
      <button type="button" id="error-close" aria-label={t('close')} onClick={() => app.store.dispatch({ type: 'clearError' })}>
        ×
      </button>
    </div>
  );
}
