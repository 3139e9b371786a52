import { normaliseKey } from '../dimensions/registry';
import type { ImportOptions, SurveyFormat } from './import-options';
import type { IssueSink } from './issue-sink';
import { HEADER_ALIASES, headerField, LONG_FIELDS, type LongField } from './header-aliases';
import { answerColumn, isAnswerHeader, type WideColumn, wideIdColumns } from './read-wide-header';
import { surveyError } from './survey-error';
import { createValueReader, type ValueReader } from './value-reader';

/** How the columns of a file are read. Internal. */
export interface Layout {
  readonly format: SurveyFormat;
  /** Header cells, trimmed. */
  readonly headers: readonly string[];
  /** Column index of each long field (long), or of id and role (wide; others -1). */
  readonly at: Readonly<Record<LongField, number>>;
  /** Wide answer columns. */
  readonly columns: readonly WideColumn[];
  /** Columns skipped on purpose (`ignoreColumns`, mapping `ignore`) or reported unknown (lenient). */
  readonly ignored: readonly string[];
  /** Columns without a header: their cells must stay empty. */
  readonly blank: readonly number[];
  /** Value reader per canonical dimension key. */
  readonly readers: ReadonlyMap<string, ValueReader>;
}

const keyOf = (h: string): string => normaliseKey(h).normalize('NFC');

/**
 * Interprets the header row: the format (forced; else long when a target/dimension/value column
 * is present and no `<dimension>:<target role>` column; else wide), where each field is, and what every other column is. A missing or
 * doubled required column throws (the file cannot be read); an unknown column is an issue.
 */
export function readHeader(cells: readonly string[], line: number, o: ImportOptions, sink: IssueSink): Layout {
  const headers = cells.map((c) => c.trim());
  const place = { file: o.file, line };
  const fields = headers.map((h) => headerField(keyOf(h)));
  const format: SurveyFormat =
    o.mapping !== undefined
      ? 'wide'
      : o.format !== 'auto'
        ? o.format
        : fields.some((f) => f === 'targetRole' || f === 'dimension' || f === 'value') && !headers.some((h) => isAnswerHeader(h, o))
          ? 'long'
          : 'wide';
  const readers = new Map<string, ValueReader>();
  for (const d of o.dimensionSet.dimensions) readers.set(d.key, createValueReader(d, o));
  const ignoreSet = new Set([...o.ignoreColumns, ...(o.mapping?.ignore ?? [])].map((h) => h.trim().toLowerCase()));
  const ignored: string[] = [];
  const blank: number[] = [];
  const others: number[] = [];
  // Columns that are neither fields nor answers; reported after the required ones are checked.
  const other = (i: number): void => {
    others.push(i);
  };
  const classify = (i: number): void => {
    const h = headers[i]!;
    if (ignoreSet.has(h.toLowerCase())) ignored.push(h);
    else if (h === '') blank.push(i);
    else {
      const expected =
        format === 'long'
          ? `one of ${LONG_FIELDS.map((f) => HEADER_ALIASES[f][0]).join(', ')}, or list it in ignoreColumns`
          : '<dimension>:<target role> (e.g. shared_goals:Lærer), a mapped column, or list it in ignoreColumns';
      sink.report(surveyError('RELCAP_UNKNOWN_COLUMN', `column "${h}" is not part of the ${format} format`, { ...place, column: h, value: h, expected }));
      ignored.push(h);
    }
  };
  const at: Record<LongField, number> = { respondentId: -1, respondentRole: -1, targetRole: -1, dimension: -1, value: -1 };
  const claim = (field: LongField, i: number): void => {
    if (at[field] !== -1) {
      throw surveyError('RELCAP_DUPLICATE_COLUMN', `two columns are the ${HEADER_ALIASES[field][0]} column`, {
        ...place,
        column: headers[i],
        value: `${headers[at[field]]} and ${headers[i]}`,
        expected: `one ${HEADER_ALIASES[field][0]} column`,
      });
    }
    at[field] = i;
  };
  const columns: WideColumn[] = [];
  if (format === 'long') {
    fields.forEach((f, i) => {
      if (f === undefined) other(i);
      else claim(f, i);
    });
  } else {
    const ids = wideIdColumns(headers, fields, o.mapping);
    for (const i of ids.respondentId) claim('respondentId', i);
    for (const i of ids.respondentRole) claim('respondentRole', i);
    const seen = new Map<string, string>();
    headers.forEach((h, i) => {
      if (i === at.respondentId || i === at.respondentRole) return;
      const col = ignoreSet.has(h.toLowerCase()) ? undefined : answerColumn(h, i, o, readers);
      if (col === undefined) {
        other(i);
        return;
      }
      const key = `${col.dimension}\u0000${col.target}`;
      const first = seen.get(key);
      if (first !== undefined) {
        throw surveyError('RELCAP_DUPLICATE_COLUMN', `two columns hold ${col.dimension} about "${col.target}"`, {
          ...place,
          column: h,
          value: `${first} and ${h}`,
          expected: 'one column per dimension and target role',
        });
      }
      seen.set(key, h);
      columns.push(col);
    });
    if (columns.length === 0) {
      throw surveyError('RELCAP_MISSING_COLUMN', 'the wide file has no answer columns', {
        ...place,
        expected: `columns named <dimension>:<target role>, e.g. ${o.dimensionSet.dimensions[0]!.key}:Lærer, or a mapping`,
      });
    }
  }
  const required: readonly LongField[] = format === 'long' ? LONG_FIELDS : ['respondentId', 'respondentRole'];
  for (const f of required) {
    if (at[f] === -1) {
      const names = HEADER_ALIASES[f];
      throw surveyError('RELCAP_MISSING_COLUMN', `the ${format} file has no ${names[0]} column`, {
        ...place,
        column: names[0],
        expected: `a column named ${names.join(' / ')}${format === 'wide' ? ' (or named in the mapping)' : ''}`,
      });
    }
  }
  for (const i of others) classify(i);
  return { format, headers, at, columns, ignored, blank, readers };
}
