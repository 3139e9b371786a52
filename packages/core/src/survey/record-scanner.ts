/**
 * Finds record boundaries in growing CSV text without parsing it: the last line break that is
 * not inside a quoted field. The quote rules follow papaparse's parser (a quote opens a field
 * only at the start of the field; `""` inside is an escaped quote; a quote closes the field only
 * when followed by optional spaces and then the delimiter or a line break), so that papaparse,
 * given the text up to a boundary, sees exactly the records the scanner saw. Internal.
 */
export class RecordScanner {
  /** Where scanning resumes in the buffer. */
  private pos = 0;
  private inQuotes = false;

  constructor(
    private readonly delimiter: string,
    private readonly newline: string,
  ) {}

  /**
   * Scans `buf` (which starts at a record start) from where the last call stopped and returns
   * the index of the last record-ending line break outside quotes, or -1.
   */
  scan(buf: string, ended: boolean): number {
    const nl = this.newline;
    let boundary = -1;
    let pos = this.pos;
    const len = buf.length;
    for (;;) {
      if (this.inQuotes) {
        const q = buf.indexOf('"', pos);
        if (q === -1) {
          pos = len;
          break;
        }
        if (q + 1 === len && !ended) {
          pos = q; // a quote at the end: escaped (`""`) or closing? Decide with more text.
          break;
        }
        if (buf.charCodeAt(q + 1) === 34) {
          pos = q + 2;
          continue;
        }
        const after = this.closes(buf, q + 1, ended);
        if (after === undefined) {
          pos = q;
          break;
        }
        pos = q + 1;
        if (after) this.inQuotes = false;
        continue;
      }
      const q = buf.indexOf('"', pos);
      const end = q === -1 ? len : q;
      const b = end > pos ? buf.lastIndexOf(nl, end - 1) : -1;
      if (b >= pos && b + nl.length <= end) boundary = b;
      if (q === -1) {
        // Re-scan a partial line break (`\r` of `\r\n`) at the end next time.
        pos = Math.max(pos, len - nl.length + 1);
        break;
      }
      if (q === 0 || buf.startsWith(this.delimiter, q - this.delimiter.length) || (q >= nl.length && buf.startsWith(nl, q - nl.length))) {
        this.inQuotes = true;
      }
      pos = q + 1;
    }
    this.pos = pos;
    return boundary;
  }

  /** Whether the scan stopped inside a quoted field. */
  get quoted(): boolean {
    return this.inQuotes;
  }

  /** Moves the scan position after the buffer lost its first `n` characters. */
  shift(n: number): void {
    this.pos = Math.max(0, this.pos - n);
  }

  /**
   * After a closing-candidate quote, whether optional spaces then the delimiter or a line break
   * (or the end of input) follow; `undefined` when the text ends before that is known.
   */
  private closes(buf: string, from: number, ended: boolean): boolean | undefined {
    let i = from;
    while (i < buf.length) {
      if (buf.startsWith(this.delimiter, i) || buf.startsWith(this.newline, i)) return true;
      const c = buf.charCodeAt(i);
      // papaparse allows whitespace (String.prototype.trim's set) between the quote and the delimiter.
      if (c !== 32 && c !== 9 && c !== 13 && c !== 10 && c !== 11 && c !== 12 && c !== 0xa0 && c !== 0xfeff) return false;
      i++;
    }
    return ended ? true : undefined;
  }
}
