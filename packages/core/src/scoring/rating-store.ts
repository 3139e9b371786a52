import { ensureLength } from './growable';

/** Cell state: not seen yet. Values 1..250 are answers. */
export const CELL_EMPTY = 0;
/** Cell state: seen, answer missing (`null`). */
export const CELL_MISSING = 255;
/** Line offset that does not fit in a byte (line unknown). */
const NO_OFFSET = 255;

/**
 * Compact storage of individual ratings (one per respondent x target role), in growable typed
 * arrays. Per rating: respondent index, target role index, next-rating link and first line
 * (4 bytes each), plus per dimension one state byte (0 = not seen, 255 = missing, else the
 * value) and one line-offset byte: `16 + 2 * dimensions` bytes (30 for relational
 * coordination), up to twice that while the arrays have spare capacity. Internal.
 */
export class RatingStore {
  readonly dims: number;
  size = 0;
  respondent = new Int32Array(1024);
  target = new Int32Array(1024);
  /** Next rating of the same respondent, -1 at the end of the list. */
  next = new Int32Array(1024);
  /** Line of the rating's first answer, 0 when unknown. */
  baseLine = new Uint32Array(1024);
  cells: Uint8Array;
  lineOffsets: Uint8Array;

  constructor(dims: number) {
    this.dims = dims;
    this.cells = new Uint8Array(1024 * dims);
    this.lineOffsets = new Uint8Array(1024 * dims);
  }

  /** Appends a rating and returns its index. */
  push(respondent: number, target: number, next: number, line: number): number {
    const i = this.size++;
    if (i >= this.respondent.length) {
      const n = this.size;
      this.respondent = ensureLength(this.respondent, n);
      this.target = ensureLength(this.target, n);
      this.next = ensureLength(this.next, n);
      this.baseLine = ensureLength(this.baseLine, n);
      this.cells = ensureLength(this.cells, this.respondent.length * this.dims);
      this.lineOffsets = ensureLength(this.lineOffsets, this.respondent.length * this.dims);
    }
    this.respondent[i] = respondent;
    this.target[i] = target;
    this.next[i] = next;
    this.baseLine[i] = line;
    return i;
  }

  /** Stores the line of a cell as an offset from the rating's first line, when it fits. */
  setLine(rating: number, cell: number, line: number): void {
    const off = line - this.baseLine[rating]!;
    this.lineOffsets[cell] = this.baseLine[rating] !== 0 && off >= 0 && off < NO_OFFSET ? off : NO_OFFSET;
  }

  /** The line of a cell's answer, when known. */
  lineOf(rating: number, cell: number): number | undefined {
    const base = this.baseLine[rating]!;
    const off = this.lineOffsets[cell]!;
    return base === 0 || off === NO_OFFSET ? undefined : base + off;
  }
}
