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
import { countNewlines } from './utf8-failure';

const SLICE = 1 << 20;
/** Longest record kept while waiting for its end: memory stays bounded even if a quote never closes. */
const MAX_RECORD = 8 << 20;

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
 * multi-byte character or a quoted multi-line field.
 *
 * @example
 * ```ts
 * const scorer = createScorer();
 * const reader = createSurveyReader((a) => scorer.add(a), { file: 'svar.csv' });
 * for await (const chunk of fs.createReadStream('svar.csv')) reader.push(chunk);
 * const summary = reader.end();
 * ```
 */
export function createSurveyReader(onAnswer: (a: Answer) => void, options: Partial<ImportOptions> = {}): SurveyReader {
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
  const decoder = createSurveyDecoder({ encoding: o.encoding, file: o.file, linesBefore: () => line - 1 + countNewlines(buf),
    columnsBefore: () => buf.length - (buf.lastIndexOf('\n') + 1),
  });

  /**
   * Parses complete records and advances `line`. `text` ends with a line break unless it is the
   * end of the file: papaparse then sees what follows a closing quote exactly as it would in the
   * whole file, and the empty record it returns after that final line break is dropped.
   */
  const parse = (text: string, endsWithBreak: boolean): void => {
    const nl = shape!.newline;
    const result = Papa.parse<string[]>(text, { delimiter: shape!.delimiter, newline: nl, quoteChar: '"' });
    const data = result.data;
    const errors = result.errors;
    const records = endsWithBreak ? data.length - 1 : data.length;
    const lineChar = nl === '\r' ? '\r' : '\n';
    // A record spans more than one line only when a cell holds a line break: inside quotes, or
    // (CRLF files) a lone \n in an unquoted cell. Otherwise records and lines are one to one.
    const quoted = nl === '\r\n' ? countChar(text, '\n') !== data.length - 1 : text.indexOf('"') !== -1;
    let e = 0;
    for (let r = 0; r < records; r++) {
      const row = data[r]!;
      let span = 1;
      if (quoted) for (const cell of row) if (cell.indexOf(lineChar) !== -1) span += countChar(cell, lineChar);
      if (e < errors.length && errors[e]!.row === r) {
        const err = surveyError('RELCAP_BAD_QUOTES', 'a quoted field is not closed properly', {
          file: o.file,
          line,
          value: errors[e]!.code,
          expected: 'a closing " right before the delimiter or the line end (write "" for a quote inside a field)',
        });
        while (e < errors.length && errors[e]!.row === r) e++;
        if (handle === undefined) throw err;
        rows++;
        sink.report(err);
      } else if (handle !== undefined) {
        if (row.length > 1 || row[0] !== '') {
          rows++;
          handle(row, line);
        }
      } else if (row.some((c) => c.trim() !== '')) startLayout(row);
      line += span;
    }
  };

  const startLayout = (row: readonly string[]): void => {
    headerLine = line;
    layout = readHeader(row, line, o, sink);
    handle = createRowHandler(layout, o, sink, stats, onAnswer);
  };

  const drain = (): void => {
    if (shape === undefined) {
      shape = sniffText(buf, ended, o.delimiter === 'auto' ? undefined : o.delimiter);
      if (shape === undefined) return;
      scanner = new RecordScanner(shape.delimiter, shape.newline);
    }
    const nl = shape.newline;
    const b = scanner!.scan(buf, ended);
    if (b !== -1) {
      parse(buf.slice(0, b + nl.length), true);
      buf = buf.slice(b + nl.length);
      scanner!.shift(b + nl.length);
    }
    if (ended && buf !== '') {
      parse(buf, false);
      buf = '';
    } else if (buf.length > MAX_RECORD) {
      throw surveyError('RELCAP_RECORD_TOO_LONG', 'a record is longer than 8 MiB', {
        file: o.file,
        line,
        value: `${buf.length} characters without the end of a record`,
        expected: 'shorter records: check for a quote that is never closed, or whether this is a CSV file at all',
      });
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
          buf += bytes === 0 && part.charCodeAt(0) === 0xfeff ? part.slice(1) : part;
        } else {
          sawBytes = true;
          buf += decoder.decode(part);
        }
        bytes += part.length;
        drain();
      }
    },
    end(): ImportSummary {
      if (!ended) {
        if (sawBytes) buf += decoder.end();
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

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
