import type { SurveyScore, TieScore } from '../scoring/survey-score';
import { BAND_NAMES } from './labels';
import { cell, col, type ResultTable, type TableCell } from './result-table';
import { suppressionNote } from './table-notes';

/**
 * One cell of the role matrix: a scored tie, a suppressed one (only its `n`), or a pair nobody
 * rated.
 * @example
 * ```ts
 * const c: MatrixCell = roleMatrix(score).cells[0]![1]!;
 * if (c.kind === 'score') c.tie.rc;
 * ```
 */
export type MatrixCell = { readonly kind: 'score'; readonly tie: TieScore } | { readonly kind: 'suppressed'; readonly tie: TieScore } | { readonly kind: 'none' };

/**
 * The role-by-role matrix of a score: rater roles as rows, rated roles as columns, in the
 * score's role order (code unit order of the names).
 * @example
 * ```ts
 * const m: RoleMatrix = roleMatrix(score);
 * m.raters.length === m.cells.length;
 * ```
 */
export interface RoleMatrix {
  /** Roles that rate (rows): roles with a rating or with respondents. */
  readonly raters: readonly string[];
  /** Roles that are rated (columns). */
  readonly rated: readonly string[];
  /** `cells[i][j]`: `raters[i]` rates `rated[j]`. */
  readonly cells: readonly (readonly MatrixCell[])[];
}

/**
 * The role matrix of a score, the one computation the report, `relcap table` and the app share.
 *
 * @example
 * ```ts
 * const { raters, rated, cells } = roleMatrix(score);
 * ```
 */
export function roleMatrix(score: SurveyScore): RoleMatrix {
  const from = new Set(score.ties.map((t) => t.from));
  const to = new Set(score.ties.map((t) => t.to));
  const raters = score.roles.filter((r) => from.has(r.role) || r.respondents > 0).map((r) => r.role);
  const rated = score.roles.filter((r) => to.has(r.role)).map((r) => r.role);
  const byPair = new Map(score.ties.map((t) => [`${t.from}\u0000${t.to}`, t]));
  const cells = raters.map((f) =>
    rated.map((t): MatrixCell => {
      const tie = byPair.get(`${f}\u0000${t}`);
      if (tie === undefined) return { kind: 'none' };
      return tie.suppressed || tie.rc === null ? { kind: 'suppressed', tie } : { kind: 'score', tie };
    }),
  );
  return { raters, rated, cells };
}

/**
 * The role matrix as a {@link ResultTable}: RC per cell (suppressed cells show `n`, unrated
 * pairs are empty), with the band thresholds and the suppression rule under it.
 *
 * @example
 * ```ts
 * renderMarkdown(roleMatrixTable(score), { lang: 'da' });
 * ```
 */
export function roleMatrixTable(score: SurveyScore): ResultTable {
  const m = roleMatrix(score);
  const { weakBelow, strongAbove } = score.options.bands;
  const rows = m.raters.map((r, i): TableCell[] => [
    cell.text(r),
    ...m.cells[i]!.map((c) => (c.kind === 'none' ? cell.empty() : c.kind === 'suppressed' ? cell.suppressed(c.tie.n) : cell.num(c.tie.rc, { score: true }))),
  ]);
  return {
    key: 'matrix',
    title: { da: 'Relationel koordinering mellem roller (rækker vurderer kolonner)', en: 'Relational coordination between roles (rows rate columns)' },
    columns: [col('rater', 'Vurderer \\ vurderet', 'Rater \\ rated'), ...m.rated.map((r) => ({ key: r, label: { da: r, en: r }, numeric: true }))],
    rows,
    notes: [
      {
        da: `Bånd: ${BAND_NAMES.weak.da} under ${weakBelow}, ${BAND_NAMES.moderate.da} ${weakBelow}-${strongAbove}, ${BAND_NAMES.strong.da} over ${strongAbove}. Tomme felter: ingen vurderinger.`,
        en: `Bands: ${BAND_NAMES.weak.en} below ${weakBelow}, ${BAND_NAMES.moderate.en} ${weakBelow}-${strongAbove}, ${BAND_NAMES.strong.en} above ${strongAbove}. Empty cells: not rated.`,
      },
      suppressionNote(score.options.minRaters),
    ],
  };
}
