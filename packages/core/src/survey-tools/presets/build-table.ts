import type { ToolColumn, ToolTable } from '../tool-table';
import { emptyColumns, uniqueNames } from '../tool-table';
import type { RawTable, ToolKey } from '../types';

/** What a preset knows about a raw table's layout. */
export interface TableLayout {
  readonly tool: ToolKey;
  readonly reason: string;
  /** Column names, one per raw column (made unique; empty ones become `column <n>`). */
  readonly names: readonly string[];
  /** Question text per raw column, when the tool exports it. */
  readonly texts?: readonly (string | undefined)[];
  /** Index of the first data row in `raw.rows`. */
  readonly dataStart: number;
  /** Whether a column (by its unique name) is tool metadata. */
  readonly isMeta?: (name: string, index: number) => boolean;
  readonly idColumn?: string;
  readonly notes?: readonly string[];
  /** Extra per-column fields (value labels), by unique name. */
  readonly extra?: (name: string) => Partial<ToolColumn>;
}

/**
 * Builds a {@link ToolTable} from a raw table and its layout: unique names, metadata flags, data
 * rows after the header rows, and without columns that are empty from header to last row.
 *
 * @example
 * ```ts
 * buildToolTable({ rows: [['id', 'q'], ['1', '4']], lines: [1, 2] }, { tool: 'generic', reason: '', names: ['id', 'q'], dataStart: 1 });
 * ```
 */
export function buildToolTable(raw: RawTable, layout: TableLayout): ToolTable {
  const names = uniqueNames(layout.names);
  const empty = new Set(emptyColumns(raw.rows));
  const notes = [...(layout.notes ?? [])];
  if (empty.size > 0) {
    notes.push(`dropped ${empty.size} empty column(s) at position ${[...empty].map((i) => i + 1).join(', ')}`);
  }
  const columns: ToolColumn[] = [];
  names.forEach((name, index) => {
    if (empty.has(index)) return;
    const text = layout.texts?.[index]?.trim();
    columns.push({
      index,
      name,
      ...(text !== undefined && text !== '' ? { text } : {}),
      ...(layout.isMeta?.(name, index) === true ? { meta: true } : {}),
      ...(layout.extra?.(name) ?? {}),
    });
  });
  return {
    tool: layout.tool,
    reason: layout.reason,
    ...(raw.file !== undefined ? { file: raw.file } : {}),
    columns,
    rows: raw.rows.slice(layout.dataStart),
    lines: raw.lines.slice(layout.dataStart),
    ...(layout.idColumn !== undefined && names.includes(layout.idColumn) ? { idColumn: layout.idColumn } : {}),
    notes,
  };
}
