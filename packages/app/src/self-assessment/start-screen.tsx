import { BUILTIN_TEMPLATES, GUIDE_TITLE, SA_LIMITS } from '@relcap/core';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../views/context';
import type { SavedRound } from './types';
import { deleteSaved, openRoundFile, openSaved, ownTemplate, startRound } from './sa-commands';
import { saServices } from './sa-services';
import { saTr } from './sa-strings';

/** The saved rounds, grouped by series, newest series first; open, delete for good (asked twice, in the page). */
function SavedRounds(): preact.JSX.Element {
  const app = useApp();
  const lang = app.state.value.lang;
  const t = (k: Parameters<typeof saTr>[1]): string => saTr(lang, k);
  const version = saServices(app.store).listVersion.value;
  const [list, setList] = useState<SavedRound[]>([]);
  const [confirm, setConfirm] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void app.db?.assessments.list().then((l) => live && setList(l));
    return () => {
      live = false;
    };
  }, [app.db, version]);
  const series = new Map<string, SavedRound[]>();
  for (const r of list) series.set(r.series, [...(series.get(r.series) ?? []), r]);
  return (
    <section class="sa-panel" aria-labelledby="sa-saved-heading">
      <h2 id="sa-saved-heading">{t('saved')}</h2>
      {list.length === 0 && <p class="muted">{t('noSaved')}</p>}
      <ul class="sa-saved" id="sa-saved">
        {[...series.values()].map((rounds) =>
          [...rounds].sort((a, b) => a.round.date.localeCompare(b.round.date) || a.id.localeCompare(b.id)).map((r) => (
            <li key={r.id} data-id={r.id} data-series={r.series}>
              <span>{`${r.round.template.title[lang]} · ${r.round.label ?? ''} · ${r.round.date} · ${r.round.participants.length} ${t('participants')}`}</span>{' '}
              <button type="button" class="sa-open" onClick={() => void openSaved(app, r.id)}>
                {t('open')}
              </button>{' '}
              {confirm === r.id ? (
                <>
                  <button type="button" class="sa-delete-confirm" onClick={() => void deleteSaved(app, r.id).then(() => setConfirm(null))}>
                    {t('confirmDelete')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirm(null)}>
                    {t('cancel')}
                  </button>
                </>
              ) : (
                <button type="button" class="sa-delete" onClick={() => setConfirm(r.id)}>
                  {t('delete')}
                </button>
              )}
            </li>
          )),
        )}
      </ul>
    </section>
  );
}

/** The start: a theme template (six) or the team's own statements, the number of participants, and the saved rounds. */
export function StartScreen(): preact.JSX.Element {
  const app = useApp();
  const lang = app.state.value.lang;
  const t = (k: Parameters<typeof saTr>[1]): string => saTr(lang, k);
  const [count, setCount] = useState(5);
  const [area, setArea] = useState('');
  const [statement, setStatement] = useState('');
  return (
    <div class="sa-start">
      <p>{t('intro')}</p>
      <label class="sa-field sa-count">
        <span>{t('participantsCount')}</span>
        <input
          type="number"
          id="sa-count"
          min={1}
          max={SA_LIMITS.participants}
          value={count}
          onChange={(ev) => {
            const n = Number(ev.currentTarget.value);
            if (Number.isInteger(n) && n >= 1 && n <= SA_LIMITS.participants) setCount(n);
            else ev.currentTarget.value = String(count);
          }}
        />
      </label>
      <section class="sa-panel" aria-labelledby="sa-themes-heading">
        <h2 id="sa-themes-heading">{t('themes')}</h2>
        <p class="muted small">{GUIDE_TITLE}</p>
        <ul class="sa-themes">
          {BUILTIN_TEMPLATES.map((tpl) => (
            <li key={tpl.id}>
              <button type="button" id={`sa-theme-${tpl.id}`} onClick={() => startRound(app, tpl, count)}>
                {`${t('startTheme')}: ${tpl.title[lang]}`}
              </button>
              <span class="muted small">{` ${tpl.areas.reduce((n, a) => n + a.statements.length, 0)} ${t('statement').toLowerCase()} · ${tpl.areas.map((a) => a.title[lang]).join(', ')}`}</span>
            </li>
          ))}
        </ul>
      </section>
      <section class="sa-panel" aria-labelledby="sa-own-heading">
        <h2 id="sa-own-heading">{t('own')}</h2>
        <p class="muted small">{t('ownHint')}</p>
        <div class="sa-row">
          <input type="text" id="sa-own-area" aria-label={t('areaTitle')} placeholder={t('areaTitle')} maxLength={SA_LIMITS.textChars} value={area} onInput={(ev) => setArea(ev.currentTarget.value)} />
          <input type="text" id="sa-own-statement" aria-label={t('statement')} placeholder={t('statement')} maxLength={SA_LIMITS.textChars} value={statement} onInput={(ev) => setStatement(ev.currentTarget.value)} />
          <button type="button" id="sa-start-own" disabled={area.trim() === '' || statement.trim() === ''} onClick={() => startRound(app, ownTemplate(area, statement), count)}>
            {t('startOwn')}
          </button>
        </div>
      </section>
      <SavedRounds />
      <label class="file-button">
        <span>{t('openFile')}</span>
        <input
          type="file"
          id="sa-open-file"
          accept=".json,application/json"
          onChange={(ev) => {
            const input = ev.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file !== undefined) void openRoundFile(app, file);
          }}
        />
      </label>
    </div>
  );
}
