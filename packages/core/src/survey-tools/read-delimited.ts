import Papa from 'papaparse';
import { SurveyFormatError } from '../errors/relcap-error';
import { type DecodedText, decodeBytes, type TextEncodingName } from './decode-bytes';
import type { RawTable } from './types';

const MODULE = 'survey-tools/read-delimited';

/** Delimiters relcap recognises in the header line: comma, semicolon (Danish Excel), tab. */
export const DELIMITERS = [',', ';', '\t'] as const;

/** One of {@link DELIMITERS}. */
export type Delimiter = (typeof DELIMITERS)[number];

/** How to read delimited text; every field has a detected default. */
export interface ReadDelimitedOptions {
  readonly file?: string;
  /** Force a delimiter instead of counting them in the first line. */
  readonly delimiter?: Delimiter;
  /** Force an encoding instead of reading the byte order mark. */
  readonly encoding?: TextEncodingName;
}

/** A delimited table with how it was decoded and split. */
export interface DelimitedTable extends RawTable {
  readonly encoding: DecodedText['encoding'];
  readonly encodingReason: string;
  readonly delimiter: Delimiter;
  /** Whether the bytes started with a byte order mark. */
  readonly bom: boolean;
}

/**
 * Picks the delimiter that occurs most often (outside quotes) in the first line; comma on a tie
 * or when none occurs.
 *
 * @example
 * ```ts
 * sniffDelimiter('id;rolle;"a, b"\n1;2;3'); // ';'
 * ```
 */
export function sniffDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Splits decoded text into rows of cells (RFC 4180 quoting, line breaks inside quotes allowed)
 * with the 1-based line where each row starts. Blank lines are skipped; rows are padded to the
 * widest row. An unterminated quote is a `SurveyFormatError` with its line.
 *
 * @example
 * ```ts
 * parseDelimitedText('a;b\n1;"x\ny"\n2;z', ';').lines; // [1, 2, 4]
 * ```
 */
export function parseDelimitedText(text: string, delimiter: Delimiter, file?: string): RawTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  const advance = (to: number): void => {
    for (let i = start; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    start = to;
  };
  let failure: { line: number; message: string } | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (res, parser) => {
      // Skip leading line breaks (a CRLF blank line) so that `line` is where the row starts.
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) advance(start + 1);
      const rowLine = line;
      const first = res.errors.find((e) => e.type === 'Quotes');
      if (first !== undefined && failure === undefined) {
        failure = { line: rowLine, message: first.message };
        parser.abort();
        return;
      }
      const cells = res.data;
      if (!(cells.length === 1 && cells[0] === '')) {
        rows.push(cells);
        lines.push(rowLine);
      }
      advance(Math.max(start, res.meta.cursor));
    },
  });
  if (failure !== undefined) {
    throw new SurveyFormatError('RELCAP_CSV_QUOTES', `${MODULE}: ${failure.message}`, {
      ...(file !== undefined ? { file } : {}),
      line: failure.line,
      expected: 'every opening quote " closed by another " before the next cell',
    });
  }
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const padded = rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r));
  return { ...(file !== undefined ? { file } : {}), rows: padded, lines };
}

/**
 * Reads the bytes of a CSV or tab-separated export: decodes them ({@link decodeBytes}), sniffs the
 * delimiter and splits rows. The result says which encoding and delimiter were used and why.
 *
 * @example
 * ```ts
 * const t = readDelimited(fs.readFileSync('dataset.csv'), { file: 'dataset.csv' });
 * t.encoding; // 'windows-1252'
 * t.delimiter; // ';'
 * ```
 */
export function readDelimited(bytes: Uint8Array, options: Partial<ReadDelimitedOptions> = {}): DelimitedTable {
  const decoded = decodeBytes(bytes, options.file, options.encoding);
  const delimiter = options.delimiter ?? sniffDelimiter(decoded.text);
  const table = parseDelimitedText(decoded.text, delimiter, options.file);
  return { ...table, encoding: decoded.encoding, encodingReason: decoded.reason, delimiter, bom: decoded.reason === 'byte order mark' };
}
