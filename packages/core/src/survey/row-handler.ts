import { findDimension } from '../dimensions/registry';
import type { ImportOptions } from './import-options';
import type { IssueSink } from './issue-sink';
import type { Layout } from './read-header';
import { type SurveyIssueCode, surveyError } from './survey-error';
import type { Answer } from './types';
import type { ValueReader } from './value-reader';

/** Counters and role bookkeeping shared by the row handlers. Internal. */
export class RowStats {
  answers = 0;
  missing = 0;
  /** Rows of people invited but who never answered (id only: no role, no answer). */
  unanswered = 0;
  /** Respondent id -> role and the line where it was first given (O(respondents)). */
  readonly respondents = new Map<string, { readonly role: string; readonly line: number }>();
  readonly targets = new Set<string>();
}

/** Reads one data record (its cells and 1-based line) and emits its answers. Internal. */
export type RowHandler = (row: readonly string[], line: number) => void;

const UNKNOWN = null;

/**
 * Builds the per-row function for a layout. Everything that does not depend on the row (column
 * indices, value readers, header names) is looked up once here; the per-row path does a few
 * Map lookups and allocates only the answers.
 */
export function createRowHandler(
  layout: Layout,
  o: ImportOptions,
  sink: IssueSink,
  stats: RowStats,
  onAnswer: (a: Answer) => void,
  reuse = false,
): RowHandler {
  const { headers, at, blank } = layout;
  const file = o.file;
  const width = headers.length;
  const source =
    file === undefined ? (line: number, column: string) => ({ line, column }) : (line: number, column: string) => ({ file, line, column });
  const fail = (code: SurveyIssueCode, message: string, line: number, column: string | undefined, value: string | undefined, expected: string): void => {
    sink.report(surveyError(code, message, { file, line, column, value, expected }));
  };
  const idHeader = headers[at.respondentId]!;
  const roleHeader = headers[at.respondentRole]!;
  let lastId: string | undefined;
  let lastRole: string | undefined;

  // Wide: the answer cells; a row with a role-less respondent and none of them filled is someone
  // invited who never answered (SurveyXact lists them), skipped and counted.
  const answerCells = layout.format === 'wide' ? layout.columns.map((c) => c.index) : [at.value];
  const unanswered = (row: readonly string[]): boolean => {
    for (const i of answerCells) if (row[i]!.trim() !== '') return false;
    return true;
  };
  /** Checks width, blank columns, id and role; returns false when the row is unusable. */
  const usable = (row: readonly string[], line: number, id: string, role: string): boolean => {
    if (id === '' || role === '') {
      if (row.every((c) => c.trim() === '')) return false; // a row of empty cells is a blank line
      if (id !== '' && unanswered(row)) {
        stats.unanswered++;
        return false;
      }
      const column = id === '' ? idHeader : roleHeader;
      fail('RELCAP_MISSING_VALUE', `the row has no ${id === '' ? 'respondent id' : 'respondent role'}`, line, column, '', 'a non-empty cell');
      return false;
    }
    for (const i of blank) {
      if (row[i]!.trim() !== '') {
        fail('RELCAP_UNKNOWN_COLUMN', `a column without a header holds "${row[i]}"`, line, String(i + 1), row[i], 'an empty cell, or a header for the column');
        return false;
      }
    }
    if (id === lastId && role === lastRole) return true;
    const first = stats.respondents.get(id);
    if (first === undefined) stats.respondents.set(id, { role, line });
    else if (first.role !== role) {
      fail('RELCAP_INCONSISTENT_ROLE', `respondent "${id}" has role "${role}" here but "${first.role}" on line ${first.line}`, line, roleHeader, role, `"${first.role}", as on line ${first.line}`);
      return false;
    }
    lastId = id;
    lastRole = role;
    return true;
  };
  const ragged = (row: readonly string[], line: number): void => {
    const what = row.length < width ? 'too few' : 'too many';
    fail('RELCAP_RAGGED_ROW', `the row has ${what} fields`, line, undefined, `${row.length} fields`, `${width} fields, as in the header`);
  };
  const badValue = (reader: ValueReader, raw: string, line: number, column: string): void => {
    const p = reader.problem(raw);
    const what = p.code === 'RELCAP_OUT_OF_RANGE' ? 'is not on the scale of' : 'is not an answer label of';
    fail(p.code, `"${raw.trim()}" ${what} ${reader.dimension.key}`, line, column, raw, p.expected);
  };
  // With `reuse`, one answer object is filled and passed for every answer (no object per
  // answer: the scorer reads the fields at once); otherwise each answer is a fresh object.
  const shared = { respondentId: '', respondentRole: '', targetRole: '', dimension: '', value: null as number | null, source: { file, line: 0, column: '' } };
  if (file === undefined) delete (shared.source as { file?: string }).file;
  const emit = reuse
    ? (id: string, role: string, target: string, reader: ValueReader, value: number | null, line: number, column: string): void => {
        stats.answers++;
        if (value === null) stats.missing++;
        shared.respondentId = id;
        shared.respondentRole = role;
        shared.targetRole = target;
        shared.dimension = reader.dimension.key;
        shared.value = value;
        shared.source.line = line;
        shared.source.column = column;
        onAnswer(shared as Answer);
      }
    : (id: string, role: string, target: string, reader: ValueReader, value: number | null, line: number, column: string): void => {
        stats.answers++;
        if (value === null) stats.missing++;
        onAnswer({ respondentId: id, respondentRole: role, targetRole: target, dimension: reader.dimension.key, value, source: source(line, column) });
      };

  if (layout.format === 'wide') {
    const columns = layout.columns;
    for (const c of columns) stats.targets.add(c.target);
    const iId = at.respondentId;
    const iRole = at.respondentRole;
    return (row, line) => {
      if (row.length !== width) return ragged(row, line);
      const id = row[iId]!.trim();
      const role = row[iRole]!.trim();
      if (!usable(row, line, id, role)) return;
      for (let k = 0; k < columns.length; k++) {
        const c = columns[k]!;
        const raw = row[c.index]!;
        const v = c.reader.read(raw);
        if (v === undefined) badValue(c.reader, raw, line, c.header);
        else emit(id, role, c.target, c.reader, v, line, c.header);
      }
    };
  }

  const { respondentId: iId, respondentRole: iRole, targetRole: iTarget, dimension: iDim, value: iVal } = at;
  const targetHeader = headers[iTarget]!;
  const dimHeader = headers[iDim]!;
  const valueHeader = headers[iVal]!;
  const dims = new Map<string, ValueReader | typeof UNKNOWN>();
  let lastTarget: string | undefined;
  return (row, line) => {
    if (row.length !== width) return ragged(row, line);
    const id = row[iId]!.trim();
    const role = row[iRole]!.trim();
    if (!usable(row, line, id, role)) return;
    const target = row[iTarget]!.trim();
    if (target === '') return fail('RELCAP_MISSING_VALUE', 'the row has no target role', line, targetHeader, '', 'a non-empty cell');
    const dimRaw = row[iDim]!;
    let reader = dims.get(dimRaw);
    if (reader === undefined) {
      const d = findDimension(o.dimensionSet, dimRaw);
      reader = d === undefined ? UNKNOWN : layout.readers.get(d.key)!;
      if (dims.size < 1024) dims.set(dimRaw, reader);
    }
    if (reader === UNKNOWN) {
      if (dimRaw.trim() === '') return fail('RELCAP_MISSING_VALUE', 'the row has no dimension', line, dimHeader, '', 'a non-empty cell');
      const known = o.dimensionSet.dimensions.map((d) => d.key).join(', ');
      return fail('RELCAP_UNKNOWN_DIMENSION', `"${dimRaw.trim()}" is not a dimension of ${o.dimensionSet.key}`, line, dimHeader, dimRaw, `one of ${known} (or a Danish alias)`);
    }
    const raw = row[iVal]!;
    const v = reader.read(raw);
    if (v === undefined) return badValue(reader, raw, line, valueHeader);
    if (target !== lastTarget) {
      stats.targets.add(target);
      lastTarget = target;
    }
    emit(id, role, target, reader, v, line, valueHeader);
  };
}
