import { useMemo } from 'preact/hooks';
import { AnalyticsView } from '../analytics/analytics-view';
import { anonymise } from '../state/anonymise';
import { SaView } from '../self-assessment/sa-view';
import { ActorAdder } from './actor-adder';
import { CompareView } from './compare-view';
import { setCanvas, useApp, useT } from './context';
import { ErrorBanner, Header } from './header';
import { EditorCanvas } from './editor-canvas';
import { MapCanvas } from './map-canvas';
import { NewMapForm } from './new-map-form';
import { SavedView } from './saved-view';
import { SelectionPanel } from './selection-panel';
import { SummaryPanel } from './summary-panel';

/** The whole app: header, error banner, and the active view. */
export function App(): preact.JSX.Element {
  const app = useApp();
  const s = app.state.value;
  return (
    <div class={`app ${s.presentation ? 'presentation' : ''}`} data-view={s.view}>
      <Header />
      <ErrorBanner />
      {s.view === 'edit' && <EditView />}
      {s.view === 'roles' && <RolesView />}
      {s.view === 'saved' && <SavedView />}
      {s.view === 'compare' && <CompareView />}
      {s.view === 'assessment' && <SaView />}
      {s.view === 'analytics' && <AnalyticsView />}
      <PrintFooter />
    </div>
  );
}

function EditView(): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const s = app.state.value;
  const d = app.store.dispatch;
  const shown = useMemo(() => (s.map !== null && s.hideNames ? anonymise(s.map, s.lang) : s.map), [s.map, s.hideNames, s.lang]);
  if (shown === null) {
    return (
      <main id="map-host" class="edit-view empty">
        <NewMapForm />
      </main>
    );
  }
  return (
    <div class="edit-view">
      <div class="side-left no-print">
        <ActorAdder />
        <SelectionPanel />
      </div>
      <main id="map-host" class="map-host">
        <EditorCanvas
          map={shown}
          lang={s.lang}
          showGaps={s.showGaps}
          selection={s.selection}
          linkFrom={s.linkFrom}
          dispatch={d}
          label={t('mapCanvas')}
          onHandle={(h, on) => setCanvas(app, h, on)}
        />
      </main>
      <SummaryPanel />
    </div>
  );
}

function RolesView(): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const s = app.state.value;
  return (
    <main id="map-host" class="map-host">
      {s.roles === null ? <p class="placeholder">{t('noSurvey')}</p> : <MapCanvas map={s.roles} lang={s.lang} showGaps={s.showGaps} label={t('tabRoles')} onHandle={(h, on) => setCanvas(app, h, on)} />}
    </main>
  );
}

/** Printed under the map: pseudonym (title), round and date. */
function PrintFooter(): preact.JSX.Element {
  const app = useApp();
  const t = useT();
  const s = app.state.value;
  const map = s.view === 'roles' ? s.roles : s.map;
  return (
    <p class="print-only print-footer" aria-hidden="true">
      {s.hideNames ? '' : (map?.title ?? '')}
      {map?.round !== undefined ? ` · ${map.round}` : ''} · {t('legendPrint')} {new Date().toISOString().slice(0, 10)} · relcap
    </p>
  );
}
