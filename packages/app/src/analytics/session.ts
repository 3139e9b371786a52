import { signal, type Signal } from '@preact/signals';
import { type BandThresholds, DEFAULT_BANDS, type MappingProposal, type SurveyMapping, type SurveyScore } from '@relcap/core';
import type { PlainProblem, PlainSummary } from '../worker/protocol';
import { type ScoringRun, startScoring } from '../worker/start-scoring';

/** The settings a user can change; a change rescores the open file at once. */
export interface AnalyticsSettings {
  readonly mode: 'strict' | 'lenient';
  /** `null`: the dimension set's own default (4 of 7 for relational coordination). */
  readonly minItems: number | null;
  readonly minRaters: number;
  readonly bands: BandThresholds;
  readonly missingCodes: readonly string[];
  /** The column mapping from the wizard (or a saved one), else undefined: core detects the layout. */
  readonly mapping: SurveyMapping | undefined;
}

/** Defaults: lenient (every problem listed), minItems of the set, 3 raters, the standard bands. */
export const DEFAULT_ANALYTICS_SETTINGS: AnalyticsSettings = { mode: 'lenient', minItems: null, minRaters: 3, bands: DEFAULT_BANDS, missingCodes: [], mapping: undefined };

/** Where the analysis of one file stands. */
export type AnalyticsStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly bytes: number; readonly total: number; readonly answers: number }
  | { readonly kind: 'done'; readonly summary: PlainSummary; readonly score: SurveyScore }
  | { readonly kind: 'failed'; readonly problem: PlainProblem }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'inspected'; readonly proposal: MappingProposal };

/** One file being analysed: the file and where its run stands. */
export interface AnalyticsSlot {
  readonly file: Signal<File | null>;
  readonly status: Signal<AnalyticsStatus>;
}

/** The analytics view's state: kept while the user visits other views (one per app). */
export interface AnalyticsSession extends AnalyticsSlot {
  readonly settings: Signal<AnalyticsSettings>;
  /** An earlier wave of the same survey, compared with the open file. */
  readonly earlier: AnalyticsSlot;
  /** Reads and scores `file` (or the open file again) with the current settings; a running read is cancelled first. */
  analyse(file?: File): void;
  /** The same for the earlier wave. */
  analyseEarlier(file?: File): void;
  /** Reads the open file's table and asks core for a mapping proposal (status `inspected`). */
  inspect(): void;
  /** Rescores both waves with the current settings. */
  rescore(): void;
  cancel(): void;
}

const sessions = new WeakMap<object, AnalyticsSession>();

/** A slot and its runner: each run replaces (cancels) the slot's previous one; a stale result is ignored. */
function createSlot(settings: Signal<AnalyticsSettings>): AnalyticsSlot & { run(next?: File, task?: 'score' | 'inspect'): void; cancel(): void } {
  const file = signal<File | null>(null);
  const status = signal<AnalyticsStatus>({ kind: 'idle' });
  let current: ScoringRun | null = null;
  return {
    file,
    status,
    run(next, task = 'score') {
      if (next !== undefined) file.value = next;
      const f = file.value;
      if (f === null) return;
      current?.cancel();
      const s = settings.value;
      status.value = { kind: 'running', bytes: 0, total: f.size, answers: 0 };
      const run = startScoring({ file: f, mode: s.mode, minItems: s.minItems, minRaters: s.minRaters, bands: s.bands, missingCodes: s.missingCodes, mapping: s.mapping, task }, (p) => {
        if (current === run) status.value = { kind: 'running', bytes: p.bytes, total: p.total, answers: p.answers };
      });
      current = run;
      void run.result.then((r) => {
        if (current !== run) return;
        current = null;
        status.value =
          'cancelled' in r ? { kind: 'cancelled' } : 'problem' in r ? { kind: 'failed', problem: r.problem } : 'proposal' in r ? { kind: 'inspected', proposal: r.proposal } : { kind: 'done', ...r };
      });
    },
    cancel() {
      const run = current;
      if (run === null) return;
      current = null;
      run.cancel();
      status.value = { kind: 'cancelled' };
    },
  };
}

/**
 * The analytics session of `owner` (the app's services), created on first use: the open file,
 * an earlier wave, and the settings both are scored with.
 *
 * @example
 * ```ts
 * const session = analyticsSession(app);
 * session.analyse(file);
 * ```
 */
export function analyticsSession(owner: object): AnalyticsSession {
  const found = sessions.get(owner);
  if (found !== undefined) return found;
  const settings = signal(DEFAULT_ANALYTICS_SETTINGS);
  const main = createSlot(settings);
  const earlier = createSlot(settings);
  const session: AnalyticsSession = {
    file: main.file,
    status: main.status,
    settings,
    earlier: { file: earlier.file, status: earlier.status },
    analyse: (f) => main.run(f),
    analyseEarlier: (f) => earlier.run(f),
    inspect: () => main.run(undefined, 'inspect'),
    rescore: () => {
      main.run();
      earlier.run();
    },
    cancel: () => {
      main.cancel();
      earlier.cancel();
    },
  };
  sessions.set(owner, session);
  return session;
}
