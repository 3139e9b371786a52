import { OptionsError } from '../errors/relcap-error';
import type { SurveyScore, TieScore } from '../scoring/survey-score';
import {
  type CompareOptions,
  DEFAULT_COMPARE_OPTIONS,
  type NetworkChange,
  type SurveyComparison,
  type TieChange,
  type TieChangeStatus,
  type TieWave,
} from './survey-comparison';
import { checkConfidence } from './confidence-interval';
import { welchDifference } from './welch';

const wave = (t: TieScore | undefined): TieWave | null =>
  t === undefined ? null : { n: t.n, incomplete: t.incomplete, suppressed: t.suppressed, rc: t.rc, sd: t.sd };

const statusOf = (b: TieWave | null, a: TieWave | null): TieChangeStatus => {
  if (b === null) return 'appeared';
  if (a === null) return 'vanished';
  if (b.suppressed && a.suppressed) return 'suppressed_both';
  if (b.suppressed) return 'became_unsuppressed';
  if (a.suppressed) return 'became_suppressed';
  return 'both';
};

const netChange = (before: number | null, after: number | null): NetworkChange => ({
  before,
  after,
  change: before === null || after === null ? null : after - before,
});

function tieChange(from: string, to: string, b: TieWave | null, a: TieWave | null, confidence: number): TieChange {
  const status = statusOf(b, a);
  const head = { from, to, within: from === to, status, before: b, after: a };
  if (status !== 'both' || b?.rc == null || a?.rc == null) return { ...head, change: null, se: null, df: null, ci95: null };
  const w =
    b.sd === null || a.sd === null
      ? null
      : welchDifference({ n: b.n, mean: b.rc, sd: b.sd }, { n: a.n, mean: a.rc, sd: a.sd }, confidence);
  return { ...head, change: a.rc - b.rc, se: w?.se ?? null, df: w?.df ?? null, ci95: w?.ci ?? null };
}

/**
 * Compares two waves of the same survey (before/after, DOMAIN.md section 2): per directed tie
 * the change `after.rc - before.rc` with a Welch interval (Welch 1947; Satterthwaite 1946) from
 * each wave's `n`, `rc` and `sd`; ties that appeared, vanished, or became suppressed or
 * unsuppressed (suppressed ties never show a change); and the change of both network means.
 * The waves are treated as independent samples (different or anonymous respondents); for the
 * same respondents a paired analysis of `individualRatings` is more powerful.
 * Throws `OptionsError` when the waves use different dimension sets.
 *
 * @example
 * ```ts
 * const cmp = compareSurveys(scoreAnswers(spring), scoreAnswers(autumn));
 * for (const t of cmp.ties) if (t.status === 'both') console.log(t.from, t.to, t.change, t.ci95);
 * cmp.network.rcUnweighted.change;
 * ```
 */
export function compareSurveys(
  before: SurveyScore,
  after: SurveyScore,
  options: Partial<CompareOptions> = {},
): SurveyComparison {
  const o = { ...DEFAULT_COMPARE_OPTIONS, ...(options.confidence === undefined ? {} : { confidence: options.confidence }) };
  checkConfidence(o.confidence, 'stats/compareSurveys');
  if (before.dimensionSet !== after.dimensionSet) {
    throw new OptionsError('RELCAP_INCOMPATIBLE_WAVES', 'stats/compareSurveys: the waves use different dimension sets', {
      value: `${before.dimensionSet} / ${after.dimensionSet}`,
      expected: 'the same dimension set in both waves',
    });
  }
  const warnings: string[] = [];
  for (const k of ['minItems', 'minRaters'] as const) {
    if (before.options[k] !== after.options[k]) {
      warnings.push(`${k} differs between the waves (${before.options[k]} before, ${after.options[k]} after)`);
    }
  }
  const key = (t: TieScore): string => `${t.from}\u0000${t.to}`;
  const bMap = new Map(before.ties.map((t) => [key(t), t]));
  const aMap = new Map(after.ties.map((t) => [key(t), t]));
  const pairs = new Map<string, [string, string]>();
  for (const t of [...before.ties, ...after.ties]) pairs.set(key(t), [t.from, t.to]);
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  const sorted = [...pairs.entries()].sort(([, p], [, q]) => cmp(p[0], q[0]) || cmp(p[1], q[1]));
  const ties = sorted.map(([k, [from, to]]) => tieChange(from, to, wave(bMap.get(k)), wave(aMap.get(k)), o.confidence));
  const counts: Record<TieChangeStatus, number> = {
    both: 0,
    appeared: 0,
    vanished: 0,
    became_suppressed: 0,
    became_unsuppressed: 0,
    suppressed_both: 0,
  };
  for (const t of ties) counts[t.status]++;
  return {
    schemaVersion: 1,
    dimensionSet: after.dimensionSet,
    confidence: o.confidence,
    ties,
    counts,
    network: {
      rcUnweighted: netChange(before.network.rcUnweighted, after.network.rcUnweighted),
      rcWeighted: netChange(before.network.rcWeighted, after.network.rcWeighted),
    },
    warnings,
  };
}
