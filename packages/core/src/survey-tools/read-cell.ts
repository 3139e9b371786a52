import { isFractionalText } from '../io/decimal-text';
import { MappingError, SurveyFormatError } from '../errors/relcap-error';
import type { Profession } from '../map/professions';
import { scoreOfLabel } from './label-sets';
import { isMissingToken, type MissingSource } from './missing-codes';
import { matchCode, type ResolvedColumn, roleKey } from './resolve-columns';
import type { ToolColumn } from './tool-table';

/** Where a cell is. */
export interface CellAt {
  readonly file: string | undefined;
  readonly line: number;
}

/** A rating cell read: a score, or missing with the code (or token, or blank) that removed it. */
export type CellValue =
  | { readonly value: number }
  | { readonly value: null; readonly code: string; readonly source: MissingSource };

const loc = (at: CellAt, column: string, value: string, expected: string) => ({
  ...(at.file !== undefined ? { file: at.file } : {}),
  line: at.line,
  column,
  value,
  expected,
});

/**
 * Reads one rating cell: blank, a declared missing code, or a relcap missing token is
 * missing; an integer must be on the scale (and labelled, when the tool gave value labels); text
 * must be a label of the column's label set (case and spaces ignored). Anything else is a
 * `SurveyFormatError` with file, line, column, the value and what was expected: a code outside
 * the scale that is not declared missing stays an error.
 *
 * @example
 * ```ts
 * readRatingCell('I høj grad', resolved, { file: 'forms.csv', line: 4 }); // { value: 4 }
 * ```
 */
export function readRatingCell(raw: string, col: ResolvedColumn, at: CellAt): CellValue {
  const cell = raw.trim();
  if (cell === '') return { value: null, code: '', source: 'blank' };
  const declared = matchCode(cell, col.missing);
  if (declared !== undefined) {
    return { value: null, code: declared.code, source: declared.source === 'labels' ? 'labels' : 'declared' };
  }
  if (isMissingToken(cell)) return { value: null, code: cell, source: 'token' };
  const { min, max } = col.range;
  const expected = `${min}..${max}, a label of the ${col.labelSet === 'dimension' ? col.dimension : col.labelSet} scale, or a declared missing code (--missing-codes)`;
  if (/^[+-]?\d+(\.\d+)?$/.test(cell)) {
    const n = Number(cell);
    const labels = col.column.valueLabels;
    if (labels !== undefined && !labels.some((v) => Number(v.code) === n)) {
      throw new SurveyFormatError(
        'RELCAP_LABELS_CONTRADICT',
        `survey-tools: code ${cell} has no label in ${labels[0]?.file ?? 'the labels table'}`,
        loc(at, col.column.name, cell, `one of the labelled codes ${labels.map((v) => v.code).join(', ')}`),
      );
    }
    if (Number.isInteger(n) && !isFractionalText(cell) && n >= min && n <= max) return { value: n };
    throw new SurveyFormatError('RELCAP_OUT_OF_RANGE', `survey-tools: ${cell} is not on the ${col.dimension} scale`, loc(at, col.column.name, cell, expected));
  }
  const score = scoreOfLabel(col.labels, cell);
  if (score !== undefined) return { value: score };
  throw new SurveyFormatError('RELCAP_UNKNOWN_LABEL', `survey-tools: "${cell}" is no answer on the ${col.dimension} scale`, loc(at, col.column.name, cell, expected));
}

/**
 * Reads the respondent's role: `roleValues` first (by the cell, then by its value label), then
 * the tool's value label, then the cell itself as a profession name or a role of its own. A
 * bare code nobody named (or whose `roleValues` entry is still empty), a code the labels table
 * does not know, or an empty cell is an error.
 *
 * @example
 * ```ts
 * readRoleCell('1', column, { '1': 'lærer' }, [], { file: 'q.csv', line: 4 }); // 'lærer'
 * ```
 */
export function readRoleCell(
  raw: string,
  col: ToolColumn,
  roleValues: Readonly<Record<string, string>>,
  professions: readonly Profession[],
  at: CellAt,
): string {
  const cell = raw.trim();
  if (cell === '') {
    throw new SurveyFormatError('RELCAP_MISSING_ROLE', "survey-tools: the respondent's role is empty", loc(at, col.name, '', 'a role'));
  }
  const label = col.valueLabels?.find((v) => v.code === cell)?.label;
  if (col.valueLabels !== undefined && label === undefined) {
    throw new SurveyFormatError(
      'RELCAP_LABELS_CONTRADICT',
      `survey-tools: role code ${cell} has no label in ${col.valueLabels[0]?.file ?? 'the labels table'}`,
      loc(at, col.name, cell, `one of the labelled codes ${col.valueLabels.map((v) => v.code).join(', ')}`),
    );
  }
  const name = roleValues[cell] ?? (label !== undefined ? (roleValues[label] ?? label) : cell);
  if (name.trim() === '' || /^[+-]?\d+$/.test(name)) {
    throw new MappingError(
      'RELCAP_ROLE_CODE_UNNAMED',
      `survey-tools: role code ${cell} has no role; write it in "roleValues" of the mapping (relcap inspect proposes one)`,
      loc(at, col.name, cell, `"roleValues": { "${cell}": "<role>" }`),
    );
  }
  return roleKey(name, professions);
}
