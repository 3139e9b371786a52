import { BUILTIN_DIMENSION_SETS, type DimensionSet, type SurveyScore, type TieScore } from '@relcap/core';
import type { Lang } from '../commands/command';
import { scaleOfScore } from '../output/format-number';
import { escapeHtml } from './escape-html';
import { bandName, num, rcNum, scaleInterval, tieName, txt } from './report-format';

/** Names of the dimensions and subscale groups of a score's set (keys when the set is not built in). */
export interface DimensionNames {
  readonly dimensions: readonly { readonly key: string; readonly label: string; readonly description?: string }[];
  readonly groups: readonly { readonly key: string; readonly label: string }[];
  readonly setLabel: string;
}

/**
 * The labels of a score's dimension set in a language, from the built-in sets; a set relcap does
 * not ship falls back to the keys found in the ties.
 *
 * @example
 * ```ts
 * dimensionNames(score, 'da').dimensions[0]?.label; // 'Hyppighed'
 * ```
 */
export function dimensionNames(score: SurveyScore, lang: Lang, sets: readonly DimensionSet[] = BUILTIN_DIMENSION_SETS): DimensionNames {
  const set = sets.find((s) => s.key === score.dimensionSet);
  if (set !== undefined) {
    return {
      dimensions: set.dimensions.map((d) => ({ key: d.key, label: d.labels[lang], description: d.description[lang] })),
      groups: set.groups.map((g) => ({ key: g.key, label: g.labels[lang] })),
      setLabel: set.labels[lang],
    };
  }
  const first = score.ties[0];
  return {
    dimensions: Object.keys(first?.dimensions ?? {}).map((key) => ({ key, label: key })),
    groups: Object.keys(first?.subscales ?? {}).map((key) => ({ key, label: key })),
    setLabel: score.dimensionSet,
  };
}

const W = 360;
const LABEL_W = 138;
const X0 = 144;
const X1 = 312;
const ROW = 21;
const TOP = 22;

/** x of a score on the 1..5 axis. */
const xOf = (v: number): number => X0 + ((v - 1) / 4) * (X1 - X0);
const f1 = (v: number): string => (Math.round(v * 10) / 10).toString();

/**
 * One tie's dimension profile as a small inline SVG bar chart (1..5 axis, dashed lines at the band
 * limits, the value written beside each bar; "not answered" for a dimension nobody answered).
 *
 * @example
 * ```ts
 * profileChart(tie, dimensionNames(score, 'en'), score, 'en'); // '<svg class="profile-chart" …'
 * ```
 */
export function profileChart(tie: TieScore, names: DimensionNames, score: SurveyScore, lang: Lang): string {
  const h = TOP + names.dimensions.length * ROW + 6;
  const parts: string[] = [`<title>${tieName(tie, lang)}</title>`];
  for (let v = 1; v <= 5; v++) {
    parts.push(`<line x1="${f1(xOf(v))}" x2="${f1(xOf(v))}" y1="${TOP - 4}" y2="${h - 4}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${f1(xOf(v))}" y="${TOP - 8}" font-size="10" text-anchor="middle" fill="#6b7280">${v}</text>`);
  }
  for (const limit of [score.options.bands.weakBelow, score.options.bands.strongAbove]) {
    if (limit > 1 && limit < 5) parts.push(`<line x1="${f1(xOf(limit))}" x2="${f1(xOf(limit))}" y1="${TOP - 4}" y2="${h - 4}" stroke="#6b7280" stroke-dasharray="3 3"/>`);
  }
  names.dimensions.forEach((d, i) => {
    const y = TOP + i * ROW;
    const v = tie.dimensions[d.key] ?? null;
    parts.push(`<text x="${LABEL_W}" y="${y + 14}" font-size="11.5" text-anchor="end" fill="#111827">${escapeHtml(d.label)}</text>`);
    if (v === null) {
      parts.push(`<text x="${X0 + 4}" y="${y + 14}" font-size="11" font-style="italic" fill="#6b7280">${txt(lang, 'notAnswered')}</text>`);
      return;
    }
    parts.push(`<rect data-dimension="${escapeHtml(d.key)}" x="${X0}" y="${y + 4}" width="${f1(Math.max(1, xOf(v) - X0))}" height="${ROW - 8}" fill="#4a78a8" rx="2"/>`);
    parts.push(`<text x="${f1(Math.max(xOf(v), X0) + 4)}" y="${y + 14}" font-size="11" font-weight="700" fill="#111827">${num(v, lang)}</text>`);
  });
  return `<svg class="profile-chart" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${tieName(tie, lang)}">${parts.join('')}</svg>`;
}

/**
 * One card per tie that is not suppressed, in role order: its name, RC with band, n, interval,
 * sd and rwg(j), the bar chart of the dimensions, and the subscales. Suppressed ties get no card.
 *
 * @example
 * ```ts
 * profileCards(score, 'da'); // '<div class="profiles"><article class="profile" …'
 * ```
 */
export function profileCards(score: SurveyScore, lang: Lang): string {
  const names = dimensionNames(score, lang);
  const scale = scaleOfScore(score);
  const cards = score.ties
    .filter((t) => !t.suppressed && t.rc !== null && t.band !== null)
    .map((t) => {
      const rwg = t.rwg === null ? '' : ` · rwg(j) ${num(t.rwg.value, lang)}`;
      const meta = `RC ${rcNum(t.rc, lang, score.options.bands)} (${escapeHtml(bandName(t.band!, lang))}) · n = ${t.n} · ${txt(lang, 'ci')} ${scaleInterval(t.ci95, scale, lang)} · ${txt(lang, 'sd')} ${num(t.sd, lang)}${rwg}`;
      const subs = names.groups.map((g) => `${escapeHtml(g.label)} ${num(t.subscales[g.key] ?? null, lang)}`).join(' · ');
      return (
        `<article class="profile" data-from="${escapeHtml(t.from)}" data-to="${escapeHtml(t.to)}"><h4>${tieName(t, lang)}</h4>` +
        `<p class="profile-meta">${meta}</p>${profileChart(t, names, score, lang)}<p class="profile-meta">${txt(lang, 'subscales')}: ${subs}</p></article>`
      );
    });
  return `<div class="profiles">${cards.join('')}</div>`;
}
