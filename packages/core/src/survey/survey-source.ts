import { SurveyFormatError } from '../errors/relcap-error';

/**
 * A WHATWG `ReadableStream` as far as the importer uses it (for browsers without async iteration).
 *
 * @example
 * ```ts
 * await importSurvey(file.stream(), { onAnswer }); // a File's ReadableStream in a browser worker
 * ```
 */
export interface ChunkStream {
  getReader(): {
    read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array | string | undefined }>;
    releaseLock(): void;
  };
}

/**
 * Where chunks can come from: a Node stream, an async generator, an array, or a `ReadableStream`.
 *
 * @example
 * ```ts
 * await streamSurvey(['id;rolle;accuracy:Lærer\n', '1;Pædagog;4\n'], onAnswer);
 * ```
 */
export type ChunkSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> | ChunkStream;

/**
 * What {@link importSurvey} reads: the whole file as bytes or text, or a stream of chunks
 * (a Node `fs.createReadStream`, a browser `File.stream()`, any (async) iterable of chunks).
 *
 * @example
 * ```ts
 * const s: SurveySource = fs.createReadStream('svar.csv');
 * ```
 */
export type SurveySource = Uint8Array | string | ChunkSource;

/**
 * Yields the chunks of a source: a `Uint8Array` or string as one chunk, iterables as they come,
 * a `ReadableStream` through its reader. Internal.
 */
export async function* chunksOf(source: SurveySource): AsyncGenerator<Uint8Array | string> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    yield source;
    return;
  }
  if (Symbol.asyncIterator in source || Symbol.iterator in source) {
    yield* source as AsyncIterable<Uint8Array | string>;
    return;
  }
  const reader = source.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value !== undefined) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The first chunks of a source (at least `bytes` long unless the source ended), and the rest. Internal. */
export interface SourceHead {
  readonly chunks: readonly (Uint8Array | string)[];
  /** Whether the source ended within the head. */
  readonly ended: boolean;
  /** The remaining chunks (empty when `ended`). */
  readonly rest: AsyncGenerator<Uint8Array | string>;
}

/** Reads chunks until `bytes` bytes (or characters) have come or the source ends. Internal. */
export async function readHead(source: SurveySource, bytes: number): Promise<SourceHead> {
  const rest = chunksOf(source);
  const chunks: (Uint8Array | string)[] = [];
  let n = 0;
  while (n < bytes) {
    const next = await rest.next();
    if (next.done === true) return { chunks, ended: true, rest };
    chunks.push(next.value);
    n += next.value.length;
  }
  return { chunks, ended: false, rest };
}

/** The head's first `n` bytes (text chunks encoded as UTF-8). Internal. */
export function headBytes(head: SourceHead, n: number): Uint8Array {
  const parts = head.chunks.map((c) => (typeof c === 'string' ? new TextEncoder().encode(c) : c));
  const total = Math.min(n, parts.reduce((s, p) => s + p.length, 0));
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    if (at >= total) break;
    const take = p.subarray(0, total - at);
    out.set(take, at);
    at += take.length;
  }
  return out;
}

/**
 * Collects a whole source into bytes, refusing more than `maxBytes` with `SurveyFormatError`
 * `RELCAP_FILE_TOO_LARGE` as soon as the limit is passed (never holding more than the limit
 * plus one chunk). Text chunks are encoded as UTF-8. Internal.
 */
export async function collectBytes(head: SourceHead, maxBytes: number, file: string | undefined, what: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  const add = (c: Uint8Array | string): void => {
    const b = typeof c === 'string' ? new TextEncoder().encode(c) : c;
    total += b.length;
    if (total > maxBytes) {
      throw new SurveyFormatError('RELCAP_FILE_TOO_LARGE', `survey: the ${what} is larger than the limit of ${maxBytes} bytes`, {
        ...(file !== undefined ? { file } : {}),
        value: `more than ${maxBytes} bytes`,
        expected: `at most ${maxBytes} bytes (the import option limits.maxWholeFileBytes; a relcap long or wide CSV is streamed without this limit)`,
      });
    }
    parts.push(b);
  };
  for (const c of head.chunks) add(c);
  if (!head.ended) for await (const c of head.rest) add(c);
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
