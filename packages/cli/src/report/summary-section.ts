import type { SurveyScore, TieScore } from '@relcap/core';
import type { Lang } from '../commands/command';
import { escapeHtml } from './escape-html';
import { num, signed, tieName, txt } from './report-format';

/**
 * Role summaries as a table in alphabetical role order (never sorted by score): respondents,
 * RC given and RC received with the number of ties behind each.
 *
 * @example
 * ```ts
 * rolesTable(score, 'en');
 * ```
 */
export function rolesTable(score: SurveyScore, lang: Lang): string {
  const rows = score.roles.map(
    (r) =>
      `<tr data-role="${escapeHtml(r.role)}"><th scope="row">${escapeHtml(r.role)}</th><td class="num">${r.respondents}</td>` +
      `<td class="num">${num(r.given, lang)} <span class="muted">(${txt(lang, 'tiesCount', { n: r.givenTies })})</span></td>` +
      `<td class="num">${num(r.received, lang)} <span class="muted">(${txt(lang, 'tiesCount', { n: r.receivedTies })})</span></td></tr>`,
  );
  const head = `<tr><th scope="col">${txt(lang, 'role')}</th><th scope="col" class="num">${txt(lang, 'respondents')}</th><th scope="col" class="num">${txt(lang, 'given')}</th><th scope="col" class="num">${txt(lang, 'received')}</th></tr>`;
  return `<table class="roles"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * Network RC, both means, each saying what it is (docs/scoring.md, rule 5), and how many ties are
 * suppressed.
 *
 * @example
 * ```ts
 * networkRc(score, 'da');
 * ```
 */
export function networkRc(score: SurveyScore, lang: Lang): string {
  const n = score.network;
  const shown = n.betweenRoleTies - n.suppressedTies;
  return (
    `<table class="network-rc"><tbody>` +
    `<tr data-mean="unweighted"><th scope="row">${txt(lang, 'unweighted', { ties: shown })}</th><td class="num">${num(n.rcUnweighted, lang)}</td></tr>` +
    `<tr data-mean="weighted"><th scope="row">${txt(lang, 'weighted', { ratings: n.weightedRatings })}</th><td class="num">${num(n.rcWeighted, lang)}</td></tr>` +
    `</tbody></table><p class="muted">${txt(lang, 'suppressedTies', { s: n.suppressedTies, all: n.betweenRoleTies })}</p>`
  );
}

function tieList(ties: readonly TieScore[], lang: Lang): string {
  if (ties.length === 0) return `<p>${txt(lang, 'noneInBand')}</p>`;
  const items = ties.map((t) => `<li>${tieName(t, lang)}: ${num(t.rc, lang)} (n = ${t.n})</li>`);
  return `<ul class="tie-list">${items.join('')}</ul>`;
}

/**
 * "Ties to work on together" (weak band) and "ties that carry" (strong band), in role order,
 * framed as shared work rather than a ranking (docs/report.md on tone and privacy). Suppressed ties never
 * appear.
 *
 * @example
 * ```ts
 * tiesToDiscuss(score, 'en'); // '<h3>Ties to work on together</h3>…'
 * ```
 */
export function tiesToDiscuss(score: SurveyScore, lang: Lang): string {
  const shown = score.ties.filter((t) => !t.suppressed && t.rc !== null);
  return (
    `<div class="work-on"><h3>${txt(lang, 'workOnTitle')}</h3><p>${txt(lang, 'workOnLead')}</p>${tieList(
      shown.filter((t) => t.band === 'weak'),
      lang,
    )}</div>` +
    `<div class="carry"><h3>${txt(lang, 'carryTitle')}</h3><p>${txt(lang, 'carryLead')}</p>${tieList(
      shown.filter((t) => t.band === 'strong'),
      lang,
    )}</div>`
  );
}

/**
 * Pairs whose two directions differ by at least `gap` (docs/scoring.md, rule 6), in pair order.
 *
 * @example
 * ```ts
 * asymmetryTable(score, 'da', 0.3);
 * ```
 */
export function asymmetryTable(score: SurveyScore, lang: Lang, gap: number): string {
  const pairs = score.asymmetry.filter((a) => Math.abs(a.difference) >= gap - 1e-12);
  if (pairs.length === 0) return '';
  const head = `<tr><th scope="col">${txt(lang, 'pair')}</th><th scope="col" class="num">A → B</th><th scope="col" class="num">B → A</th><th scope="col" class="num">${txt(lang, 'difference')}</th></tr>`;
  const rows = pairs.map(
    (a) =>
      `<tr><th scope="row">${escapeHtml(a.a)} (A) · ${escapeHtml(a.b)} (B)</th><td class="num">${num(a.aToB, lang)}</td><td class="num">${num(a.bToA, lang)}</td><td class="num">${signed(a.difference, lang)}</td></tr>`,
  );
  return `<h3>${txt(lang, 'asymmetryTitle')}</h3><p>${txt(lang, 'asymmetryLead', { gap: num(gap, lang, 1) })}</p><table class="asymmetry"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}
