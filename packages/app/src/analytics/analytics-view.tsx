import { useState } from 'preact/hooks';
import { parseMapping, reliabilityTable, roleTable, surveyToMap } from '@relcap/core';
import { useApp } from '../views/context';
import { ExportButtons } from './export-buttons';
import { ImportReport } from './import-report';
import { MappingWizard } from './mapping-wizard';
import { MatrixView } from './matrix-view';
import { ReliabilityReading } from './reliability-reading-view';
import { ResultTableView } from './result-table-view';
import { toPlainProblem } from '../worker/protocol';
import { analyticsSession } from './session';
import { SettingsForm } from './settings-form';
import { StudyView } from './study-view';
import { at } from './strings';
import { WaveView } from './wave-view';

/**
 * The analytics view: drop or choose a survey file, watch it read in the worker (progress,
 * cancel), then the import report, the role matrix with profiles, roles given/received and
 * reliability, with settings that rescore at once.
 */
export function AnalyticsView(): preact.JSX.Element {
  const app = useApp();
  const lang = app.state.value.lang;
  const session = analyticsSession(app);
  const st = session.status.value;
  const [over, setOver] = useState(false);
  const t = (k: Parameters<typeof at>[1]): string => at(lang, k);
  return (
    <main class="analytics-view" id="analytics" aria-labelledby="analytics-heading">
      <h1 id="analytics-heading">{t('heading')}</h1>
      <section
        class={`drop-zone ${over ? 'over' : ''}`}
        id="drop-zone"
        aria-label={t('drop')}
        onDragOver={(ev) => {
          ev.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(ev) => {
          ev.preventDefault();
          setOver(false);
          const f = ev.dataTransfer?.files[0];
          if (f !== undefined) {
            session.settings.value = { ...session.settings.value, mapping: undefined };
            session.analyse(f);
          }
        }}
      >
        <p>{t('intro')}</p>
        <label class="file-button">
          <span id="survey-file-label">{t('choose')}</span>
          <input
            type="file"
            id="survey-file"
            accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(ev) => {
              const input = ev.currentTarget;
              const f = input.files?.[0];
              input.value = '';
              if (f !== undefined) {
                session.settings.value = { ...session.settings.value, mapping: undefined };
                session.analyse(f);
              }
            }}
          />
        </label>
        {session.file.value !== null && (
          <>
            <span class="file-name" id="survey-file-name">
              {session.file.value.name}
            </span>
            <button type="button" id="map-columns" onClick={() => session.inspect()}>
              {t('mapColumns')}
            </button>
            <label class="file-button">
              <span id="open-mapping-label">{t('openMapping')}</span>
              <input
                type="file"
                id="open-mapping"
                accept=".json,application/json"
                onChange={(ev) => {
                  const input = ev.currentTarget;
                  const f = input.files?.[0];
                  input.value = '';
                  if (f === undefined) return;
                  void f.text().then((text) => {
                    try {
                      session.settings.value = { ...session.settings.value, mapping: parseMapping(text, f.name) };
                      session.analyse();
                    } catch (e) {
                      session.status.value = { kind: 'failed', problem: toPlainProblem(e) };
                    }
                  });
                }}
              />
            </label>
          </>
        )}
      </section>
      <SettingsForm session={session} lang={lang} />
      <StudyView session={session} lang={lang} />
      {st.kind === 'running' && (
        <section class="progress" id="scoring-progress" aria-live="polite">
          <label for="scoring-bar">
            {t('reading')} {session.file.value?.name ?? ''}
          </label>
          <progress id="scoring-bar" max={Math.max(st.total, 1)} value={st.bytes} aria-label={t('progress')} />
          <span id="scoring-answers">
            {st.answers.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB')} {t('answersRead')}
          </span>
          <button type="button" id="scoring-cancel" onClick={() => session.cancel()}>
            {t('cancel')}
          </button>
        </section>
      )}
      {st.kind === 'cancelled' && (
        <output id="scoring-cancelled" class="status-line">
          {t('cancelled')}
        </output>
      )}
      {st.kind === 'failed' && (
        <section class="scoring-failed" id="scoring-failed" role="alert">
          <h2>{t('failed')}</h2>
          <p>
            <code>{st.problem.code}</code> {st.problem.message}
          </p>
          <dl class="problem-where">
            {st.problem.line !== undefined && (
              <>
                <dt>{t('line')}</dt>
                <dd id="failed-line">{st.problem.line}</dd>
              </>
            )}
            {st.problem.column !== undefined && (
              <>
                <dt>{t('column')}</dt>
                <dd id="failed-column">{st.problem.column}</dd>
              </>
            )}
            {st.problem.value !== undefined && (
              <>
                <dt>{t('value')}</dt>
                <dd id="failed-value">{st.problem.value}</dd>
              </>
            )}
          </dl>
        </section>
      )}
      {st.kind === 'inspected' && <MappingWizard key={session.file.value?.name} session={session} proposal={st.proposal} lang={lang} />}
      {st.kind === 'done' && (
        <>
          <ImportReport summary={st.summary} lang={lang} />
          <MatrixView score={st.score} lang={lang} />
          <ResultTableView id="roles-table" table={roleTable(st.score)} lang={lang} bands={st.score.options.bands} />
          <ResultTableView id="reliability-table" table={reliabilityTable(st.score)} lang={lang} bands={st.score.options.bands} />
          <ReliabilityReading score={st.score} lang={lang} />
          <ExportButtons score={st.score} lang={lang} name={session.file.value?.name ?? 'survey'} />
          <button
            type="button"
            id="show-network"
            onClick={() => {
              const title = (session.file.value?.name ?? 'survey').replace(/\.[^.]+$/, '');
              const map = surveyToMap({ dimensionSet: st.score.dimensionSet, ties: st.score.ties, roles: st.score.roles.map((r) => r.role) }, { title });
              app.store.dispatch({ type: 'openRoles', map });
            }}
          >
            {t('showNetwork')}
          </button>
          <WaveView session={session} score={st.score} lang={lang} />
        </>
      )}
    </main>
  );
}
