import type { SurveyComparison, TieChangeStatus } from '../stats/survey-comparison';
import { cell, col, type ResultTable, type TableCell } from './result-table';
import { suppressionNote } from './table-notes';

const STATUS: Readonly<Record<TieChangeStatus, { da: string; en: string }>> = {
  both: { da: 'begge', en: 'both' },
  appeared: { da: 'ny', en: 'new' },
  vanished: { da: 'væk', en: 'gone' },
  became_suppressed: { da: 'nu skjult', en: 'now suppressed' },
  became_unsuppressed: { da: 'nu vist', en: 'now shown' },
  suppressed_both: { da: 'skjult', en: 'suppressed' },
};

const METHOD = { welch: { da: 'Welch', en: 'Welch' }, paired: { da: 'parret t', en: 'paired t' }, mixed: { da: 'Welch (delvis parret)', en: 'Welch (partly paired)' } };

/**
 * The wave comparison: per tie before, after (suppressed waves show their n), change, its
 * interval and the method (Welch, paired t, or Welch with some respondents paired), then the
 * number of paired respondents and the rule under the table.
 *
 * @example
 * ```ts
 * waveComparisonTable(compareSurveys(spring, autumn), 3);
 * ```
 */
export function waveComparisonTable(c: SurveyComparison, minRaters: number): ResultTable {
  const wave = (w: SurveyComparison['ties'][number]['before']): TableCell =>
    w === null ? cell.empty() : w.suppressed ? cell.suppressed(w.n) : cell.num(w.rc, { score: true });
  const rows = c.ties.map((t): TableCell[] => [
    cell.text(t.from),
    cell.text(t.to),
    cell.label(STATUS[t.status]),
    wave(t.before),
    wave(t.after),
    cell.num(t.change),
    t.ci95 === null ? cell.empty() : cell.num(t.ci95[0]),
    t.ci95 === null ? cell.empty() : cell.num(t.ci95[1]),
    t.method === null ? cell.empty() : cell.label(METHOD[t.method]),
    t.paired === null ? cell.empty() : cell.count(t.paired.n),
  ]);
  const p = c.pairing;
  return {
    key: 'comparison',
    title: { da: 'Ændring mellem to målinger', en: 'Change between two waves' },
    columns: [
      col('from', 'Fra', 'From'),
      col('to', 'Til', 'To'),
      col('status', 'Status', 'Status'),
      col('before', 'Før', 'Before', true),
      col('after', 'Efter', 'After', true),
      col('change', 'Ændring', 'Change', true),
      col('ci_low', '95 % KI nedre', '95% CI lower', true),
      col('ci_high', '95 % KI øvre', '95% CI upper', true),
      col('method', 'Metode', 'Method'),
      col('paired', 'Parrede', 'Paired', true),
    ],
    rows,
    notes: [
      p.checked
        ? {
            da: `${p.respondentsInBoth} respondent-id svarede i begge målinger. Regel: har alle en relations bedømmere svaret begge gange, parret t-interval; nogle, Welch over alle (den parrede forskel står i JSON); ingen, Welch (Welch 1947).`,
            en: `${p.respondentsInBoth} respondent ids answered both waves. Rule: all raters of a tie in both waves, paired t interval; some, Welch over all raters (the paired difference is in the JSON); none, Welch (Welch 1947).`,
          }
        : {
            da: 'Respondent-id er ikke sammenlignet: målingerne behandles som uafhængige stikprøver (Welch 1947).',
            en: 'Respondent ids were not compared: the waves are treated as independent samples (Welch 1947).',
          },
      suppressionNote(minRaters),
    ],
  };
}
