import { FORMS_META_COLUMNS } from '../detect-tool';
import type { ToolTable } from '../tool-table';
import type { RawTable } from '../types';
import { buildToolTable } from './build-table';

const META = new Set(FORMS_META_COLUMNS.map((c) => c.toLowerCase()));

/**
 * Microsoft Forms export (.xlsx, or CSV re-saved by Excel): `ID`, `Start time`,
 * `Completion time`, `Email`, `Name` (Danish: `Starttidspunkt`, ...), then one column per question
 * or statement, answers as label text in the form's language.
 *
 * @example
 * ```ts
 * shapeMicrosoftForms(raw).idColumn; // 'ID'
 * ```
 */
export function shapeMicrosoftForms(raw: RawTable, reason = 'forced'): ToolTable {
  const names = raw.rows[0] ?? [];
  const id = names.find((n) => n.trim().toLowerCase() === 'id');
  return buildToolTable(raw, {
    tool: 'microsoft-forms',
    reason,
    names,
    texts: names,
    dataStart: 1,
    isMeta: (name) => META.has(name.toLowerCase()),
    ...(id !== undefined ? { idColumn: id.trim() } : {}),
    notes: ['read one header row; ID, times, e-mail and name columns are metadata'],
  });
}
