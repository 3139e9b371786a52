import {
  BAND_NAMES,
  type ChangeMethod,
  type MapComparison,
  type NetworkMap,
  type RelationBand,
  type RelationChangeKind,
  type SurveyComparison,
  type TieChange,
  type TieChangeStatus,
  type TieWave,
} from '@relcap/core';
import type { Lang } from '../commands/command';
import { formatNumber } from './format-number';
import { renderTable } from './table';

const STATUS: Readonly<Record<Lang, Record<TieChangeStatus, string>>> = {
  en: {
    both: 'both',
    appeared: 'new',
    vanished: 'gone',
    became_suppressed: 'now suppressed',
    became_unsuppressed: 'now shown',
    suppressed_both: 'suppressed',
  },
  da: {
    both: 'begge',
    appeared: 'ny',
    vanished: 'væk',
    became_suppressed: 'nu skjult',
    became_unsuppressed: 'nu vist',
    suppressed_both: 'skjult',
  },
};

const wave = (w: TieWave | null, lang: Lang): string => {
  if (w === null) return '';
  if (w.suppressed) return lang === 'da' ? `skjult (n=${w.n})` : `suppressed (n=${w.n})`;
  return `${formatNumber(w.rc, 2, lang)} (n=${w.n})`;
};

const signed = (x: number | null, lang: Lang): string => (x === null ? '' : `${x > 0 ? '+' : ''}${formatNumber(x, 2, lang)}`);

const METHOD: Readonly<Record<Lang, Record<ChangeMethod, string>>> = {
  en: { welch: 'Welch', paired: 'paired', mixed: 'Welch; paired' },
  da: { welch: 'Welch', paired: 'parret', mixed: 'Welch; parret' },
};

const method = (t: TieChange, lang: Lang): string => {
  if (t.method === null) return '';
  if (t.method === 'welch') return METHOD[lang].welch;
  const p = t.paired!;
  const part = p.ci === null ? `n=${p.n} ${signed(p.mean, lang)}` : `n=${p.n} ${signed(p.mean, lang)} [${formatNumber(p.ci[0], 2, lang)}; ${formatNumber(p.ci[1], 2, lang)}]`;
  return `${METHOD[lang][t.method]} (${part})`;
};

const pairingLine = (c: SurveyComparison, lang: Lang): string => {
  const p = c.pairing;
  if (!p.checked) {
    return lang === 'da'
      ? 'Respondent-id er ikke sammenlignet (ingen enkeltvurderinger): målingerne behandles som uafhængige stikprøver (Welch).'
      : 'Respondent ids were not compared (no individual ratings): the waves are treated as independent samples (Welch).';
  }
  return lang === 'da'
    ? `${p.respondentsInBoth} respondent-id svarede i begge målinger; ${p.pairedTies} bånd bruger parrede forskelle. Regel: alle bedømmere i begge målinger: parret t-interval; nogle: Welch over alle, med den parrede forskel ved siden af; ingen: Welch.`
    : `${p.respondentsInBoth} respondent ids answered both waves; ${p.pairedTies} ties use paired differences. Rule: all raters in both waves: paired t interval; some: Welch over all raters, the paired difference beside it; none: Welch.`;
};

/**
 * Two survey waves as text: one row per tie (before, after, change with its interval and method),
 * then the change of both network means and any warnings.
 *
 * @example
 * ```ts
 * formatSurveyComparison(compareSurveys(a, b), 'en');
 * ```
 */
export function formatSurveyComparison(c: SurveyComparison, lang: Lang): string {
  const head =
    lang === 'da'
      ? ['fra', 'til', 'status', 'før', 'efter', 'ændring', '95 % KI', 'metode']
      : ['from', 'to', 'status', 'before', 'after', 'change', '95% CI', 'method'];
  const rows = c.ties.map((t) => [
    t.from,
    t.to,
    STATUS[lang][t.status],
    wave(t.before, lang),
    wave(t.after, lang),
    signed(t.change, lang),
    t.ci95 === null ? '' : `${formatNumber(t.ci95[0], 2, lang)} - ${formatNumber(t.ci95[1], 2, lang)}`,
    method(t, lang),
  ]);
  const table = renderTable(
    head.map((header, i) => ({ header, align: i >= 3 && i < 7 ? ('right' as const) : ('left' as const) })),
    rows,
  );
  const net = (label: string, n: SurveyComparison['network']['rcUnweighted']): string =>
    `${label}: ${formatNumber(n.before, 2, lang)} -> ${formatNumber(n.after, 2, lang)} (${n.change === null ? '-' : signed(n.change, lang)})`;
  const lines =
    lang === 'da'
      ? [net('Netværks-RC, uvægtet', c.network.rcUnweighted), net('Netværks-RC, vægtet efter vurderinger', c.network.rcWeighted)]
      : [net('Network RC, unweighted', c.network.rcUnweighted), net('Network RC, respondent-weighted', c.network.rcWeighted)];
  lines.push(pairingLine(c, lang));
  for (const w of c.warnings) lines.push(`${lang === 'da' ? 'advarsel' : 'warning'}: ${w}`);
  return `${table}\n${lines.join('\n')}\n`;
}

const BAND: Readonly<Record<Lang, Record<RelationBand, string>>> = {
  en: { strong: BAND_NAMES.strong.en, moderate: BAND_NAMES.moderate.en, weak: BAND_NAMES.weak.en, missing: 'missing', stressful: 'stressful', unknown: 'unknown' },
  da: { strong: BAND_NAMES.strong.da, moderate: BAND_NAMES.moderate.da, weak: BAND_NAMES.weak.da, missing: 'mangler', stressful: 'belastet', unknown: 'ukendt' },
};

const CHANGE: Readonly<Record<Lang, Record<RelationChangeKind, string>>> = {
  en: { appeared: 'new', vanished: 'gone', stronger: 'stronger', weaker: 'weaker', changed: 'changed', unchanged: 'unchanged' },
  da: { appeared: 'ny', vanished: 'væk', stronger: 'stærkere', weaker: 'svagere', changed: 'ændret', unchanged: 'uændret' },
};

/**
 * Two rounds of a map as text: actors added and removed, then one row per relation that
 * changed (unchanged ones are counted, not listed), with labels from either map.
 *
 * @example
 * ```ts
 * formatMapComparison(compareMaps(a, b), a, b, 'da');
 * ```
 */
export function formatMapComparison(c: MapComparison, before: NetworkMap, after: NetworkMap, lang: Lang): string {
  const label = new Map([...before.actors, ...after.actors].map((a) => [a.id, a.label]));
  const name = (id: string): string => label.get(id) ?? id;
  const band = (b: RelationBand | null, score: number | null): string =>
    b === null ? '' : score === null ? BAND[lang][b] : `${BAND[lang][b]} (${formatNumber(score, 2, lang)})`;
  const changed = c.relations.filter((r) => r.change !== 'unchanged');
  const lines: string[] = [];
  const da = lang === 'da';
  if (c.actorsAdded.length > 0) lines.push(`${da ? 'Nye aktører' : 'Actors added'}: ${c.actorsAdded.map(name).join(', ')}`);
  if (c.actorsRemoved.length > 0) lines.push(`${da ? 'Aktører fjernet' : 'Actors removed'}: ${c.actorsRemoved.map(name).join(', ')}`);
  const head = da ? ['fra', 'til', 'retning', 'før', 'efter', 'ændring'] : ['from', 'to', 'direction', 'before', 'after', 'change'];
  const rows = changed.map((r) => [
    name(r.source),
    name(r.target),
    r.directed ? '->' : '<->',
    band(r.before, r.scoreBefore),
    band(r.after, r.scoreAfter),
    CHANGE[lang][r.change],
  ]);
  const table =
    rows.length === 0 ? `${da ? 'Ingen relationer har ændret sig.' : 'No relation changed.'}\n` : renderTable(head.map((header) => ({ header })), rows);
  const counts = (Object.entries(c.counts) as [RelationChangeKind, number][]).map(([k, n]) => `${CHANGE[lang][k]} ${n}`).join(', ');
  return `${lines.length > 0 ? `${lines.join('\n')}\n\n` : ''}${table}\n${counts}\n`;
}
