import type { SurveyScore } from '@relcap/core';
import type { Lang } from '../commands/command';
import { escapeHtml } from './escape-html';
import { dimensionNames } from './profiles-section';
import { REPORT_CITATIONS } from './report-strings';
import { num, txt } from './report-format';

/**
 * The methods section's body: the dimension set with relcap's own short descriptions, the rules
 * as applied (minItems, minRaters, bands, confidence), the statistics and their thresholds, the
 * references, the licensing note (Brandeis University; Relational Coordination Analytics) and the
 * privacy note.
 *
 * @example
 * ```ts
 * methodsBody(score, 'en'); // '<p>Dimension set: Relational coordination. …'
 * ```
 */
export function methodsBody(score: SurveyScore, lang: Lang): string {
  const o = score.options;
  const names = dimensionNames(score, lang);
  const dims = names.dimensions
    .map((d) => `<dt>${escapeHtml(d.label)}</dt><dd>${escapeHtml(d.description ?? d.key)}</dd>`)
    .join('');
  const bands = { weak: num(o.bands.weakBelow, lang, 1), strong: num(o.bands.strongAbove, lang, 1) };
  const rules = [
    txt(lang, 'ruleIndex', { minItems: o.minItems, items: names.dimensions.length }),
    txt(lang, 'ruleTie', { conf: num(o.confidence * 100, lang, 0) }),
    txt(lang, 'ruleBands', bands),
    txt(lang, 'ruleSuppression', { k: o.minRaters }),
    txt(lang, 'ruleNetwork'),
    txt(lang, 'ruleStats'),
    txt(lang, 'ruleMap'),
  ];
  return (
    `<p>${txt(lang, 'methodsData', { set: names.setLabel })}</p><dl class="dimensions">${dims}</dl>` +
    `<ul class="rules">${rules.map((r) => `<li>${r}</li>`).join('')}</ul>` +
    `<h3>${txt(lang, 'citations')}</h3><ol class="citations">${REPORT_CITATIONS.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ol>` +
    `<p class="note license">${txt(lang, 'license')}</p><p class="note privacy">${txt(lang, 'privacy')}</p>`
  );
}
