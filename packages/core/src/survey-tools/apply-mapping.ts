import { getDimensionSet } from '../dimensions/registry';
import type { DimensionSet, Scale } from '../dimensions/types';
import { MappingError, SurveyFormatError } from '../errors/relcap-error';
import type { Profession } from '../map/professions';
import type { Answer } from '../survey/types';
import type { LabelSet } from './label-sets';
import { type MissingCount, MissingTally } from './missing-codes';
import { readRatingCell, readRoleCell } from './read-cell';
import { type DeclaredCode, findColumn, resolveColumns } from './resolve-columns';
import type { ToolMapping } from './tool-mapping';
import type { ToolTable } from './tool-table';

/** What applying a mapping may use besides the table and the mapping. */
export interface ApplyOptions {
  /** Missing codes for every rating column, e.g. from `--missing-codes 6,99,-99,UNK`. */
  readonly missingCodes: readonly string[];
  readonly customDimensionSets: readonly DimensionSet[];
  readonly professions: readonly Profession[];
  readonly labelSets: readonly LabelSet[];
}

/** Defaults of {@link ApplyOptions}: nothing declared, the shipped sets only. */
export const DEFAULT_APPLY_OPTIONS: ApplyOptions = { missingCodes: [], customDimensionSets: [], professions: [], labelSets: [] };

/** What an import did, for the user to check. */
export interface ApplyReport {
  readonly respondents: number;
  /** Answers produced (one per respondent and mapped column), `null` ones included. */
  readonly answers: number;
  /** Answers with a score. */
  readonly answered: number;
  /** Answers each missing code (or token, or blank) removed. */
  readonly missing: readonly MissingCount[];
  /** Every declared missing code with where it was declared (labels table lines included). */
  readonly declaredMissingCodes: readonly { readonly code: string; readonly source: DeclaredCode['source']; readonly columns: number }[];
  /** Label set per rating column (`dimension` = the dimension's own labels), counted. */
  readonly labelSets: Readonly<Record<string, number>>;
  /** Non-metadata columns neither mapped, ignored, nor the id or role column. */
  readonly unmappedColumns: readonly string[];
}

/** Answers and the report. */
export interface ApplyResult {
  readonly answers: Answer[];
  readonly report: ApplyReport;
}

/** Turns a mapping's own label sets (`{ "Helt enig": 5 }`) into scales. */
export function labelSetsOf(mapping: ToolMapping): LabelSet[] {
  return Object.entries(mapping.labelSets ?? {}).map(([key, labels]) => {
    const scores = Object.values(labels);
    const scale: Scale = {
      min: Math.min(...scores),
      max: Math.max(...scores),
      points: Object.entries(labels).map(([label, score]) => ({ score, labels: { da: label, en: label } })),
    };
    return { key, labels: { da: key, en: key }, scale };
  });
}

function requireColumn(table: ToolTable, mapping: ToolMapping, name: string, field: string) {
  const col = findColumn(table, name);
  if (col === undefined) {
    throw new MappingError('RELCAP_MISSING_COLUMN', `survey-tools: ${field} column "${name}" is not in ${table.file ?? 'the data'}`, {
      ...(mapping.file !== undefined ? { file: mapping.file } : {}),
      path: field,
      value: name,
      expected: 'the name of a column of the data',
    });
  }
  return col;
}

/**
 * Applies a mapping to a tool's table and yields one {@link Answer} per respondent and mapped
 * column (missing ones as `null`), with a report of what every missing code removed. Missing
 * codes are only those declared (options, mapping, the tool's labels table); anything else off
 * the scale is a located `SurveyFormatError`. Label sets, role values and the tool's value
 * labels are applied as the mapping says.
 *
 * @example
 * ```ts
 * const { answers, report } = applyMapping(table, mapping, { missingCodes: ['99', '-99'] });
 * scoreAnswers(answers);
 * report.missing; // [{ code: '99', source: 'declared', count: 5 }, ...]
 * ```
 */
export function applyMapping(table: ToolTable, mapping: ToolMapping, options: Partial<ApplyOptions> = {}): ApplyResult {
  const o = { ...DEFAULT_APPLY_OPTIONS, ...options };
  const set = getDimensionSet(mapping.dimensionSet ?? 'relational_coordination', o.customDimensionSets);
  const labelSets = [...labelSetsOf(mapping), ...o.labelSets];
  const cols = resolveColumns(table, mapping, { set, labelSets, professions: o.professions, optionCodes: o.missingCodes });
  if (mapping.respondentRole === undefined) {
    throw new MappingError('RELCAP_NO_ROLE_COLUMN', "survey-tools: the mapping names no column with the respondent's role", {
      ...(mapping.file !== undefined ? { file: mapping.file } : {}),
      path: 'respondentRole',
      expected: 'the name of the column with the respondent\'s profession, e.g. "Hvad er din faglige baggrund?"',
    });
  }
  const roleCol = requireColumn(table, mapping, mapping.respondentRole, 'respondentRole');
  const idName = mapping.respondentId ?? table.idColumn;
  const idCol = idName !== undefined ? requireColumn(table, mapping, idName, 'respondentId') : undefined;
  const roleValues = mapping.roleValues ?? {};
  const tally = new MissingTally();
  const answers: Answer[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const at = { file: table.file, line: table.lines[i] ?? i + 1 };
    const id = idCol !== undefined ? (row[idCol.index] ?? '').trim() : `line ${at.line}`;
    const twin = seen.get(id);
    if (id === '' || twin !== undefined) {
      throw new SurveyFormatError('RELCAP_DUPLICATE_RESPONDENT', `survey-tools: respondent id ${id === '' ? 'is empty' : `"${id}" repeats`}`, {
        ...(at.file !== undefined ? { file: at.file } : {}),
        line: at.line,
        column: idCol?.name ?? '',
        value: id,
        expected: twin !== undefined ? `a unique id (line ${twin} has it too)` : 'an id',
      });
    }
    seen.set(id, at.line);
    const role = readRoleCell(row[roleCol.index] ?? '', roleCol, roleValues, o.professions, at);
    for (const c of cols) {
      const v = readRatingCell(row[c.column.index] ?? '', c, at);
      if (v.value === null) tally.add(v.code, v.source);
      answers.push({
        respondentId: id,
        respondentRole: role,
        targetRole: c.target,
        dimension: c.dimension,
        value: v.value,
        source: { ...(at.file !== undefined ? { file: at.file } : {}), line: at.line, column: c.column.name },
      });
    }
  });
  return { answers, report: reportOf(table, mapping, cols, answers, tally, [roleCol.name, idCol?.name]) };
}

function reportOf(
  table: ToolTable,
  mapping: ToolMapping,
  cols: ReturnType<typeof resolveColumns>,
  answers: readonly Answer[],
  tally: MissingTally,
  used: readonly (string | undefined)[],
): ApplyReport {
  const declared = new Map<string, { code: string; source: DeclaredCode['source']; columns: number }>();
  const labelSets: Record<string, number> = {};
  for (const c of cols) {
    labelSets[c.labelSet] = (labelSets[c.labelSet] ?? 0) + 1;
    for (const d of c.missing) {
      const k = `${d.source}\u0000${d.code}`;
      const hit = declared.get(k) ?? { code: d.code, source: d.source, columns: 0 };
      declared.set(k, { ...hit, columns: hit.columns + 1 });
    }
  }
  const taken = new Set([...cols.map((c) => c.column.name), ...used.filter((u) => u !== undefined)]);
  const ignored = new Set(mapping.ignore.map((n) => n.trim().toLowerCase()));
  return {
    respondents: table.rows.length,
    answers: answers.length,
    answered: answers.filter((a) => a.value !== null).length,
    missing: tally.list(),
    declaredMissingCodes: [...declared.values()],
    labelSets,
    unmappedColumns: table.columns
      .filter((c) => c.meta !== true && !taken.has(c.name) && !ignored.has(c.name.trim().toLowerCase()))
      .map((c) => c.name),
  };
}
