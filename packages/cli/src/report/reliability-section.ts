import { type Criterion, ICC1_CUTOFF, ICC2_CUTOFF, type IccResult, type SurveyScore } from '@relcap/core';
import type { Lang } from '../commands/command';
import { num, tieName, txt } from './report-format';

/** The usual lower limit of Cronbach's alpha (a convention, e.g. Nunnally 1978), not a test. */
export const ALPHA_CONVENTION = 0.7;

const verdict = (c: Criterion, lang: Lang): string => {
  if (c.value === null || c.meets === null) return txt(lang, 'iccNone');
  const base = txt(lang, c.meets ? 'meets' : 'below');
  const range = c.usualRange;
  return range !== undefined && c.value >= range[0] && c.value <= range[1] ? `${base}, ${txt(lang, 'inUsualRange')}` : base;
};

/**
 * Cronbach's alpha with its reading against the conventional 0.70 (Cronbach 1951).
 *
 * @example
 * ```ts
 * alphaBlock(score, 'en'); // '<h3>Cronbach’s alpha</h3><p>Alpha = 0.91 …'
 * ```
 */
export function alphaBlock(score: SurveyScore, lang: Lang): string {
  const r = score.reliability;
  const head = `<h3>${txt(lang, 'alphaTitle')}</h3>`;
  if (r.cronbachAlpha === null) return `${head}<p data-alpha="none">${txt(lang, 'alphaNone')}</p>`;
  const text = txt(lang, 'alphaText', { alpha: num(r.cronbachAlpha, lang), cases: r.cases, items: r.items });
  return `${head}<p data-alpha="${r.cronbachAlpha}">${text} ${txt(lang, r.cronbachAlpha >= ALPHA_CONVENTION ? 'alphaMeets' : 'alphaBelow')}</p>`;
}

/**
 * rwg(j) per tie that has one (James, Demaree & Wolf 1984), in role order, with the cut-off
 * 0.70 read as "agree" or "different experiences", and how many ties meet it.
 *
 * @example
 * ```ts
 * rwgTable(score, 'da');
 * ```
 */
export function rwgTable(score: SurveyScore, lang: Lang): string {
  const ties = score.ties.filter((t) => !t.suppressed && t.rwg !== null);
  const head = `<h3>${txt(lang, 'rwgTitle')}</h3><p>${txt(lang, 'rwgLead')}</p>`;
  if (ties.length === 0) return `${head}<p>${txt(lang, 'rwgNone')}</p>`;
  const meets = ties.filter((t) => t.rwg!.meets === true).length;
  const rows = ties.map((t) => {
    const r = t.rwg!;
    const note = r.truncated ? `${txt(lang, 'rwgBelow')}; ${txt(lang, 'rwgTruncated')}` : txt(lang, r.meets === true ? 'rwgMeets' : 'rwgBelow');
    return `<tr><th scope="row">${tieName(t, lang)}</th><td class="num">${t.n}</td><td class="num">${num(r.value, lang)}</td><td>${note}</td></tr>`;
  });
  const th = `<tr><th scope="col">${txt(lang, 'tie')}</th><th scope="col" class="num">n</th><th scope="col" class="num">rwg(j)</th><th scope="col"></th></tr>`;
  return `${head}<p>${txt(lang, 'rwgSummary', { meets, all: ties.length })}</p><table class="rwg"><thead>${th}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * ICC(1) and ICC(2) (Bliese 2000) of the individual indexes of ties that are not suppressed,
 * grouped by tie, and (between-role ratings only) by rated role: `score.reliability.icc`.
 *
 * @example
 * ```ts
 * iccResults(score).map((r) => r.result.icc2.value);
 * ```
 */
export function iccResults(score: SurveyScore): { unit: 'pair' | 'target'; result: IccResult }[] {
  return [
    { unit: 'pair', result: score.reliability.icc.pair },
    { unit: 'target', result: score.reliability.icc.target },
  ];
}

/**
 * The ICC table with cut-offs and their reading.
 *
 * @example
 * ```ts
 * iccTable(score, 'en');
 * ```
 */
export function iccTable(score: SurveyScore, lang: Lang): string {
  const head = `<h3>${txt(lang, 'iccTitle')}</h3><p>${txt(lang, 'iccLead')}</p>`;
  const rows = iccResults(score).map(({ unit, result: r }) => {
    const name = txt(lang, unit === 'pair' ? 'iccUnitPair' : 'iccUnitTarget');
    return (
      `<tr data-unit="${unit}"><th scope="row">${name}</th><td class="num">${r.groups.length}</td><td class="num">${num(r.k, lang, 1)}</td>` +
      `<td class="num">${num(r.icc1.value, lang)}</td><td>${verdict(r.icc1, lang)}</td><td class="num">${num(r.icc2.value, lang)}</td><td>${verdict(r.icc2, lang)}</td></tr>`
    );
  });
  const th =
    `<tr><th scope="col">${txt(lang, 'unit')}</th><th scope="col" class="num">${txt(lang, 'groups')}</th><th scope="col" class="num">${txt(lang, 'meanGroupSize')}</th>` +
    `<th scope="col" class="num">ICC(1)</th><th scope="col">≥ ${num(ICC1_CUTOFF, lang)}</th><th scope="col" class="num">ICC(2)</th><th scope="col">&gt; ${num(ICC2_CUTOFF, lang)}</th></tr>`;
  return `${head}<table class="icc"><thead>${th}</thead><tbody>${rows.join('')}</tbody></table>`;
}
