import type { PlainProblem, PlainSummary, ScoreRequest, WorkerReply } from './protocol';
import type { MappingProposal, SurveyScore } from '@relcap/core';

/** A run of the scoring worker: its result, and a cancel that stops it at once. */
export interface ScoringRun {
  readonly result: Promise<{ readonly summary: PlainSummary; readonly score: SurveyScore } | { readonly proposal: MappingProposal } | { readonly problem: PlainProblem } | { readonly cancelled: true }>;
  /** Terminates the worker (the read stops where it is); the result resolves to `{ cancelled: true }`. */
  cancel(): void;
}

/**
 * Starts one module worker for one file and settings. Progress arrives through `onProgress`
 * (bytes read of the file's size, answers read). Each run has its own worker, so cancelling one
 * cannot disturb the next.
 *
 * @example
 * ```ts
 * const run = startScoring(request, (p) => (bar.value = p.bytes / p.total));
 * cancelButton.onclick = () => run.cancel();
 * const r = await run.result;
 * ```
 */
export function startScoring(req: ScoreRequest, onProgress: (p: { readonly bytes: number; readonly total: number; readonly answers: number }) => void): ScoringRun {
  const worker = new Worker(new URL('./score-worker.ts', import.meta.url), { type: 'module', name: 'relcap-scoring' });
  let settle: (r: Awaited<ScoringRun['result']>) => void = () => undefined;
  const result = new Promise<Awaited<ScoringRun['result']>>((ok) => {
    settle = ok;
  });
  worker.onmessage = (ev: MessageEvent<WorkerReply>): void => {
    const m = ev.data;
    if (m.kind === 'progress') onProgress(m);
    else {
      worker.terminate();
      settle(m.kind === 'done' ? { summary: m.summary, score: m.score } : m.kind === 'inspected' ? { proposal: m.proposal } : { problem: m.problem });
    }
  };
  worker.onerror = (ev): void => {
    worker.terminate();
    settle({ problem: { code: 'RELCAP_APP_WORKER', message: ev.message, line: undefined, column: undefined, value: undefined, expected: undefined } });
  };
  worker.postMessage(req);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle({ cancelled: true });
    },
  };
}
