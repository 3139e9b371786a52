/**
 * Test helper: builds `Answer` records the way a long-format import yields them, one answer per
 * line starting at line 2 (line 1 is the header). `undefined` in a value list means the
 * dimension has no answer row at all; `null` means an answer row with a missing value.
 */
import { expect } from 'vitest';
import type { Answer } from '../../src/survey/types';

export const RC_KEYS = [
  'frequency',
  'timeliness',
  'accuracy',
  'problem_solving',
  'shared_goals',
  'shared_knowledge',
  'mutual_respect',
] as const;

export type Cell = number | null | undefined;

/** Seven identical answers: a rater whose individual index is exactly `v`. */
export const all = (v: number): Cell[] => RC_KEYS.map(() => v);

export class SurveyBuilder {
  readonly answers: Answer[] = [];
  private line = 2;
  constructor(private readonly keys: readonly string[] = RC_KEYS, private readonly file = 'survey.csv') {}

  /** Respondent `id` in role `role` rates `target`; `values[i]` answers `keys[i]`. */
  rate(id: string, role: string, target: string, values: readonly Cell[]): this {
    values.forEach((value, i) => {
      if (value === undefined) return;
      this.answer({ respondentId: id, respondentRole: role, targetRole: target, dimension: this.keys[i]!, value });
    });
    return this;
  }

  /** One answer; returns its line. */
  answer(a: Omit<Answer, 'source'>): number {
    const line = this.line++;
    this.answers.push({ ...a, source: { file: this.file, line, column: 'value' } });
    return line;
  }
}

/** Deep comparison of plain data with an absolute tolerance on numbers. */
export function expectClose(actual: unknown, expected: unknown, tol = 1e-9, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Math.abs(actual - expected) > tol) expect.fail(`${path}: ${actual} differs from ${expected} by more than ${tol}`);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    const a = actual as unknown[];
    expect(a.length, `${path}.length`).toBe(expected.length);
    expected.forEach((e, i) => {
      expectClose(a[i], e, tol, `${path}[${i}]`);
    });
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', path).toBe(true);
    const a = actual as Record<string, unknown>;
    expect(Object.keys(a).sort(), `${path} keys`).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expectClose(a[k], v, tol, `${path}.${k}`);
    return;
  }
  expect(actual, path).toBe(expected);
}
