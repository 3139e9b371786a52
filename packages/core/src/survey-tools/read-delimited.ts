import Papa from 'papaparse';
import { SurveyFormatError } from '../errors/relcap-error';
import type { SurveyDelimiter, SurveyEncoding } from '../survey/import-options';
import { DEFAULT_IMPORT_LIMITS } from '../survey/import-survey-options';
import { createNewlineNormaliser } from '../survey/newlines';
import { sniffText } from '../survey/sniff-text';
import { decodeSurveyBytes } from '../survey/survey-decoder';
import type { RawTable } from './types';

const MODULE = 'survey-tools/read-delimited';

/** How to read delimited text; every field has a detected default. */
export interface ReadDelimitedOptions {
  readonly file?: string;
  /** Force a delimiter instead of counting them in the first line. */
  readonly delimiter?: SurveyDelimiter;
  /** Force an encoding instead of the byte order mark / UTF-8 / Windows-1252 rule. */
  readonly encoding?: SurveyEncoding;
  /** Most cells (rows x widest row) the table may hold: `RELCAP_TOO_MANY_CELLS` past it. */
  readonly maxCells?: number;
}

/** A delimited table with how it was decoded and split. */
export interface DelimitedTable extends RawTable {
  readonly encoding: SurveyEncoding;
  readonly encodingReason: string;
  readonly delimiter: SurveyDelimiter;
  /** Whether the bytes started with a byte order mark. */
  readonly bom: boolean;
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Splits decoded text into rows of cells (RFC 4180 quoting, line
 * breaks inside quotes allowed) with the 1-based line where each row starts. Blank lines are
 * skipped; every line break (`\r\n`, `\r`, `\n`, mixed) is read as `\n`; rows are padded to the widest row. A quote that is never closed (or closed and then
 * followed by more text) is `SurveyFormatError` `RELCAP_BAD_QUOTES` with the line, the column
 * number and the cell's text as far as its line goes. More than `maxCells` cells is
 * `RELCAP_TOO_MANY_CELLS`.
 *
 * @example
 * ```ts
 * parseDelimitedText('a;b\n1;"x\ny"\n2;z', ';').lines; // [1, 2, 4]
 * ```
 */
export function parseDelimitedText(raw: string, delimiter: SurveyDelimiter, file?: string, maxCells = DEFAULT_IMPORT_LIMITS.maxCells): RawTable {
  const n = createNewlineNormaliser();
  const text = n.push(raw) + n.end();
  const rows: string[][] = [];
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  let width = 0;
  const at = file !== undefined ? { file } : {};
  const advance = (to: number): void => {
    for (let i = start; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    start = to;
  };
  let failure: SurveyFormatError | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (res, parser) => {
      while (start < text.length && text[start] === '\n') advance(start + 1);
      const rowLine = line;
      const cells = res.data;
      if (res.errors.some((e) => e.type === 'Quotes')) {
        const k = Math.max(0, cells.findIndex((c) => c.includes('\n')) === -1 ? cells.length - 1 : cells.findIndex((c) => c.includes('\n')));
        const cell = (cells[k] ?? '').split('\n')[0]!;
        failure = new SurveyFormatError('RELCAP_BAD_QUOTES', `${MODULE}: a quoted cell is not closed properly`, {
          ...at,
          line: rowLine,
          column: String(k + 1),
          value: `"${clip(cell, 60)}`,
          expected: 'a closing " right before the delimiter or the line end (write "" for a quote inside a cell)',
        });
        parser.abort();
        return;
      }
      if (!(cells.length === 1 && cells[0] === '')) {
        rows.push(cells);
        lines.push(rowLine);
        if (cells.length > width) width = cells.length;
        if (rows.length * width > maxCells) {
          failure = new SurveyFormatError('RELCAP_TOO_MANY_CELLS', `${MODULE}: the table holds more than ${maxCells} cells`, {
            ...at,
            line: rowLine,
            value: `${rows.length} rows x ${width} columns`,
            expected: `at most ${maxCells} cells (limits.maxCells)`,
          });
          parser.abort();
          return;
        }
      }
      advance(Math.max(start, res.meta.cursor));
    },
  });
  if (failure !== undefined) throw failure;
  const padded = rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r));
  return { ...at, rows: padded, lines };
}

/**
 * Reads the bytes of a CSV or tab-separated export with the importer's one decoder
 * (`decodeSurveyBytes`: byte order mark, else UTF-8, else Windows-1252 when nothing before was
 * UTF-8; a mix is refused with line and column), its one delimiter sniffer (`sniffText`), line
 * breaks of every kind read alike, and splits rows. The result says which encoding and
 * delimiter were used and why.
 *
 * @example
 * ```ts
 * const t = readDelimited(fs.readFileSync('dataset.csv'), { file: 'dataset.csv' });
 * t.encoding; // 'windows-1252'
 * t.delimiter; // ';'
 * ```
 */
export function readDelimited(bytes: Uint8Array, options: Partial<ReadDelimitedOptions> = {}): DelimitedTable {
  const decoded = decodeSurveyBytes(bytes, { encoding: options.encoding ?? 'auto', file: options.file });
  const delimiter = sniffText(decoded.text, true, options.delimiter)?.delimiter ?? ',';
  const table = parseDelimitedText(decoded.text, delimiter, options.file, options.maxCells);
  return { ...table, encoding: decoded.encoding, encodingReason: decoded.reason, delimiter, bom: decoded.bom };
}
