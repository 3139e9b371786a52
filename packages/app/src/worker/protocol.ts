import type { BandThresholds, ImportSummary, MappingProposal, SurveyMapping, SurveyScore } from '@relcap/core';

/** What the analytics view asks the scoring worker: one file, read and scored with these settings. */
export interface ScoreRequest {
  readonly file: File;
  readonly mode: 'strict' | 'lenient';
  /** `null`: the dimension set's default. */
  readonly minItems: number | null;
  readonly minRaters: number;
  readonly bands: BandThresholds;
  /** Codes meaning "no answer" in a survey tool's export (never guessed). */
  readonly missingCodes: readonly string[];
  /** A column mapping (the JSON `relcap inspect` writes), or undefined to let core detect the layout. */
  readonly mapping: SurveyMapping | undefined;
  /** `inspect`: only read the table and return core's mapping proposal (the wizard's start). */
  readonly task?: 'score' | 'inspect';
}

/** A located problem as plain data (a `RelcapError` does not survive `postMessage` whole). */
export interface PlainProblem {
  readonly code: string;
  readonly message: string;
  readonly line: number | undefined;
  readonly column: string | undefined;
  readonly value: string | undefined;
  readonly expected: string | undefined;
}

/** The import summary as it crosses to the page: its issues as {@link PlainProblem}s. */
export type PlainSummary = Omit<ImportSummary, 'issues'> & { readonly issues: readonly PlainProblem[] };

/** Messages the worker posts: progress (bytes read of the file's size), the result, or a failure. */
export type WorkerReply =
  | { readonly kind: 'progress'; readonly bytes: number; readonly total: number; readonly answers: number }
  | { readonly kind: 'done'; readonly summary: PlainSummary; readonly score: SurveyScore }
  | { readonly kind: 'inspected'; readonly proposal: MappingProposal }
  | { readonly kind: 'failed'; readonly problem: PlainProblem };

/** A thrown value as a {@link PlainProblem}: a `RelcapError`'s code and location, else its message. */
export function toPlainProblem(e: unknown): PlainProblem {
  const err = e as { code?: unknown; message?: unknown; location?: Record<string, unknown> };
  const loc = err.location ?? {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return {
    code: typeof err.code === 'string' ? err.code : 'RELCAP_APP_WORKER',
    message: typeof err.message === 'string' ? err.message : String(e),
    line: typeof loc.line === 'number' ? loc.line : undefined,
    column: str(loc.column),
    value: str(loc.value),
    expected: str(loc.expected),
  };
}
