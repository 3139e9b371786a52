import { createScorer, importDimensionSet, importSurvey, inspectSurvey } from '@relcap/core';
import { type PlainSummary, type ScoreRequest, toPlainProblem, type WorkerReply } from './protocol';

/** Progress is posted at most this often (ms), so a fast read does not flood the page. */
const PROGRESS_EVERY_MS = 50;

/**
 * Reads and scores one file through core's one import path (`importSurvey` on the file's
 * stream, so a relcap CSV never sits whole in memory; survey-tool exports and workbooks are read
 * whole within core's limits) and core's scorer, posting progress as bytes pass. Runs inside the
 * scoring worker; `post` is its `postMessage`.
 *
 * @example
 * ```ts
 * await scoreFile(request, (m) => self.postMessage(m));
 * ```
 */
export async function scoreFile(req: ScoreRequest, post: (m: WorkerReply) => void): Promise<void> {
  const total = req.file.size;
  let bytes = 0;
  let answers = 0;
  let last = 0;
  const tick = (force: boolean): void => {
    const now = Date.now();
    if (!force && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    post({ kind: 'progress', bytes, total, answers });
  };
  async function* counted(): AsyncGenerator<Uint8Array> {
    const reader = req.file.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        bytes += value.byteLength;
        tick(false);
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  try {
    if (req.task === 'inspect') {
      const { proposal } = await inspectSurvey(counted(), { file: req.file.name, missingCodes: req.missingCodes });
      post({ kind: 'inspected', proposal });
      return;
    }
    const scorer = createScorer({
      dimensionSet: importDimensionSet({ mapping: req.mapping }),
      ...(req.minItems === null ? {} : { minItems: req.minItems }),
      minRaters: req.minRaters,
      bands: req.bands,
      mode: req.mode,
    });
    const summary = await importSurvey(counted(), {
      file: req.file.name,
      mode: req.mode,
      missingCodes: req.missingCodes,
      mapping: req.mapping,
      onAnswer: (a) => {
        scorer.add(a);
        answers++;
      },
    });
    tick(true);
    const plain: PlainSummary = { ...summary, issues: summary.issues.map(toPlainProblem) };
    post({ kind: 'done', summary: plain, score: scorer.finish() });
  } catch (e) {
    post({ kind: 'failed', problem: toPlainProblem(e) });
  }
}
