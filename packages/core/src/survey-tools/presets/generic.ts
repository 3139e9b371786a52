import type { ToolTable } from '../tool-table';
import type { RawTable } from '../types';
import { buildToolTable } from './build-table';

/**
 * Plain wide table (Excel, SPSS/R exports, hand-made files): `skipRows` rows of title text, then
 * one header row of column names, then one row per respondent.
 *
 * @example
 * ```ts
 * shapeGeneric({ rows: [['resp', 'x01'], ['r1', '4']], lines: [1, 2] }).columns.map((c) => c.name); // ['resp', 'x01']
 * ```
 */
export function shapeGeneric(raw: RawTable, reason = 'forced', skipRows = 0): ToolTable {
  const header = raw.rows[skipRows] ?? [];
  const notes = skipRows > 0 ? [`skipped ${skipRows} row(s) above the header`] : [];
  return buildToolTable(raw, { tool: 'generic', reason, names: header, dataStart: skipRows + 1, notes });
}
