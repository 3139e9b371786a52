import type { Scale } from '../dimensions/types';
import { findProfession, type Profession } from '../map/professions';
import { type LabelSet, scoreOfLabel } from './label-sets';
import { isMissingToken } from './missing-codes';
import type { ToolColumn } from './tool-table';

const isInteger = (v: string): boolean => /^-?\d+$/.test(v);

/** The label set that fits a rating column's text answers, and the answers that fit nothing. */
export interface ValueFit {
  /** Key of the best-fitting label set; `undefined` = the dimension's own labels (or no text). */
  readonly labelSet?: string;
  /** Answers that are neither on the scale nor a label of the fitting set, nor a missing token. */
  readonly outside: readonly string[];
}

/**
 * Looks at a rating column's answers: integers must lie on the scale; text answers choose the
 * label set that reads most of them (the dimension's own labels win a tie). Whatever is left is
 * returned in `outside`, for the user to declare as missing codes or fix. Nothing is declared here.
 *
 * @example
 * ```ts
 * fitValues(['I høj grad', 'Slet ikke', '99'], NOT_AT_ALL_COMPLETELY, BUILTIN_LABEL_SETS);
 * // { labelSet: 'grad', outside: ['99'] }
 * ```
 */
export function fitValues(values: readonly string[], own: Scale, sets: readonly LabelSet[]): ValueFit {
  const answered = values.filter((v) => v !== '' && !isMissingToken(v));
  const texts = answered.filter((v) => !isInteger(v));
  const fits = (scale: Scale): number => texts.filter((v) => scoreOfLabel(scale, v) !== undefined).length;
  let best: { key?: string; scale: Scale; n: number } = { scale: own, n: fits(own) };
  for (const s of sets) {
    const n = fits(s.scale);
    if (n > best.n) best = { key: s.key, scale: s.scale, n };
  }
  const outside = answered.filter((v) =>
    isInteger(v) ? Number(v) < own.min || Number(v) > own.max : scoreOfLabel(best.scale, v) === undefined,
  );
  return { ...(best.key !== undefined ? { labelSet: best.key } : {}), outside };
}

/** Proposed role per role-cell value, and what the user must fill in. */
export interface RoleFit {
  readonly roleValues: Record<string, string>;
  readonly warnings: readonly string[];
}

/**
 * Proposes the role of each distinct role-cell value: through the tool's value label (SurveyXact
 * "1" -> "Lærer") to a profession key (`lærer`); a name outside the catalogue stays a role of its
 * own; a bare code without a label is left empty for the user to fill in.
 *
 * @example
 * ```ts
 * fitRoles(['Teacher', 'Health visitor'], { index: 0, name: 'role' }).roleValues;
 * // { Teacher: 'lærer', 'Health visitor': 'sundhedsplejerske' }
 * ```
 */
export function fitRoles(values: readonly string[], col: ToolColumn, extra: readonly Profession[] = []): RoleFit {
  const roleValues: Record<string, string> = {};
  const warnings: string[] = [];
  for (const v of new Set(values.filter((x) => x !== ''))) {
    const label = col.valueLabels?.find((l) => l.code === v)?.label ?? v;
    const p = findProfession(label, extra);
    if (col.valueLabels !== undefined && label === v) {
      roleValues[v] = p?.key ?? '';
      warnings.push(`role code ${v} is not in the labels table; check the labels, or write its role in "roleValues"`);
    } else if (p !== undefined) roleValues[v] = p.key;
    else if (isInteger(label)) {
      roleValues[v] = '';
      warnings.push(`role code ${v} has no label: write its role in "roleValues"`);
    } else {
      roleValues[v] = label.trim();
      warnings.push(`role "${label}" is not in the profession catalogue; kept as a role of its own`);
    }
  }
  return { roleValues, warnings };
}

/** Share of a column's distinct values (through its value labels) that name a profession. */
export function professionShare(values: readonly string[], col: ToolColumn, extra: readonly Profession[] = []): number {
  const distinct = [...new Set(values.filter((x) => x !== ''))];
  if (distinct.length === 0) return 0;
  const named = distinct.filter((v) => findProfession(col.valueLabels?.find((l) => l.code === v)?.label ?? v, extra));
  return named.length / distinct.length;
}
