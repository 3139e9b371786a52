import type { SurveyScore } from '@relcap/core';
import type { Lang } from '@relcap/visualizer';

const fmt = (v: number, lang: Lang): string => v.toFixed(2).replace('.', lang === 'da' ? ',' : '.');

/**
 * Plain-language readings of a score's reliability and agreement, one sentence per statistic, in
 * Danish or English: Cronbach's alpha (Cronbach 1951; 0.70 by convention, Nunnally 1978),
 * rwg(j) (James, Demaree & Wolf 1984; LeBreton & Senter 2008: above 0.70 the raters agree
 * enough to report their mean) and ICC(1)/ICC(2) (Bliese 2000: ICC(1) how much of the variance
 * lies between groups, ICC(2) how reliable the group means are). A statistic that could not be
 * computed says why not.
 *
 * @example
 * ```ts
 * reliabilityReading(score, 'en')[0]; // 'Cronbach’s alpha is 0.86 over 120 complete ratings: ...'
 * ```
 */
export function reliabilityReading(score: SurveyScore, lang: Lang): string[] {
  const da = lang === 'da';
  const rel = score.reliability;
  const out: string[] = [];
  if (rel.cronbachAlpha === null) {
    out.push(da ? 'Cronbachs alfa kan ikke beregnes: for få fuldstændige vurderinger.' : 'Cronbach’s alpha cannot be computed: too few complete ratings.');
  } else {
    const a = fmt(rel.cronbachAlpha, lang);
    const ok = rel.cronbachAlpha >= 0.7;
    out.push(
      da
        ? `Cronbachs alfa er ${a} over ${rel.cases} fuldstændige vurderinger: de ${rel.items} spørgsmål ${ok ? 'måler i høj grad det samme, så det giver mening at lægge dem sammen til ét RC-tal' : 'hænger svagt sammen (under 0,70), så læs dimensionerne hver for sig før RC-tallet'}.`
        : `Cronbach’s alpha is ${a} over ${rel.cases} complete ratings: the ${rel.items} questions ${ok ? 'largely measure the same thing, so adding them up to one RC score makes sense' : 'hang together weakly (below 0.70), so read the dimensions one by one before the RC score'}.`,
    );
  }
  const withRwg = score.ties.filter((t) => !t.suppressed && t.rwg !== null);
  const agree = withRwg.filter((t) => t.rwg?.meets === true).length;
  out.push(
    da
      ? `rwg(j): i ${agree} af ${withRwg.length} relationer er bedømmerne så enige (over 0,70), at deres gennemsnit beskriver relationen; i de øvrige dækker gennemsnittet over forskellige oplevelser.`
      : `rwg(j): in ${agree} of ${withRwg.length} ties the raters agree enough (above 0.70) for their mean to describe the tie; in the others the mean covers differing experiences.`,
  );
  const { icc1, icc2 } = rel.icc.pair;
  if (icc1.value === null || icc2.value === null) {
    out.push(da ? 'ICC kan ikke beregnes: for få relationer med flere bedømmere.' : 'ICC cannot be computed: too few ties with several raters.');
  } else {
    const share = Math.round(icc1.value * 100);
    const part1 =
      icc1.value <= 0
        ? da
          ? `ICC(1) er ${fmt(icc1.value, lang)}: forskellene mellem svarene skyldes ikke, hvilken relation der vurderes.`
          : `ICC(1) is ${fmt(icc1.value, lang)}: the differences between answers do not come from which tie is rated.`
        : da
          ? `ICC(1) er ${fmt(icc1.value, lang)}: omkring ${share} % af forskellene mellem svarene skyldes, hvilken relation der vurderes.`
          : `ICC(1) is ${fmt(icc1.value, lang)}: about ${share}% of the differences between answers come from which tie is rated.`;
    out.push(
      da
        ? `${part1} ICC(2) er ${fmt(icc2.value, lang)}: relationernes gennemsnit er ${icc2.value > 0.7 ? 'pålidelige nok til at sammenligne relationer' : 'ikke pålidelige nok til at rangordne relationerne sikkert (grænse 0,70)'}.`
        : `${part1} ICC(2) is ${fmt(icc2.value, lang)}: the ties’ means are ${icc2.value > 0.7 ? 'reliable enough to compare ties' : 'not reliable enough to rank the ties with confidence (cut-off 0.70)'}.`,
    );
  }
  return out;
}
