import { BAND_NAMES, BOUNDED_INTERVAL_METHOD, type BandThresholds, formatScoreText, type ImportSummary, type SurveyScore, type TieScore } from '@relcap/core';
import type { Lang } from '../commands/command';
import { formatInterval, formatNumber, scaleOfScore } from './format-number';
import { renderTable } from './table';

const T = {
  en: {
    ties: ['from', 'to', 'tie', 'n', 'rc', 'sd', '95% CI', 'band'],
    within: 'within',
    between: 'between',
    suppressed: (n: number) => `suppressed (n=${n})`,
    roles: ['role', 'respondents', 'RC given', 'RC received'],
    head: (s: SurveyScore) =>
      `${s.respondents} respondents, ${s.ratings.valid} valid ratings, ${s.ratings.incomplete} incomplete (fewer than ${s.options.minItems} items); dimension set ${s.dimensionSet}`,
    input: (i: ImportSummary) => `${i.format} format, ${i.encoding}, ${i.rows} rows, ${i.answerCount} answers (${i.missing} missing)`,
    unweighted: (s: SurveyScore) => `Network RC, unweighted mean of ${s.network.betweenRoleTies - s.network.suppressedTies} between-role ties:`,
    weighted: (s: SurveyScore) => `Network RC, respondent-weighted mean of ${s.network.weightedRatings} ratings:`,
    suppressedLine: (s: SurveyScore) =>
      `Suppressed ties (fewer than ${s.options.minRaters} raters, not shown and left out of both means): ${s.network.suppressedTies} of ${s.network.betweenRoleTies} between-role ties`,
    alpha: (s: SurveyScore, a: string) => `Reliability: Cronbach's alpha ${a} (${s.reliability.cases} complete ratings, ${s.reliability.items} items)`,
    note: 'Dimension means: --csv or --json.',
  },
  da: {
    ties: ['fra', 'til', 'bånd', 'n', 'rc', 'sd', '95 % KI', 'niveau'],
    within: 'inden for',
    between: 'mellem',
    suppressed: (n: number) => `skjult (n=${n})`,
    roles: ['rolle', 'besvarelser', 'RC givet', 'RC modtaget'],
    head: (s: SurveyScore) =>
      `${s.respondents} respondenter, ${s.ratings.valid} gyldige vurderinger, ${s.ratings.incomplete} ufuldstændige (færre end ${s.options.minItems} spørgsmål); dimensionssæt ${s.dimensionSet}`,
    input: (i: ImportSummary) => `${i.format === 'long' ? 'langt' : 'bredt'} format, ${i.encoding}, ${i.rows} rækker, ${i.answerCount} svar (${i.missing} mangler)`,
    unweighted: (s: SurveyScore) => `Netværks-RC, uvægtet gennemsnit af ${s.network.betweenRoleTies - s.network.suppressedTies} bånd mellem roller:`,
    weighted: (s: SurveyScore) => `Netværks-RC, gennemsnit vægtet efter ${s.network.weightedRatings} vurderinger:`,
    suppressedLine: (s: SurveyScore) =>
      `Skjulte bånd (færre end ${s.options.minRaters} besvarelser, ikke vist og ikke med i gennemsnittene): ${s.network.suppressedTies} af ${s.network.betweenRoleTies} bånd mellem roller`,
    alpha: (s: SurveyScore, a: string) => `Reliabilitet: Cronbachs alfa ${a} (${s.reliability.cases} fuldstændige vurderinger, ${s.reliability.items} spørgsmål)`,
    note: 'Gennemsnit pr. dimension: --csv eller --json.',
  },
} as const;

function tieRow(t: TieScore, scale: { min: number; max: number }, bands: BandThresholds, lang: Lang): string[] {
  const tx = T[lang];
  const kind = t.within ? tx.within : tx.between;
  if (t.suppressed) return [t.from, t.to, kind, String(t.n), '', '', '', tx.suppressed(t.n)];
  const ci = formatInterval(t.ci95, scale, lang);
  return [
    t.from,
    t.to,
    kind,
    String(t.n),
    formatScoreText(t.rc, lang, 2, bands),
    formatNumber(t.sd, 2, lang),
    ci,
    t.band === null ? '-' : BAND_NAMES[t.band][lang],
  ];
}

/**
 * A scored survey as readable text: what was read, one row per directed tie (role names as
 * given; suppressed ties as `suppressed (n=2)`), the roles' RC given and received, the two
 * network means (which is which is spelled out) and Cronbach's alpha.
 *
 * @example
 * ```ts
 * io.stdout.write(formatScoreTable('svar.csv', score, summary, 'da'));
 * ```
 */
export function formatScoreTable(file: string, score: SurveyScore, summary: ImportSummary | undefined, lang: Lang): string {
  const tx = T[lang];
  const head = [`${file}: ${tx.head(score)}`];
  if (summary !== undefined) head.push(`${file}: ${tx.input(summary)}`);
  const right = new Set([3, 4, 5, 6]);
  const scale = scaleOfScore(score);
  const ties = renderTable(
    tx.ties.map((header, i) => ({ header, align: right.has(i) ? ('right' as const) : ('left' as const) })),
    score.ties.map((t) => tieRow(t, scale, score.options.bands, lang)),
  );
  const roles = renderTable(
    tx.roles.map((header, i) => ({ header, align: i === 0 ? ('left' as const) : ('right' as const) })),
    score.roles.map((r) => [r.role, String(r.respondents), formatNumber(r.given, 2, lang), formatNumber(r.received, 2, lang)]),
  );
  const lines = [
    `${tx.unweighted(score)} ${formatNumber(score.network.rcUnweighted, 2, lang)}`,
    `${tx.weighted(score)} ${formatNumber(score.network.rcWeighted, 2, lang)}`,
    tx.suppressedLine(score),
    tx.alpha(score, formatNumber(score.reliability.cronbachAlpha, 2, lang)),
    tx.note,
  ];
  if (score.ties.some((t) => t.ci95 !== null && (t.ci95[0] < scale.min || t.ci95[1] > scale.max))) lines.push(`* ${BOUNDED_INTERVAL_METHOD[lang]}`);
  return `${head.join('\n')}\n\n${ties}\n${roles}\n${lines.join('\n')}\n`;
}
