import { SURVEYMONKEY_META_COLUMNS } from '../detect-tool';
import type { ToolTable } from '../tool-table';
import type { RawTable } from '../types';
import { buildToolTable } from './build-table';

const META = new Set(SURVEYMONKEY_META_COLUMNS.map((c) => c.toLowerCase()));
const SINGLE = new Set(['', 'response', 'open-ended response', 'svar']);

/**
 * SurveyMonkey "all responses" export: nine metadata columns (Respondent ID, Collector ID, ...),
 * then two header rows: the question text only above the first column of its block (blank after
 * it), the matrix row labels (or "Response") below. Each column is named
 * "<question> - <row label>", or just the question for single-answer columns.
 *
 * @example
 * ```ts
 * shapeSurveyMonkey(raw).columns[10]?.name; // 'How often do these professions ...? - Teacher'
 * ```
 */
export function shapeSurveyMonkey(raw: RawTable, reason = 'forced'): ToolTable {
  const top = raw.rows[0] ?? [];
  const sub = raw.rows[1] ?? [];
  let question = '';
  const names = top.map((cell, i) => {
    const q = cell.trim();
    if (META.has(q.toLowerCase())) return q;
    if (q !== '') question = q;
    const row = (sub[i] ?? '').trim();
    return SINGLE.has(row.toLowerCase()) ? question : `${question} - ${row}`;
  });
  return buildToolTable(raw, {
    tool: 'surveymonkey',
    reason,
    names,
    texts: names,
    dataStart: 2,
    isMeta: (name) => META.has(name.toLowerCase()),
    idColumn: 'Respondent ID',
    notes: ['read two header rows: question text over each block, matrix row labels below'],
  });
}
