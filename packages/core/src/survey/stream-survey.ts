import { createSurveyReader } from './create-survey-reader';
import type { ImportOptions } from './import-options';
import type { ImportSummary } from './import-summary';
import type { Answer } from './types';

/**
 * A WHATWG `ReadableStream` as far as the importer uses it (for browsers without async iteration).
 *
 * @example
 * ```ts
 * await streamSurvey(file.stream(), onAnswer); // a File's ReadableStream in a browser worker
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

async function* chunksOf(source: ChunkSource): AsyncGenerator<Uint8Array | string> {
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

/**
 * Streams a survey file: each answer goes to `onAnswer` as soon as its record is complete, and
 * the promise resolves to the summary. Memory stays constant in the file size (the unfinished
 * last record, one entry per respondent). Works in Node (`fs.createReadStream`) and in a browser
 * worker (`file.stream()`); chunks may be bytes or text. Errors reject the promise (strict) or
 * are collected in `issues` (lenient), exactly as `parseSurvey` would report them.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * const scorer = createScorer();
 * const summary = await streamSurvey(createReadStream('svar.csv'), (a) => scorer.add(a), { file: 'svar.csv' });
 * const score = scorer.finish();
 * ```
 */
export async function streamSurvey(
  source: ChunkSource,
  onAnswer: (a: Answer) => void,
  options: Partial<ImportOptions> = {},
): Promise<ImportSummary> {
  const reader = createSurveyReader(onAnswer, options);
  for await (const chunk of chunksOf(source)) reader.push(chunk);
  return reader.end();
}
