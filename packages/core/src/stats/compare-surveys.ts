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
import { ratingsByTie, splitChange, splitTie } from './tie-pairing';
import { welchDifference } from './welch';
import type { IndividualRating } from '../scoring/survey-score';

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

type RatingsByTie = ReadonlyMap<string, ReadonlyMap<string, number>>;

function tieChange(
  from: string,
  to: string,
  b: TieWave | null,
  a: TieWave | null,
  confidence: number,
  ratings: { before: RatingsByTie; after: RatingsByTie } | null,
): TieChange {
  const status = statusOf(b, a);
  const head = { from, to, within: from === to, status, before: b, after: a };
  if (status !== 'both' || b?.rc == null || a?.rc == null) {
    return { ...head, change: null, se: null, df: null, ci95: null, method: null, paired: null, unpaired: null };
  }
  const w =
    b.sd === null || a.sd === null
      ? null
      : welchDifference({ n: b.n, mean: b.rc, sd: b.sd }, { n: a.n, mean: a.rc, sd: a.sd }, confidence);
  const k = `${from}\u0000${to}`;
  const split = ratings === null ? null : splitChange(splitTie(ratings.before.get(k), ratings.after.get(k)), confidence);
  const base = { ...head, change: a.rc - b.rc, se: w?.se ?? null, df: w?.df ?? null, ci95: w?.ci ?? null };
  if (split === null) return { ...base, method: 'welch', paired: null, unpaired: null };
  if (split.method !== 'paired') return { ...base, ...split };
  const p = split.paired!;
  return { ...base, se: p.se, df: p.df, ci95: p.ci, ...split };
}

/** The individual ratings of a score, when it carries them. */
const ratingsOf = (s: SurveyScore): readonly IndividualRating[] | undefined => s.individualRatings;

/**
 * Compares two waves of the same survey (before/after): per directed tie
 * the change `after.rc - before.rc` with a Welch interval (Welch 1947; Satterthwaite 1946) from
 * each wave's `n`, `rc` and `sd`; ties that appeared, vanished, or became suppressed or
 * unsuppressed (suppressed ties never show a change); and the change of both network means.
 * When both scores carry their `individualRatings` (`finish({ includeRatings: true })`),
 * respondent ids are compared across the waves: a tie whose raters all answered both waves gets
 * a paired t interval (`method: 'paired'`); one where only some did keeps the Welch interval over
 * all raters and reports the paired difference of those in both waves and the Welch difference
 * of the rest beside it (`method: 'mixed'`); `pairing` counts them and a warning says so.
 * Without individual ratings the waves are treated as independent samples, and a warning says
 * that respondent ids were not checked.
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
  const rb = ratingsOf(before);
  const ra = ratingsOf(after);
  const ratings = rb === undefined || ra === undefined ? null : { before: ratingsByTie(rb), after: ratingsByTie(ra) };
  const ties = sorted.map(([k, [from, to]]) => tieChange(from, to, wave(bMap.get(k)), wave(aMap.get(k)), o.confidence, ratings));
  const pairing = {
    checked: ratings !== null,
    respondentsInBoth: rb === undefined || ra === undefined ? 0 : respondentsInBoth(rb, ra),
    pairedTies: ties.filter((t) => t.method === 'paired' || t.method === 'mixed').length,
  };
  if (!pairing.checked) warnings.push('respondent ids were not compared (no individual ratings): the waves are treated as independent samples');
  else if (pairing.respondentsInBoth > 0) {
    warnings.push(
      `${pairing.respondentsInBoth} respondent ids answered both waves: ${pairing.pairedTies} ties use paired differences (method paired or mixed)`,
    );
  }
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
    pairing,
    warnings,
  };
}

function respondentsInBoth(b: readonly IndividualRating[], a: readonly IndividualRating[]): number {
  const ids = new Set(b.filter((r) => r.rc !== null).map((r) => r.respondentId));
  return new Set(a.filter((r) => r.rc !== null && ids.has(r.respondentId)).map((r) => r.respondentId)).size;
}
