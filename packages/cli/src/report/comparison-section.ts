import type { NetworkChange, TieChange, TieChangeStatus, TieWave } from '@relcap/core';
import type { Lang } from '../commands/command';
import type { ReportComparison } from './report-input';
import type { ReportTextKey } from './report-strings';
import { escapeHtml } from './escape-html';
import { interval, num, signed, tieName, txt } from './report-format';

const STATUS_KEY: Readonly<Record<TieChangeStatus, ReportTextKey>> = {
  both: 'statusBoth',
  appeared: 'statusAppeared',
  vanished: 'statusVanished',
  became_suppressed: 'statusBecameSuppressed',
  became_unsuppressed: 'statusBecameUnsuppressed',
  suppressed_both: 'statusSuppressedBoth',
};

/** One wave's cell: score and n, "suppressed (n<K)" without a score, or `–` when not rated. */
function waveCell(w: TieWave | null, k: number, lang: Lang): string {
  if (w === null) return '<td class="num">–</td>';
  if (w.suppressed || w.rc === null) return `<td class="cell-suppressed">${txt(lang, 'suppressedCell', { k })}</td>`;
  return `<td class="num">${num(w.rc, lang)} <span class="muted">(n = ${w.n})</span></td>`;
}

function networkRow(label: string, c: NetworkChange, lang: Lang, key: string): string {
  return `<tr data-mean="${key}"><th scope="row">${label}</th><td class="num">${num(c.before, lang)}</td><td class="num">${num(c.after, lang)}</td><td class="num">${signed(c.change, lang)}</td></tr>`;
}

function tieRow(t: TieChange, kBefore: number, kAfter: number, lang: Lang): string {
  return (
    `<tr data-status="${t.status}" data-from="${escapeHtml(t.from)}" data-to="${escapeHtml(t.to)}"><th scope="row">${tieName(t, lang)}</th>` +
    `${waveCell(t.before, kBefore, lang)}${waveCell(t.after, kAfter, lang)}<td class="num">${signed(t.change, lang)}</td>` +
    `<td class="num">${interval(t.ci95, lang, true)}</td><td class="status">${txt(lang, STATUS_KEY[t.status])}</td></tr>`
  );
}

/**
 * The comparison with an earlier survey (`compareSurveys`): the network change (both means),
 * counts of comparable, new, no longer rated and suppressed ties, notes when the two surveys
 * were scored with different rules, how many respondents answered both, and per tie before, now,
 * change and its interval (paired t when all its raters answered both, else Welch 1947). Suppressed ties never show a score or a change.
 *
 * @example
 * ```ts
 * comparisonBody({ file: 'spring.csv', before, result: compareSurveys(before, score) }, 'autumn.csv', 'en');
 * ```
 */
export function comparisonBody(c: ReportComparison, afterFile: string, afterOptions: { readonly minItems: number; readonly minRaters: number }, lang: Lang): string {
  const r = c.result;
  const lead = `<p>${txt(lang, 'compareLead', { before: c.file, after: afterFile })}</p>`;
  const th3 = `<th scope="col" class="num">${txt(lang, 'before')}</th><th scope="col" class="num">${txt(lang, 'after')}</th><th scope="col" class="num">${txt(lang, 'change')}</th>`;
  const net =
    `<h3>${txt(lang, 'networkChange')}</h3><table class="network-change"><thead><tr><th scope="col"></th>${th3}</tr></thead><tbody>` +
    networkRow(txt(lang, 'unweightedShort'), r.network.rcUnweighted, lang, 'unweighted') +
    networkRow(txt(lang, 'weightedShort'), r.network.rcWeighted, lang, 'weighted') +
    '</tbody></table>';
  const hidden = r.counts.became_suppressed + r.counts.became_unsuppressed + r.counts.suppressed_both;
  const counts = `<p>${txt(lang, 'compareCounts', { both: r.counts.both, appeared: r.counts.appeared, vanished: r.counts.vanished, hidden })}</p>`;
  const notes = (['minItems', 'minRaters'] as const)
    .filter((k) => c.before.options[k] !== afterOptions[k])
    .map((k) => `<p class="note">${txt(lang, 'optionDiffers', { option: k, before: c.before.options[k], after: afterOptions[k] })}</p>`)
    .join('');
  const rows = r.ties.map((t) => tieRow(t, c.before.options.minRaters, afterOptions.minRaters, lang));
  const table =
    `<table class="tie-changes"><thead><tr><th scope="col">${txt(lang, 'tie')}</th>${th3}<th scope="col" class="num">${txt(lang, 'ci')}</th>` +
    `<th scope="col">${txt(lang, 'status')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const pairing = r.pairing.checked ? `<p class="note">${txt(lang, 'pairingNote', { both: r.pairing.respondentsInBoth, paired: r.pairing.pairedTies })}</p>` : '';
  return lead + net + counts + pairing + notes + table;
}
