import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Answer, createScorer, type ImportSummary, importSurvey, type ScoreOptions, type SurveyScore } from '@relcap/core';
import type { CliIo } from '../cli-io';
import { toIoError } from '../cli-errors';
import { createProgress } from '../output/progress';
import type { ImportFlagOptions } from './import-flags';

/** A scored survey file: the score and what the import read. */
export interface ScoredFile {
  readonly score: SurveyScore;
  readonly summary: ImportSummary;
}

/** Hooks of {@link scoreSurveyFile}. */
export interface ScoreFileHooks {
  /**
   * Called with each answer instead of `scorer.add(answer)` directly, e.g. to catch the
   * scorer's errors per answer in `validate`. Default: add.
   */
  readonly add?: (answer: Answer, add: (a: Answer) => void) => void;
}

/**
 * Reads a survey file through core's one import path: `fs.createReadStream` -> `importSurvey`
 * -> `scorer.add`. Core decides the layout (relcap long/wide, streamed so memory does not grow
 * with the rows, or a survey tool's export, read within core's limits). Draws a progress bar
 * on a terminal for large files. `file` resolves from `io.cwd` and is named as typed in every
 * location.
 *
 * @example
 * ```ts
 * const { score, summary } = await scoreSurveyFile(io, 'svar.csv', { mode: 'strict' }, { minRaters: 3 });
 * ```
 */
export async function scoreSurveyFile(
  io: CliIo,
  file: string,
  importOptions: ImportFlagOptions,
  scoreOptions: Partial<ScoreOptions>,
  hooks: ScoreFileHooks = {},
): Promise<ScoredFile> {
  const path = resolve(io.cwd, file);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw toIoError(e, 'read', file);
  }
  const scorer = createScorer(scoreOptions);
  const add = (a: Answer): void => scorer.add(a);
  const onAnswer = hooks.add === undefined ? add : (a: Answer): void => hooks.add!(a, add);
  const progress = createProgress(io, size);
  // The stream is opened when reading starts, so an options error thrown before that leaves
  // no file handle behind; `for await` closes it on completion, error or early exit.
  async function* counted(): AsyncGenerator<Uint8Array> {
    let bytes = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      progress.update(bytes);
      yield chunk;
    }
  }
  let summary: ImportSummary;
  try {
    summary = await importSurvey(counted(), { ...importOptions, file, onAnswer });
  } catch (e) {
    throw toIoError(e, 'read', file);
  } finally {
    progress.finish();
  }
  return { score: scorer.finish(), summary };
}
