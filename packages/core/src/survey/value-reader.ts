import { wholeNumberFromText } from '../io/decimal-text';
import { FREQUENCY_SUFFICIENCY, MISSING_TOKENS, SUFFICIENCY_POSITION_TO_SCORE } from '../dimensions/scales';
import type { Dimension, Scale } from '../dimensions/types';
import { OptionsError } from '../errors/relcap-error';
import type { ImportOptions } from './import-options';

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
/** Extra spellings remembered per dimension (bounded, so garbage cannot grow memory). */
const CACHE_LIMIT = 256;

/** Reads the cells of one dimension. Internal. */
export interface ValueReader {
  readonly dimension: Dimension;
  /** Score, `null` (missing), or `undefined` when the cell is not a valid answer. */
  read(raw: string): number | null | undefined;
  /** Why `read` returned `undefined`: the error code and what was expected. */
  problem(raw: string): { readonly code: 'RELCAP_OUT_OF_RANGE' | 'RELCAP_UNKNOWN_LABEL'; readonly expected: string };
}

/** Lower case, trimmed, inner runs of white space (line breaks, no-break spaces) as one space, NFC. */
const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFC');

/** The scale whose labels a dimension's cells use under the chosen frequency variant. */
export function labelScale(dim: Dimension, variant: ImportOptions['frequencyVariant']): Scale {
  return dim.key === 'frequency' && variant === 'sufficiency' ? FREQUENCY_SUFFICIENCY : dim.scale;
}

/**
 * Builds the lookup table of one dimension: whole numbers min..max (also `4.0` and `4,0`), the
 * Danish and English labels and aliases of its scale (case-insensitive, trimmed, inner white
 * space runs read as one space), empty cells
 * and missing tokens (`null`). With `frequencyInput: 'position'` the numbers of `frequency` are
 * display positions of the sufficiency variant and are recoded (docs/scoring.md).
 * A label that is also a missing token, or means two scores, is an `OptionsError`.
 *
 * @example
 * ```ts
 * createValueReader(RELATIONAL_COORDINATION.dimensions[4]!, DEFAULT_IMPORT_OPTIONS).read(' meget '); // 4
 * ```
 */
export function createValueReader(
  dim: Dimension,
  o: Pick<ImportOptions, 'frequencyVariant' | 'frequencyInput' | 'missingTokens'>,
): ValueReader {
  const scale = labelScale(dim, o.frequencyVariant);
  const recode = dim.key === 'frequency' && o.frequencyInput === 'position';
  const { min, max } = dim.scale;
  const table = new Map<string, number | null>();
  const put = (key: string, v: number | null, what: string): void => {
    const had = table.get(key);
    if (had !== undefined && had !== v) {
      throw new OptionsError('RELCAP_BAD_OPTION', `survey: "${key}" means two things for dimension "${dim.key}"`, {
        value: key,
        expected: `one meaning (${what} here, ${had === null ? 'missing' : `score ${had}`} before)`,
      });
    }
    table.set(key, v);
  };
  table.set('', null);
  for (const t of [...MISSING_TOKENS, ...o.missingTokens]) put(norm(t), null, 'missing');
  for (let n = Math.ceil(min); n <= max; n++) {
    const score = recode ? (SUFFICIENCY_POSITION_TO_SCORE[n] ?? n) : n;
    for (const key of [String(n), `${n}.0`, `${n},0`]) put(key, score, `score ${score}`);
  }
  for (const p of scale.points) {
    for (const label of [p.labels.da, p.labels.en, ...(p.aliases ?? [])]) {
      put(norm(label), p.score, `score ${p.score}`);
      table.set(label, p.score);
    }
  }
  let extra = 0;
  const numeric = (k: string): number | undefined => {
    if (!NUMBER.test(k)) return undefined;
    const n = wholeNumberFromText(k);
    if (n === undefined || n < min || n > max) return undefined;
    return recode ? (SUFFICIENCY_POSITION_TO_SCORE[n] ?? n) : n;
  };
  const labelList = scale.points.map((p) => `${p.labels.da}/${p.labels.en}`).join(', ');
  return {
    dimension: dim,
    read(raw: string): number | null | undefined {
      const hit = table.get(raw);
      if (hit !== undefined) return hit;
      const k = norm(raw);
      const found = table.get(k);
      const v = found === undefined ? numeric(k) : found;
      if (v !== undefined && extra < CACHE_LIMIT) {
        table.set(raw, v);
        extra++;
      }
      return v;
    },
    problem(raw: string) {
      const range = `a whole number from ${min} to ${max}`;
      return NUMBER.test(norm(raw))
        ? { code: 'RELCAP_OUT_OF_RANGE', expected: recode ? `${range} (a display position)` : range }
        : { code: 'RELCAP_UNKNOWN_LABEL', expected: `${range}, a label (${labelList}) or a missing-answer token` };
    },
  };
}
