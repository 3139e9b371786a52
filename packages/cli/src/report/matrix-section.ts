import { type MatrixCell, roleMatrix, type SurveyScore } from '@relcap/core';
import type { Lang } from '../commands/command';
import { escapeHtml } from './escape-html';
import { BAND_COLORS } from './report-css';
import { bandName, num, rcNum, txt } from './report-format';

/** Rater roles (rows) and rated roles (columns) of a score, in the score's role order (core `roleMatrix`). */
export function matrixRoles(score: SurveyScore): { raters: string[]; rated: string[] } {
  const m = roleMatrix(score);
  return { raters: [...m.raters], rated: [...m.rated] };
}

function cell(mc: MatrixCell, score: SurveyScore, lang: Lang): string {
  const k = score.options.minRaters;
  const tie = mc.kind === "none" ? undefined : mc.tie;
  if (tie === undefined) return `<td class="cell-empty" title="${txt(lang, 'notRated')}">–</td>`;
  const within = tie.within ? ' within' : '';
  const data = `data-from="${escapeHtml(tie.from)}" data-to="${escapeHtml(tie.to)}" data-n="${tie.n}"`;
  if (tie.suppressed || tie.rc === null || tie.band === null) {
    return `<td class="cell-suppressed${within}" ${data} data-suppressed="true">${txt(lang, 'suppressedCell', { k })}</td>`;
  }
  const c = BAND_COLORS[tie.band];
  return (
    `<td class="cell-band-${tie.band}${within}" ${data} data-band="${tie.band}" style="background:${c.fill};color:${c.text}">` +
    `<span class="cell-score">${rcNum(tie.rc, lang, score.options.bands)}</span><span class="cell-band">${escapeHtml(bandName(tie.band, lang))}</span>` +
    `<span class="cell-n">n = ${tie.n}</span></td>`
  );
}

/**
 * The role-by-role matrix as an HTML `<table>`: rater roles as rows, rated roles as columns;
 * each cell holds the RC score, the band written out (not colour only) and n, coloured by band;
 * a suppressed tie is grey, says "suppressed (n<K)" and shows no score; a pair nobody rated is
 * `–`. Cells carry `data-from`, `data-to`, `data-n` and `data-band` or `data-suppressed`.
 *
 * @example
 * ```ts
 * matrixTable(score, 'en'); // '<table class="matrix">…'
 * ```
 */
export function matrixTable(score: SurveyScore, lang: Lang): string {
  const { raters, rated, cells } = roleMatrix(score);
  const head = `<tr><th scope="col" class="corner">${txt(lang, 'matrixCorner')}</th>${rated.map((r) => `<th scope="col">${escapeHtml(r)}</th>`).join('')}</tr>`;
  const rows = raters.map(
    (from, i) => `<tr><th scope="row">${escapeHtml(from)}</th>${cells[i]!.map((c) => cell(c, score, lang)).join('')}</tr>`,
  );
  return `<div class="matrix-wrap"><table class="matrix"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/**
 * The band key under the matrix: one coloured swatch per band with its name, and the limits.
 *
 * @example
 * ```ts
 * bandKey(score, 'da'); // '<p class="band-legend">…svag…'
 * ```
 */
export function bandKey(score: SurveyScore, lang: Lang): string {
  const { weakBelow, strongAbove } = score.options.bands;
  const swatches = (['weak', 'moderate', 'strong'] as const)
    .map((b) => `<span class="band-key" style="background:${BAND_COLORS[b].fill};color:${BAND_COLORS[b].text}">${escapeHtml(bandName(b, lang))}</span>`)
    .join('');
  const limits = txt(lang, 'bandLegend', { weak: num(weakBelow, lang, 1), strong: num(strongAbove, lang, 1), k: score.options.minRaters });
  return `<p class="band-legend">${swatches}<span class="band-key" style="background:#e9e9e9;color:#5f6368"><i>${txt(lang, 'suppressedCell', { k: score.options.minRaters })}</i></span></p><p class="muted">${limits}</p>`;
}
