import { getDimensionSet, roleMatrix, type SurveyScore, type TieScore, tableCellText } from '@relcap/core';
import type { Lang } from '@relcap/visualizer';
import { useMemo, useState } from 'preact/hooks';
import { bandLabel } from '../strings';
import { at } from './strings';

type SortKey = 'name' | 'given' | 'received';

/** Row order of the matrix: by name (core's order), or by RC given/received, weakest first (no score last). */
function order(score: SurveyScore, raters: readonly string[], key: SortKey): number[] {
  const idx = raters.map((_, i) => i);
  if (key === 'name') return idx;
  const by = new Map(score.roles.map((r) => [r.role, key === 'given' ? r.given : r.received]));
  const v = (i: number): number => by.get(raters[i]!) ?? Number.POSITIVE_INFINITY;
  return idx.sort((a, b) => v(a) - v(b) || a - b);
}

/**
 * Core's role matrix (`roleMatrix`): rows rate columns, each cell coloured by its band with n,
 * suppressed cells grey with only n. Rows sort by name or RC given/received. Hovering or
 * focusing a cell shows the tie's dimension profile beside the matrix.
 */
export function MatrixView({ score, lang }: { readonly score: SurveyScore; readonly lang: Lang }): preact.JSX.Element {
  const m = useMemo(() => roleMatrix(score), [score]);
  const [sort, setSort] = useState<SortKey>('name');
  const [shown, setShown] = useState<TieScore | null>(null);
  const t = (k: Parameters<typeof at>[1]): string => at(lang, k);
  const o = { lang, digits: 2, bands: score.options.bands };
  const rc = (v: number | null): string => tableCellText({ kind: 'number', value: v, score: true }, o);
  return (
    <section class="matrix-section" aria-labelledby="matrix-caption">
      <div class="matrix-tools">
        <label>
          {t('sortBy')}{' '}
          <select id="matrix-sort" value={sort} onChange={(ev) => setSort(ev.currentTarget.value as SortKey)}>
            <option value="name">{t('sortName')}</option>
            <option value="given">{t('sortGiven')}</option>
            <option value="received">{t('sortReceived')}</option>
          </select>
        </label>
      </div>
      <div class="matrix-and-profile">
        <div class="matrix-scroll">
          <table class="role-matrix" id="role-matrix">
            <caption id="matrix-caption">{t('matrix')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rater')}</th>
                {m.rated.map((r) => (
                  <th key={r} scope="col">
                    {r}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {order(score, m.raters, sort).map((i) => (
                <tr key={m.raters[i]} data-rater={m.raters[i]}>
                  <th scope="row">{m.raters[i]}</th>
                  {m.cells[i]!.map((c, j) => {
                    const to = m.rated[j]!;
                    if (c.kind === 'none') {
                      return (
                        <td key={to} class="cell-none" data-to={to}>
                          <span class="sr-only">{t('notRated')}</span>
                        </td>
                      );
                    }
                    const cls = c.kind === 'suppressed' ? 'cell-suppressed' : `cell-${c.tie.band ?? 'none'}`;
                    const label = c.kind === 'suppressed' ? t('suppressedCell') : bandLabel(lang, c.tie.band);
                    return (
                      <td key={to} class={cls} data-to={to} data-rc={c.kind === 'score' ? String(c.tie.rc) : ''} data-n={c.tie.n}>
                        <button
                          type="button"
                          class="cell-button"
                          onMouseEnter={() => setShown(c.tie)}
                          onFocus={() => setShown(c.tie)}
                          onClick={() => setShown(c.tie)}
                        >
                          <span class="sr-only">
                            {m.raters[i]} → {to}:{' '}
                          </span>
                          <span class="cell-rc">{c.kind === 'score' ? rc(c.tie.rc) : '–'}</span>
                          <span class="sr-only">, {label}, </span>
                          <span class="cell-n">n {c.tie.n}</span>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p class="small muted">{t('matrixHelp')}</p>
        </div>
        <Profile tie={shown} score={score} lang={lang} />
      </div>
    </section>
  );
}

/** The seven (or five) dimensions of one tie, as bars on the 1..5 scale with their means. */
function Profile({ tie, score, lang }: { readonly tie: TieScore | null; readonly score: SurveyScore; readonly lang: Lang }): preact.JSX.Element {
  const t = (k: Parameters<typeof at>[1]): string => at(lang, k);
  const set = useMemo(() => getDimensionSet(score.dimensionSet), [score.dimensionSet]);
  const o = { lang, digits: 2, bands: score.options.bands };
  return (
    <aside class="tie-profile" id="tie-profile" aria-live="polite" aria-labelledby="tie-profile-heading">
      <h3 id="tie-profile-heading">
        {t('profile')}
        {tie !== null && `: ${tie.from} → ${tie.to}`}
      </h3>
      {tie === null ? (
        <p class="muted">{t('profileNone')}</p>
      ) : tie.suppressed ? (
        <p>
          {t('suppressedCell')}, n {tie.n}
        </p>
      ) : (
        <table class="profile-table">
          <thead>
            <tr>
              <th scope="col">{t('dimension')}</th>
              <th scope="col">{t('score')}</th>
            </tr>
          </thead>
          <tbody>
            {set.dimensions.map((d) => {
              const v = tie.dimensions[d.key] ?? null;
              return (
                <tr key={d.key} data-dimension={d.key}>
                  <th scope="row">{d.labels[lang]}</th>
                  <td>
                    <span class="bar" style={{ width: `${v === null ? 0 : ((v - d.scale.min) / (d.scale.max - d.scale.min)) * 100}%` }} aria-hidden="true" />
                    <span class="bar-value">{tableCellText({ kind: 'number', value: v }, o)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </aside>
  );
}
