import { findDimension } from '../dimensions/registry';
import type { DimensionSet, Scale } from '../dimensions/types';
import { type ErrorLocation, MappingError, OptionsError, type RelcapError, SurveyFormatError } from '../errors/relcap-error';
import { findProfession, type Profession } from '../map/professions';
import { DIMENSION_LABEL_SET, findLabelSet, type LabelSet, scoreOfLabel } from './label-sets';
import { isMissingLabel } from './missing-codes';
import type { ToolMapping } from './tool-mapping';
import type { ToolColumn, ToolTable, ValueLabel } from './tool-table';

/** A declared missing code and where it was declared (for the report and for errors). */
export interface DeclaredCode {
  readonly code: string;
  /** `option` (--missing-codes), `mapping`, `mapping column`, `labels` (the tool's labels table). */
  readonly source: 'option' | 'mapping' | 'mapping column' | 'labels';
  readonly label?: string;
  readonly where: ErrorLocation;
}

/** A mapped rating column, checked against the table, the dimension set and the label sets. */
export interface ResolvedColumn {
  readonly column: ToolColumn;
  readonly dimension: string;
  readonly target: string;
  /** The target as the mapping wrote it (trimmed). */
  readonly targetWritten: string;
  /** The dimension's scale: integers must lie in `min..max`. */
  readonly range: Scale;
  /** Scale whose labels the text answers are matched against. */
  readonly labels: Scale;
  readonly labelSet: string;
  readonly missing: readonly DeclaredCode[];
}

/** Everything a resolution needs besides the table and the mapping. */
export interface ResolveContext {
  readonly set: DimensionSet;
  readonly labelSets: readonly LabelSet[];
  readonly professions: readonly Profession[];
  readonly optionCodes: readonly string[];
}

const sameCode = (a: string, b: string): boolean => {
  const x = a.trim();
  const y = b.trim();
  if (x !== '' && y !== '' && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y))) return Number(x) === Number(y);
  return x.toLowerCase() === y.toLowerCase();
};

/** Whether `cell` is one of the declared codes; returns the declaration. */
export function matchCode(cell: string, codes: readonly DeclaredCode[]): DeclaredCode | undefined {
  return codes.find((c) => sameCode(c.code, cell));
}

/**
 * Role key of a role name: the profession key when the catalogue (plus `extra`) knows it
 * (`Teacher` -> `lærer`), else the trimmed text, kept as a role of its own.
 *
 * @example
 * ```ts
 * roleKey('Health visitor'); // 'sundhedsplejerske'
 * ```
 */
export function roleKey(name: string, extra: readonly Profession[] = []): string {
  return findProfession(name, extra)?.key ?? name.trim();
}

/** Finds a table column by name, ignoring case and surrounding spaces. */
export function findColumn(table: ToolTable, name: string): ToolColumn | undefined {
  const k = name.trim().toLowerCase();
  return table.columns.find((c) => c.name.trim().toLowerCase() === k);
}

function labelWhere(v: ValueLabel, column: string): ErrorLocation {
  return { ...(v.file !== undefined ? { file: v.file } : {}), line: v.line, column, value: `${v.code} = ${v.label}` };
}

/** Error class for a declaration: option -> OptionsError, mapping -> MappingError, labels -> SurveyFormatError. */
function collision(d: DeclaredCode, message: string, expected: string): RelcapError {
  const loc = { ...d.where, expected };
  if (d.source === 'option') return new OptionsError('RELCAP_MISSING_CODE_ON_SCALE', message, loc);
  if (d.source === 'labels') return new SurveyFormatError('RELCAP_MISSING_CODE_ON_SCALE', message, loc);
  return new MappingError('RELCAP_MISSING_CODE_ON_SCALE', message, loc);
}

/** Refuses a missing code that is also an answer on the column's scale (a number in range or a label). */
function checkCollisions(codes: readonly DeclaredCode[], range: Scale, labels: Scale, column: string, dim: string): void {
  for (const d of codes) {
    const n = Number(d.code.trim());
    const score = Number.isInteger(n) && n >= range.min && n <= range.max ? n : scoreOfLabel(labels, d.code);
    if (score !== undefined) {
      throw collision(
        d,
        `survey-tools: missing code "${d.code}" is also answer ${score} on the ${dim} scale of column "${column}"`,
        `a missing code outside ${range.min}..${range.max} that is no answer label (e.g. 6, 9, 99, -99, UNK)`,
      );
    }
  }
}

/**
 * Checks a column's value labels against its scale: a label that names a scale answer must
 * carry that answer's number ("Aldrig" is 1 on the frequency scale, not 5).
 */
function checkValueLabels(col: ToolColumn, labels: Scale, dim: string): void {
  for (const v of col.valueLabels ?? []) {
    if (isMissingLabel(v.label)) continue;
    const score = scoreOfLabel(labels, v.label);
    if (score !== undefined && Number(v.code) !== score) {
      throw new SurveyFormatError(
        'RELCAP_LABELS_CONTRADICT',
        `survey-tools: the labels table says code ${v.code} of "${col.name}" is "${v.label}", which is answer ${score} on the ${dim} scale`,
        { ...labelWhere(v, col.name), expected: `"${v.label}" labelled ${score}` },
      );
    }
  }
}

/**
 * Resolves every mapped column: finds it in the table, its dimension in the set, its label set,
 * and its missing codes (command line, mapping, column, and the tool's labels table: codes
 * labelled "Ved ikke", "Ikke relevant" or alike). A missing code that is also an answer on the
 * scale, a label table that contradicts the scale, an unknown column, dimension or label set are
 * errors located where they were declared.
 *
 * @example
 * ```ts
 * const cols = resolveColumns(table, mapping, { set: RELATIONAL_COORDINATION, labelSets: [], professions: [], optionCodes: ['99'] });
 * ```
 */
export function resolveColumns(table: ToolTable, mapping: ToolMapping, ctx: ResolveContext): ResolvedColumn[] {
  const mfile = mapping.file !== undefined ? { file: mapping.file } : {};
  const known = table.columns.slice(0, 6).map((c) => `"${c.name}"`).join(', ');
  return Object.entries(mapping.columns).map(([name, spec]) => {
    const path = `columns[${JSON.stringify(name)}]`;
    const column = findColumn(table, name);
    if (column === undefined) {
      throw new MappingError('RELCAP_MISSING_COLUMN', `survey-tools: mapped column "${name}" is not in ${table.file ?? 'the data'}`, {
        ...mfile,
        path,
        value: name,
        expected: `a column of the data (${known}, ...)`,
      });
    }
    const dim = findDimension(ctx.set, spec.dimension);
    if (dim === undefined) {
      throw new MappingError('RELCAP_UNKNOWN_DIMENSION', `survey-tools: unknown dimension "${spec.dimension}"`, {
        ...mfile,
        path: `${path}.dimension`,
        value: spec.dimension,
        expected: `one of ${ctx.set.dimensions.map((d) => d.key).join(', ')}`,
      });
    }
    const setKey = spec.labelSet ?? mapping.labelSet ?? DIMENSION_LABEL_SET;
    const labelSet = setKey === DIMENSION_LABEL_SET ? undefined : findLabelSet(setKey, ctx.labelSets);
    if (setKey !== DIMENSION_LABEL_SET && labelSet === undefined) {
      throw new MappingError('RELCAP_UNKNOWN_LABEL_SET', `survey-tools: unknown label set "${setKey}"`, {
        ...mfile,
        path: spec.labelSet !== undefined ? `${path}.labelSet` : 'labelSet',
        value: setKey,
        expected: `"dimension", one of the shipped sets, or a key of "labelSets"`,
      });
    }
    const labels = labelSet?.scale ?? dim.scale;
    const off = labels.points.find((p) => !(Number.isInteger(p.score) && p.score >= dim.scale.min && p.score <= dim.scale.max));
    if (off !== undefined) {
      throw new MappingError('RELCAP_LABEL_SET_OFF_SCALE', `survey-tools: label set "${setKey}" scores "${off.labels.da}" off the ${dim.key} scale`, {
        ...mfile,
        path: `labelSets[${JSON.stringify(setKey)}]`,
        value: String(off.score),
        expected: `whole numbers ${dim.scale.min}..${dim.scale.max}`,
      });
    }
    // The labels table first: when a mapping written by relcap inspect repeats its codes, the
    // answers are still counted (and collisions located) where the tool declared them.
    const fromLabels = (column.valueLabels ?? [])
      .filter((v) => isMissingLabel(v.label))
      .map((v): DeclaredCode => ({ code: v.code, source: 'labels', label: v.label, where: labelWhere(v, column.name) }));
    const missing: DeclaredCode[] = [
      ...fromLabels,
      ...ctx.optionCodes.map((code): DeclaredCode => ({ code, source: 'option', where: { path: 'missingCodes', value: code, column: column.name } })),
      ...(mapping.missingCodes ?? []).map((code): DeclaredCode => ({ code, source: 'mapping', where: { ...mfile, path: 'missingCodes', value: code } })),
      ...(spec.missingCodes ?? []).map((code): DeclaredCode => ({ code, source: 'mapping column', where: { ...mfile, path: `${path}.missingCodes`, value: code } })),
    ];
    checkCollisions(missing, dim.scale, labels, column.name, dim.key);
    checkValueLabels(column, labels, dim.key);
    return { column, dimension: dim.key, target: roleKey(spec.target, ctx.professions), targetWritten: spec.target.trim(), range: dim.scale, labels, labelSet: setKey, missing };
  });
}
