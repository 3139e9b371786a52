import { getDimensionSet } from '../dimensions/registry';
import type { SurveyScore } from '../scoring/survey-score';
import { BOUNDED_INTERVAL_METHOD, boundInterval, scoreRange } from '../stats/bounded-interval';
import { BAND_NAMES } from './labels';
import { cell, col, type ResultTable, type TableCell } from './result-table';
import { suppressionNote } from './table-notes';

const scaleOf = (score: SurveyScore): { min: number; max: number } => {
  try {
    return scoreRange(getDimensionSet(score.dimensionSet));
  } catch {
    return { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };
  }
};

/**
 * One row per directed tie: rater and rated role, n, RC, sd, the interval (bounds past the answer
 * scale clipped and marked), band, rwg(J) and the subscale means. Suppressed ties show n only.
 *
 * @example
 * ```ts
 * tieTable(score).rows.length === score.ties.length;
 * ```
 */
export function tieTable(score: SurveyScore): ResultTable {
  const set = (() => {
    try {
      return getDimensionSet(score.dimensionSet);
    } catch {
      return undefined;
    }
  })();
  const groups = set?.groups ?? [];
  const scale = scaleOf(score);
  const rows = score.ties.map((t): TableCell[] => {
    const head = [cell.text(t.from), cell.text(t.to), cell.count(t.n)];
    if (t.suppressed) return [...head, cell.suppressed(t.n), ...Array.from({ length: 5 + groups.length }, () => cell.empty())];
    const b = boundInterval(t.ci95, scale);
    return [
      ...head,
      cell.num(t.rc, { score: true }),
      cell.num(t.sd),
      b === null ? cell.empty() : cell.num(b.low, { clipped: b.lowClipped }),
      b === null ? cell.empty() : cell.num(b.high, { clipped: b.highClipped }),
      t.band === null ? cell.empty() : cell.label(BAND_NAMES[t.band]),
      cell.num(t.rwg?.value ?? null),
      ...groups.map((g) => cell.num(t.subscales[g.key] ?? null)),
    ];
  });
  return {
    key: 'ties',
    title: { da: 'Relationer mellem roller', en: 'Ties between roles' },
    columns: [
      col('from', 'Fra', 'From'),
      col('to', 'Til', 'To'),
      col('n', 'n', 'n', true),
      col('rc', 'RC', 'RC', true),
      col('sd', 'sd', 'SD', true),
      col('ci_low', '95 % KI nedre', '95% CI lower', true),
      col('ci_high', '95 % KI øvre', '95% CI upper', true),
      col('band', 'Bånd', 'Band'),
      col('rwg', 'rwg(j)', 'rwg(j)', true),
      ...groups.map((g) => col(g.key, g.labels.da, g.labels.en, true)),
    ],
    rows,
    notes: [
      suppressionNote(score.options.minRaters),
      { da: `KI: ${BOUNDED_INTERVAL_METHOD.da}`, en: `CI: ${BOUNDED_INTERVAL_METHOD.en}` },
      {
        da: 'rwg(j): enighed blandt bedømmerne (James, Demaree & Wolf 1984), 0 når variansen overstiger den forventede; grænse 0,70.',
        en: 'rwg(j): agreement among the raters (James, Demaree & Wolf 1984), 0 when the variance exceeds the expected one; cut-off 0.70.',
      },
    ],
  };
}

/**
 * One row per role: respondents, RC given (mean of its outgoing between-role ties) and received
 * (incoming), each with the number of ties behind it.
 *
 * @example
 * ```ts
 * roleTable(score).rows[0]![0]; // { kind: 'text', text: 'Lærer' }
 * ```
 */
export function roleTable(score: SurveyScore): ResultTable {
  return {
    key: 'roles',
    title: { da: 'Roller: RC givet og modtaget', en: 'Roles: RC given and received' },
    columns: [
      col('role', 'Rolle', 'Role'),
      col('respondents', 'Respondenter', 'Respondents', true),
      col('given', 'RC givet', 'RC given', true),
      col('given_ties', 'Relationer', 'Ties', true),
      col('received', 'RC modtaget', 'RC received', true),
      col('received_ties', 'Relationer', 'Ties', true),
    ],
    rows: score.roles.map((r) => [
      cell.text(r.role),
      cell.count(r.respondents),
      cell.num(r.given, { score: true }),
      cell.count(r.givenTies),
      cell.num(r.received, { score: true }),
      cell.count(r.receivedTies),
    ]),
    notes: [
      {
        da: 'RC givet: uvægtet gennemsnit af rollens relationer til andre roller; modtaget: af de andre rollers relationer til rollen. Kun relationer, der ikke er skjult.',
        en: 'RC given: unweighted mean of the role’s ties to other roles; received: of the other roles’ ties to the role. Suppressed ties left out.',
      },
      suppressionNote(score.options.minRaters),
    ],
  };
}

/**
 * Reliability and agreement: Cronbach's alpha, rwg(j) summary, ICC(1) and ICC(2) by tie and by
 * rated role, each with its cut-off and whether it is met.
 *
 * @example
 * ```ts
 * reliabilityTable(score).rows.map((r) => r[0]);
 * ```
 */
export function reliabilityTable(score: SurveyScore): ResultTable {
  const rel = score.reliability;
  const withRwg = score.ties.filter((t) => !t.suppressed && t.rwg !== null);
  const met = (m: boolean | null): TableCell =>
    m === null ? cell.empty() : cell.label(m ? { da: 'opfyldt', en: 'met' } : { da: 'ikke opfyldt', en: 'not met' });
  const alphaMet = rel.cronbachAlpha === null ? null : rel.cronbachAlpha >= 0.7;
  const rows: TableCell[][] = [
    [cell.label({ da: 'Cronbachs alfa', en: 'Cronbach’s alpha' }), cell.num(rel.cronbachAlpha), cell.label({ da: '≥ 0,70', en: '≥ 0.70' }), met(alphaMet), cell.count(rel.cases)],
    [
      cell.label({ da: 'rwg(j), relationer over grænsen', en: 'rwg(j), ties above the cut-off' }),
      cell.count(withRwg.filter((t) => t.rwg!.meets === true).length),
      cell.label({ da: '> 0,70', en: '> 0.70' }),
      cell.empty(),
      cell.count(withRwg.length),
    ],
  ];
  for (const [key, r] of [
    ['pair', rel.icc.pair],
    ['target', rel.icc.target],
  ] as const) {
    const unit = key === 'pair' ? { da: 'relation', en: 'tie' } : { da: 'vurderet rolle', en: 'rated role' };
    rows.push([cell.label({ da: `ICC(1), pr. ${unit.da}`, en: `ICC(1), by ${unit.en}` }), cell.num(r.icc1.value), cell.label({ da: '≥ 0,05', en: '≥ 0.05' }), met(r.icc1.meets), cell.count(r.n)]);
    rows.push([cell.label({ da: `ICC(2), pr. ${unit.da}`, en: `ICC(2), by ${unit.en}` }), cell.num(r.icc2.value), cell.label({ da: '> 0,70', en: '> 0.70' }), met(r.icc2.meets), cell.count(r.n)]);
  }
  return {
    key: 'reliability',
    title: { da: 'Reliabilitet og enighed', en: 'Reliability and agreement' },
    columns: [col('statistic', 'Mål', 'Statistic'), col('value', 'Værdi', 'Value', true), col('cutoff', 'Grænse', 'Cut-off'), col('meets', 'Vurdering', 'Reading'), col('n', 'n', 'n', true)],
    rows,
    notes: [
      {
        da: 'n: fuldstændige vurderinger (alfa), relationer med rwg(j) (rwg), gyldige enkeltvurderinger i relationer, der ikke er skjult (ICC). Alfa: Cronbach (1951), grænse efter konvention (Nunnally 1978); rwg(j): LeBreton & Senter (2008); ICC: Bliese (2000).',
        en: 'n: complete ratings (alpha), ties with rwg(j) (rwg), valid individual ratings in ties that are not suppressed (ICC). Alpha: Cronbach (1951), cut-off by convention (Nunnally 1978); rwg(j): LeBreton & Senter (2008); ICC: Bliese (2000).',
      },
      suppressionNote(score.options.minRaters),
    ],
  };
}
