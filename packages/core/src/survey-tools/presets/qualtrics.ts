import type { ToolTable } from '../tool-table';
import type { RawTable } from '../types';
import { buildToolTable } from './build-table';

/** Qualtrics' own columns (never answers); embedded data and `Q_*` fields count as metadata too. */
export const QUALTRICS_META_COLUMNS: readonly string[] = [
  'StartDate',
  'EndDate',
  'Status',
  'IPAddress',
  'Progress',
  'Duration (in seconds)',
  'Finished',
  'RecordedDate',
  'ResponseId',
  'RecipientLastName',
  'RecipientFirstName',
  'RecipientEmail',
  'ExternalReference',
  'LocationLatitude',
  'LocationLongitude',
  'DistributionChannel',
  'UserLanguage',
];

const META = new Set(QUALTRICS_META_COLUMNS.map((c) => c.toLowerCase()));
const isImportIdRow = (row: readonly string[] | undefined): boolean =>
  row?.some((c) => /^\{\s*"ImportId"\s*:/.test(c.trim())) === true;

/**
 * Qualtrics CSV/TSV/Excel export: row 1 field names (`Q1`, `Q3_1`, ...), row 2 question texts
 * (matrix statements as "<question> - <statement>", line breaks kept), row 3 `{"ImportId":...}`
 * (absent in legacy exports, then data starts on row 3). Matrix suffixes may skip numbers
 * (`Q3_1`, `Q3_2`, `Q3_4`); the names are used as they are.
 *
 * @example
 * ```ts
 * shapeQualtrics(raw).columns.find((c) => c.name === 'Q3_4')?.text; // '... - Sundhedsplejerske'
 * ```
 */
export function shapeQualtrics(raw: RawTable, reason = 'forced'): ToolTable {
  const names = raw.rows[0] ?? [];
  const texts = raw.rows[1] ?? [];
  const three = isImportIdRow(raw.rows[2]);
  return buildToolTable(raw, {
    tool: 'qualtrics',
    reason,
    names,
    texts,
    dataStart: three ? 3 : 2,
    isMeta: (name) => META.has(name.toLowerCase()) || /^Q_/i.test(name),
    idColumn: 'ResponseId',
    notes: [
      three
        ? 'read three header rows: field names, question texts, import ids'
        : 'read two header rows: field names, question texts (no import-id row)',
    ],
  });
}
