import { getDimensionSet } from '../dimensions/registry';
import type { DimensionSet, Scale } from '../dimensions/types';
import { MappingError, SurveyFormatError } from '../errors/relcap-error';
import { findProfession, type Profession } from '../map/professions';
import type { RoleCount } from '../survey/import-summary';
import type { Answer } from '../survey/types';
import type { LabelSet } from './label-sets';
import { type MissingCount, MissingTally } from './missing-codes';
import { type CellValue, readRatingCell, readRoleCell } from './read-cell';
import { type DeclaredCode, findColumn, type ResolvedColumn, resolveColumns, roleKey } from './resolve-columns';
import type { ToolMapping } from './tool-mapping';
import type { ToolColumn, ToolTable } from './tool-table';

/** What applying a mapping may use besides the table and the mapping. */
export interface ApplyOptions {
  /** Missing codes for every rating column, e.g. from `--missing-codes 6,99,-99,UNK`. */
  readonly missingCodes: readonly string[];
  readonly customDimensionSets: readonly DimensionSet[];
  readonly professions: readonly Profession[];
  readonly labelSets: readonly LabelSet[];
  /** `strict` throws the first problem of a row; `lenient` skips the row (or cell) and reports it. */
  readonly mode: 'strict' | 'lenient';
  /** Receives each answer as its row is read; without it the answers are collected in `answers`. */
  readonly onAnswer: ((a: Answer) => void) | undefined;
  /** Called with every problem in lenient mode, as it is found. */
  readonly onIssue: ((issue: SurveyFormatError) => void) | undefined;
  /** Lenient mode keeps at most this many issues in the report (all are counted). */
  readonly maxIssues: number;
}

/** Defaults of {@link ApplyOptions}: nothing declared, the shipped sets only, strict. */
export const DEFAULT_APPLY_OPTIONS: ApplyOptions = {
  missingCodes: [],
  customDimensionSets: [],
  professions: [],
  labelSets: [],
  mode: 'strict',
  onAnswer: undefined,
  onIssue: undefined,
  maxIssues: 1000,
};

/** What an import did, for the user to check. */
export interface ApplyReport {
  /** Respondents whose answers were read (unanswered and skipped rows not counted). */
  readonly respondents: number;
  /** Data rows of the table, unanswered and skipped ones included. */
  readonly rows: number;
  /** Physical lines (or sheet rows) up to the last data row. */
  readonly lines: number;
  /** Rows skipped because the person was invited but never answered (no role, no rating). */
  readonly unanswered: number;
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
  /** Respondents per role, as written, with the catalogue key. */
  readonly roles: readonly RoleCount[];
  /** Target roles as they appear in the answers. */
  readonly targetRoles: readonly string[];
  /** Every role as written with its catalogue key. */
  readonly roleKeys: readonly { readonly role: string; readonly key: string }[];
  /** Problems of skipped rows (lenient mode), the first `maxIssues`. */
  readonly issues: readonly SurveyFormatError[];
  readonly issueCount: number;
}

/** Answers (when no `onAnswer` was given) and the report. */
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
 * the scale is a located `SurveyFormatError` (strict: thrown; lenient: the row is skipped and
 * the problem reported). A row with no role and no rating is someone invited who never
 * answered: skipped and counted in `unanswered`. Roles are given as the survey (or the
 * mapping's `roleValues`) wrote them; the catalogue key is in `report.roleKeys`.
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
  const names = roleNames(table, roleCol, roleValues, o.professions, cols);
  const tally = new MissingTally();
  const collected: Answer[] = [];
  const emit = o.onAnswer ?? ((a: Answer) => collected.push(a));
  const issues: SurveyFormatError[] = [];
  let issueCount = 0;
  const seen = new Map<string, number>();
  const perRole = new Map<string, number>();
  let answers = 0;
  let answered = 0;
  let unanswered = 0;
  const values: CellValue[] = [];
  table.rows.forEach((row, i) => {
    const at = { file: table.file, line: table.lines[i] ?? i + 1 };
    const roleRaw = (row[roleCol.index] ?? '').trim();
    if (roleRaw === '' && cols.every((c) => (row[c.column.index] ?? '').trim() === '')) {
      unanswered++;
      return;
    }
    try {
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
      const role = names.display(readRoleCell(roleRaw, roleCol, roleValues, o.professions, at));
      // Read every cell before emitting, so that a lenient skip drops the whole row.
      values.length = 0;
      for (const c of cols) values.push(readRatingCell(row[c.column.index] ?? '', c, at));
      seen.set(id, at.line);
      perRole.set(role, (perRole.get(role) ?? 0) + 1);
      cols.forEach((c, k) => {
        const v = values[k]!;
        answers++;
        if (v.value === null) tally.add(v.code, v.source);
        else answered++;
        emit({
          respondentId: id,
          respondentRole: role,
          targetRole: names.display(c.target),
          dimension: c.dimension,
          value: v.value,
          source: { ...(at.file !== undefined ? { file: at.file } : {}), line: at.line, column: c.column.name },
        });
      });
    } catch (e) {
      if (o.mode !== 'lenient' || !(e instanceof SurveyFormatError)) throw e;
      issueCount++;
      if (issues.length < o.maxIssues) issues.push(e);
      o.onIssue?.(e);
    }
  });
  const counts = { respondents: seen.size, rows: table.rows.length, unanswered, answers, answered, issues, issueCount };
  const report = reportOf(table, mapping, cols, counts, tally, [roleCol.name, idCol?.name], perRole, names);
  return { answers: collected, report };
}

/** Display names of role keys: the first spelling respondents wrote, else the mapping's, else the catalogue's. */
function roleNames(
  table: ToolTable,
  roleCol: ToolColumn,
  roleValues: Readonly<Record<string, string>>,
  professions: readonly Profession[],
  cols: readonly ResolvedColumn[],
): { display(key: string): string; keys(): { role: string; key: string }[] } {
  const byKey = new Map<string, string>();
  const written = new Map<string, string>();
  for (const row of table.rows) {
    const cell = (row[roleCol.index] ?? '').trim();
    if (cell === '' || written.has(cell)) continue;
    const label = roleCol.valueLabels?.find((v) => v.code === cell)?.label;
    const name = (roleValues[cell] ?? (label !== undefined ? (roleValues[label] ?? label) : cell)).trim();
    written.set(cell, name);
    if (name === '' || /^[+-]?\d+$/.test(name)) continue;
    // Shown as the survey wrote it (the cell, or its value label); a bare code as the mapping names it.
    const asWritten = (label ?? cell).trim();
    const display = /^[+-]?\d+$/.test(asWritten) ? name : asWritten;
    const key = roleKey(name, professions);
    if (!byKey.has(key)) byKey.set(key, display);
  }
  for (const c of cols) {
    if (byKey.has(c.target)) continue;
    const spec = c.targetWritten;
    const prof = findProfession(c.target, professions);
    byKey.set(c.target, spec !== c.target ? spec : (prof?.labels.da ?? c.target));
  }
  return {
    display: (key) => byKey.get(key) ?? key,
    keys: () => [...byKey].map(([key, role]) => ({ role, key })),
  };
}

function reportOf(
  table: ToolTable,
  mapping: ToolMapping,
  cols: readonly ResolvedColumn[],
  counts: Pick<ApplyReport, 'respondents' | 'rows' | 'unanswered' | 'answers' | 'answered' | 'issues' | 'issueCount'>,
  tally: MissingTally,
  used: readonly (string | undefined)[],
  perRole: ReadonlyMap<string, number>,
  names: ReturnType<typeof roleNames>,
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
  const keyOf = new Map(names.keys().map((k) => [k.role, k.key]));
  const targets = [...new Set(cols.map((c) => names.display(c.target)))];
  return {
    ...counts,
    lines: table.lines[table.lines.length - 1] ?? 0,
    missing: tally.list(),
    declaredMissingCodes: [...declared.values()],
    labelSets,
    unmappedColumns: table.columns
      .filter((c) => c.meta !== true && !taken.has(c.name) && !ignored.has(c.name.trim().toLowerCase()))
      .map((c) => c.name),
    roles: [...perRole].map(([role, respondents]) => ({ role, key: keyOf.get(role) ?? role, respondents })),
    targetRoles: counts.answers > 0 ? targets : [],
    roleKeys: names.keys(),
  };
}
