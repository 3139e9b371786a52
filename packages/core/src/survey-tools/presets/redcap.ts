import type { ToolTable } from '../tool-table';
import type { RawTable } from '../types';
import { buildToolTable } from './build-table';

/** REDCap's own columns: ids, events, groups, survey identifiers, timestamps and form status. */
export function isRedcapMetaColumn(name: string): boolean {
  const n = name.trim().toLowerCase();
  return (
    n === 'record_id' ||
    n === 'record id' ||
    n.startsWith('redcap_') ||
    n.endsWith('_complete') ||
    n.endsWith('_timestamp') ||
    n === 'complete?' ||
    n === 'survey identifier' ||
    n === 'survey timestamp'
  );
}

/**
 * REDCap export (raw codes or labels): one header row, `record_id` first, `<form>_complete` form
 * status (0 incomplete, 1 unverified, 2 complete), project missing codes such as `UNK` or `-999`
 * kept as literal values (declare them with `missingCodes`).
 *
 * @example
 * ```ts
 * shapeRedcap(raw).idColumn; // 'record_id'
 * ```
 */
export function shapeRedcap(raw: RawTable, reason = 'forced'): ToolTable {
  const names = raw.rows[0] ?? [];
  const first = (names[0] ?? '').trim();
  return buildToolTable(raw, {
    tool: 'redcap',
    reason,
    names,
    dataStart: 1,
    isMeta: (name) => isRedcapMetaColumn(name),
    ...(first !== '' ? { idColumn: first } : {}),
    notes: ['read one header row; record id, redcap_* and *_complete columns are metadata'],
  });
}
