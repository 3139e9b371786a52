import { createSurveyReader } from './create-survey-reader';
import type { ImportOptions } from './import-options';
import type { ImportSummary } from './import-summary';
import { type ChunkSource, chunksOf } from './survey-source';
import type { Answer } from './types';

export type { ChunkSource, ChunkStream } from './survey-source';

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
