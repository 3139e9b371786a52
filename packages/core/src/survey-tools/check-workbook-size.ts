import { SurveyFormatError } from '../errors/relcap-error';
import type { ImportLimits } from '../survey/import-survey-options';

const MODULE = 'survey-tools/check-workbook-size';

/** One file inside a zip archive, as its central directory lists it. */
interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly dataStart: number;
}

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

const broken = (file: string | undefined, why: string): SurveyFormatError =>
  new SurveyFormatError('RELCAP_XLSX_UNREADABLE', `${MODULE}: the workbook cannot be read; it may be truncated or damaged (${why})`, {
    ...(file !== undefined ? { file } : {}),
    expected: 'a complete .xlsx workbook: download or save it again',
  });

/** Reads the zip central directory (bounded: at most 65,535 entries, each read once). */
function zipEntries(b: Uint8Array, file: string | undefined): ZipEntry[] {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw broken(file, 'no zip directory at the end');
  const count = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  const out: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw broken(file, 'a damaged zip directory');
    const nameLen = u16(b, p + 28);
    const local = u32(b, p + 42);
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) throw broken(file, 'a damaged zip entry');
    const name = new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen));
    out.push({ name, method: u16(b, p + 10), compressedSize: u32(b, p + 20), dataStart: local + 30 + u16(b, local + 26) + u16(b, local + 28) });
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  return out;
}

/** Inflates one entry chunk by chunk, calling `onText` with each piece; stops past `budget` bytes. */
async function inflate(b: Uint8Array, e: ZipEntry, budget: { left: number }, tooLarge: () => SurveyFormatError, onText: (t: string) => void): Promise<void> {
  const data = b.subarray(e.dataStart, e.dataStart + e.compressedSize);
  const text = new TextDecoder();
  const take = (chunk: Uint8Array): void => {
    budget.left -= chunk.length;
    if (budget.left < 0) throw tooLarge();
    onText(text.decode(chunk, { stream: true }));
  };
  if (e.method === 0) {
    take(data);
    return;
  }
  if (e.method !== 8) return; // exceljs refuses other methods itself
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      take(value);
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    if (err instanceof SurveyFormatError) throw err;
    throw new SurveyFormatError('RELCAP_XLSX_UNREADABLE', `${MODULE}: a part of the workbook cannot be unpacked (${e.name})`, {
      expected: 'a complete .xlsx workbook: download or save it again',
    });
  }
}

/** Column letters (`XFD`) to a 1-based number. */
const colNumber = (letters: string): number => {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
};

/**
 * Checks an .xlsx before it is loaded: unpacks every part in chunks, counting decompressed bytes
 * (past `limits.maxDecompressedBytes`: `RELCAP_XLSX_TOO_LARGE`, a zip bomb), and reads the cell
 * references of each worksheet (`<c r="XFD200000">`): a sheet whose used rectangle (last row x
 * last column) holds more than `limits.maxCells` cells is `RELCAP_TOO_MANY_CELLS`, naming the
 * farthest cell. Time and memory are linear in the decompressed size and stop at the limit.
 *
 * @example
 * ```ts
 * await checkWorkbookSize(bytes, 'svar.xlsx', DEFAULT_IMPORT_LIMITS); // throws on a zip bomb
 * ```
 */
export async function checkWorkbookSize(bytes: Uint8Array, file: string | undefined, limits: ImportLimits): Promise<void> {
  const at = file !== undefined ? { file } : {};
  const budget = { left: limits.maxDecompressedBytes };
  const tooLarge = (): SurveyFormatError =>
    new SurveyFormatError('RELCAP_XLSX_TOO_LARGE', `${MODULE}: the workbook unpacks to more than ${limits.maxDecompressedBytes} bytes`, {
      ...at,
      value: `more than ${limits.maxDecompressedBytes} bytes unpacked from ${bytes.length} bytes`,
      expected: `at most ${limits.maxDecompressedBytes} bytes unpacked (limits.maxDecompressedBytes): export only the answers sheet, or fewer rows`,
    });
  for (const e of zipEntries(bytes, file)) {
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
    let tail = '';
    let maxRow = 0;
    let maxCol = 0;
    let far = '';
    let cells = 0;
    const refs = /<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"/g;
    await inflate(bytes, e, budget, tooLarge, (t) => {
      if (!sheet) return;
      const s = tail + t;
      for (let m = refs.exec(s); m !== null; m = refs.exec(s)) {
        const row = Number(m[2]);
        const col = colNumber(m[1]!);
        if (row > maxRow) maxRow = row;
        if (col > maxCol) maxCol = col;
        if (row * col >= maxRow * maxCol) far = `${m[1]}${m[2]}`;
      }
      for (let i = t.indexOf('<c'); i !== -1; i = t.indexOf('<c', i + 2)) {
        const next = t.charCodeAt(i + 2);
        if (next === 32 || next === 62 || next === 47) cells++; // '<c ', '<c>', '<c/'
      }
      refs.lastIndex = 0;
      tail = s.slice(-48);
      if (maxRow * maxCol > limits.maxCells || cells > limits.maxCells) {
        const sheetName = e.name.replace(/^xl\/worksheets\//i, '');
        throw new SurveyFormatError('RELCAP_TOO_MANY_CELLS', `${MODULE}: sheet ${sheetName} spans more than ${limits.maxCells} cells`, {
          ...at,
          column: far,
          value: `a cell at ${far}: ${maxRow} rows x ${maxCol} columns`,
          expected: `at most ${limits.maxCells} cells (limits.maxCells): delete the stray cell at ${far}, or export fewer rows or columns`,
        });
      }
    });
  }
}
