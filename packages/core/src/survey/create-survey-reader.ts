import Papa from 'papaparse';
import { RelcapError } from '../errors/relcap-error';
import { findProfession } from '../map/professions';
import { type ImportOptions, resolveImportOptions } from './import-options';
import type { ImportProgress, ImportSummary } from './import-summary';
import { IssueSink } from './issue-sink';
import { type Layout, readHeader } from './read-header';
import { RecordScanner } from './record-scanner';
import { createRowHandler, type RowHandler, RowStats } from './row-handler';
import { type TextShape, sniffText } from './sniff-text';
import { createSurveyDecoder } from './survey-decoder';
import { surveyError } from './survey-error';
import type { Answer } from './types';
import { createNewlineNormaliser } from './newlines';
import { countNewlines } from './utf8-failure';

const SLICE = 1 << 20;
/** Longest record kept while waiting for its end: memory stays bounded even if a quote never closes. */
const MAX_RECORD = 8 << 20;
/** Quoted cells that are never closed, skipped line by line in lenient mode before the file is refused (bounds the re-reading). */
const MAX_UNCLOSED = 100;

/**
 * A push-style survey reader (see {@link createSurveyReader}).
 *
 * @example
 * ```ts
 * reader.push(chunk);
 * const summary = reader.end();
 * ```
 */
export interface SurveyReader {
  /** Reads the next chunk (bytes, or text already decoded); answers are emitted as records complete. */
  push(chunk: Uint8Array | string): void;
  /** Reads what is left, checks the file had data rows, and returns the summary. */
  end(): ImportSummary;
  /** How far reading has got. */
  progress(): ImportProgress;
}

/**
 * Creates a push-style survey reader: `push` chunks of any size as they arrive (a file stream,
 * `File.stream()` in a browser worker), then `end()`. Each complete record is parsed with
 * papaparse and its answers go to `onAnswer` at once; the reader keeps only the unfinished last
 * record, one value table per dimension and one entry per respondent (for role consistency),
 * never the file or the answers. Chunk boundaries never change the result, not even inside a
 * multi-byte character or a quoted multi-line field. With `reuseAnswer` one answer object is
 * refilled for every answer (what `importSurvey` does): `onAnswer` must copy what it keeps.
 *
 * @example
 * ```ts
 * const scorer = createScorer();
 * const reader = createSurveyReader((a) => scorer.add(a), { file: 'svar.csv' });
 * for await (const chunk of fs.createReadStream('svar.csv')) reader.push(chunk);
 * const summary = reader.end();
 * ```
 */
export function createSurveyReader(onAnswer: (a: Answer) => void, options: Partial<ImportOptions> = {}, reuseAnswer = false): SurveyReader {
  const o = resolveImportOptions(options);
  const sink = new IssueSink(o);
  const stats = new RowStats();
  let buf = '';
  let line = 1; // physical line where `buf` starts
  let bytes = 0;
  let rows = 0;
  let ended = false;
  let sawBytes = false;
  let shape: TextShape | undefined;
  let scanner: RecordScanner | undefined;
  let layout: Layout | undefined;
  let handle: RowHandler | undefined;
  let headerLine = 1;
  let unclosed = 0;
  const newlines = createNewlineNormaliser();
  const decoder = createSurveyDecoder({ encoding: o.encoding, file: o.file, linesBefore: () => line - 1 + countNewlines(buf),
    columnsBefore: () => buf.length - (buf.lastIndexOf('\n') + 1),
  });

  /**
   * Parses complete records and advances `line`. `text` ends with a line break unless it is the
   * end of the file: papaparse then sees what follows a closing quote exactly as it would in the
   * whole file, and the empty record it returns after that final line break is dropped. Returns
   * the offset in `text` of a record whose quote never closes (it swallowed the rest), or -1.
   */
  const parse = (text: string, endsWithBreak: boolean): number => {
    // A record spans more than one line only when a quoted cell holds a line break.
    const quoted = text.indexOf('"') !== -1;
    const startLine = line;
    let cut = -1;
    if (!quoted) {
      // No quote at all: what papaparse's fast mode does (split lines, then cells), without a
      // result object per row.
      const delimiter = shape!.delimiter;
      for (let from = 0; from < text.length || (!endsWithBreak && from === text.length); ) {
        let to = text.indexOf('\n', from);
        if (to === -1) to = text.length;
        const row = text.slice(from, to).split(delimiter);
        if (handle !== undefined) {
          if (row.length > 1 || row[0] !== '') {
            rows++;
            handle(row, line);
          }
        } else if (row.some((c) => c.trim() !== '')) startLayout(row);
        line++;
        from = to + 1;
      }
      line = startLine + countChar(text, '\n') + (endsWithBreak ? 0 : 1);
      return -1;
    }
    // Row by row (papaparse's step): each row's arrays die young instead of a slice's worth of
    // rows surviving into the old generation (this halves the peak heap on large files).
    // The text keeps its final line break, so papaparse judges a closing quote as in the whole
    // file; the empty record after that break is skipped like a blank line, and `line` is
    // counted from the text at the end.
    Papa.parse<string[]>(text, {
      delimiter: shape!.delimiter,
      newline: '\n',
      quoteChar: '"',
      step: (res, parser) => {
        const row = res.data;
        let span = 1;
        if (quoted) for (const cell of row) if (cell.indexOf('\n') !== -1) span += countChar(cell, '\n');
        if (res.errors.length > 0) {
          if (res.errors.some((e) => e.code === 'MissingQuotes')) {
            cut = lineOffset(text, line - startLine);
            parser.abort();
            return;
          }
          badQuotes(row, row.findIndex((c) => /^\s*"/.test(c) === false && c.includes('"')));
        } else if (handle !== undefined) {
          if (row.length > 1 || row[0] !== '') {
            rows++;
            handle(row, line);
          }
        } else if (row.some((c) => c.trim() !== '')) startLayout(row);
        line += span;
      },
    });
    if (cut === -1) line = startLine + countChar(text, '\n') + (endsWithBreak ? 0 : 1);
    return cut;
  };

  /** Reports a record with a malformed quote (counted as a row; strict mode throws). */
  const badQuotes = (cells: readonly string[], at: number): void => {
    const k = at >= 0 ? at : cells.length - 1;
    const cell = (cells[k] ?? '').split('\n')[0]!;
    const err = surveyError('RELCAP_BAD_QUOTES', 'a quoted cell is not closed properly', {
      file: o.file,
      line,
      column: layout?.headers[k] ?? String(k + 1),
      value: cell.length > 60 ? `${cell.slice(0, 59)}…` : cell,
      expected: 'a closing " right before the delimiter or the line end (write "" for a quote inside a cell)',
    });
    if (handle === undefined) throw err;
    rows++;
    sink.report(err);
  };

  /**
   * `buf` starts with a record whose quote never closes: reports it with the cell's text (as far
   * as its line goes), skips that one physical line and reads on from the next (lenient), so no
   * later row disappears into the open quote. At most {@link MAX_UNCLOSED} times per file.
   */
  const skipUnclosed = (): void => {
    const nl = buf.indexOf('\n');
    const first = nl === -1 ? buf : buf.slice(0, nl);
    const cells = Papa.parse<string[]>(first, { delimiter: shape!.delimiter, newline: '\n' }).data[0] ?? [];
    const k = cells.length - 1;
    badQuotes(cells.length > 0 ? cells.map((c, i) => (i === k ? `"${c}` : c)) : [first], k);
    if (++unclosed > MAX_UNCLOSED) {
      throw surveyError('RELCAP_BAD_QUOTES', `more than ${MAX_UNCLOSED} quoted cells are never closed`, {
        file: o.file,
        line,
        expected: 'a file whose quotes are closed; check that the delimiter and the quote character are right',
      });
    }
    buf = nl === -1 ? '' : buf.slice(nl + 1);
    line++;
    scanner = new RecordScanner(shape!.delimiter, '\n');
  };

  const startLayout = (row: readonly string[]): void => {
    headerLine = line;
    layout = readHeader(row, line, o, sink);
    handle = createRowHandler(layout, o, sink, stats, onAnswer, reuseAnswer);
  };

  const drain = (): void => {
    if (shape === undefined) {
      const sniffed = sniffText(buf, ended, o.delimiter === 'auto' ? undefined : o.delimiter);
      if (sniffed === undefined) return;
      shape = { delimiter: sniffed.delimiter, newline: '\n' };
      scanner = new RecordScanner(shape.delimiter, '\n');
    }
    for (;;) {
      const b = scanner!.scan(buf, ended);
      if (b !== -1) {
        const cut = parse(buf.slice(0, b + 1), true);
        buf = buf.slice(cut === -1 ? b + 1 : cut);
        scanner!.shift(b + 1);
        if (cut !== -1) {
          skipUnclosed();
          continue;
        }
      }
      if (ended && buf !== '') {
        const cut = parse(buf, false);
        if (cut === -1) buf = '';
        else {
          buf = buf.slice(cut);
          skipUnclosed();
          continue;
        }
      } else if (buf.length > MAX_RECORD) {
        if (scanner!.quoted) {
          skipUnclosed();
          continue;
        }
        throw surveyError('RELCAP_RECORD_TOO_LONG', 'a record is longer than 8 MiB', {
          file: o.file,
          line,
          value: `${buf.length} characters without the end of a record`,
          expected: 'shorter records: check whether this is a CSV file at all',
        });
      }
      return;
    }
  };

  return {
    push(chunk: Uint8Array | string): void {
      if (ended) throw new RelcapError('RELCAP_READER_ENDED', 'survey: push() after end()', { expected: 'a new reader for a new file' });
      // Big inputs (parseSurvey of a whole file) go in slices, so papaparse never holds more
      // than one slice of records at a time.
      for (let i = 0; i < chunk.length; i += SLICE) {
        const part = typeof chunk === 'string' ? chunk.slice(i, i + SLICE) : chunk.subarray(i, i + SLICE);
        if (typeof part === 'string') {
          buf += newlines.push(bytes === 0 && part.charCodeAt(0) === 0xfeff ? part.slice(1) : part);
        } else {
          sawBytes = true;
          buf += newlines.push(decoder.decode(part));
        }
        bytes += part.length;
        drain();
      }
    },
    end(): ImportSummary {
      if (!ended) {
        if (sawBytes) buf += newlines.push(decoder.end());
        buf += newlines.end();
        ended = true;
        drain();
      }
      if (layout === undefined) {
        throw surveyError('RELCAP_EMPTY_FILE', 'the file is empty', { file: o.file, line: 1, expected: 'a header line and data rows' });
      }
      if (rows === 0) {
        throw surveyError('RELCAP_NO_DATA_ROWS', 'the file has a header but no data rows', {
          file: o.file,
          line: headerLine,
          expected: 'at least one data row after the header',
        });
      }
      return summary(layout);
    },
    progress(): ImportProgress {
      return { bytes, lines: line - 1, rows, answerCount: stats.answers, issueCount: sink.count };
    },
  };

  function summary(l: Layout): ImportSummary {
    const perRole = new Map<string, number>();
    for (const r of stats.respondents.values()) perRole.set(r.role, (perRole.get(r.role) ?? 0) + 1);
    const keyOf = (role: string): string => findProfession(role)?.key ?? role;
    const roleKeys = new Map<string, string>();
    for (const role of [...perRole.keys(), ...stats.targets]) if (!roleKeys.has(role)) roleKeys.set(role, keyOf(role));
    return {
      file: o.file,
      tool: undefined,
      reason: l.format === 'long' ? 'relcap long format' : 'relcap wide format',
      format: l.format,
      delimiter: shape!.delimiter,
      encoding: sawBytes ? (decoder.encoding ?? 'utf-8') : 'string',
      bom: sawBytes ? decoder.bom : false,
      header: l.headers,
      rows,
      unanswered: stats.unanswered,
      lines: line - 1,
      answerCount: stats.answers,
      missing: stats.missing,
      respondents: stats.respondents.size,
      respondentRoles: [...perRole].map(([role, respondents]) => ({ role, key: roleKeys.get(role)!, respondents })),
      targetRoles: [...stats.targets],
      roleKeys: [...roleKeys].map(([role, key]) => ({ role, key })),
      answerColumns: l.format === 'wide' ? l.columns.length : 1,
      ignoredColumns: l.ignored,
      issues: sink.issues,
      issueCount: sink.count,
      toolReport: undefined,
    };
  }
}

/** Offset of the start of the `n`th line (0-based) of `text`. */
function lineOffset(text: string, n: number): number {
  let at = 0;
  for (let k = 0; k < n; k++) at = text.indexOf('\n', at) + 1;
  return at;
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
