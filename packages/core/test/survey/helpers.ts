import { readFileSync } from 'node:fs';
import { SurveyFormatError } from '../../src/errors/index';
import type { Answer } from '../../src/survey/index';

/** Bytes of a fixture in tests/fixtures/survey. */
export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/survey/${name}`, import.meta.url)));

/** Answers without their source, as sortable strings (a multiset). */
export const answerKeys = (answers: readonly Answer[]): string[] =>
  answers.map((a) => [a.respondentId, a.respondentRole, a.targetRole, a.dimension, a.value].join('|')).sort();

/** Runs `f` and returns the SurveyFormatError it throws (fails the test otherwise). */
export function thrown(f: () => unknown): SurveyFormatError {
  try {
    f();
  } catch (e) {
    if (e instanceof SurveyFormatError) return e;
    throw e;
  }
  throw new Error('expected a SurveyFormatError');
}

/** Splits bytes into chunks of `size`. */
export const chunks = (data: Uint8Array, size: number): Uint8Array[] => {
  const out: Uint8Array[] = [];
  for (let i = 0; i < data.length; i += size) out.push(data.subarray(i, i + size));
  return out;
};

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
