import { OptionsError } from '../errors/relcap-error';

/**
 * Running sums for Cronbach's alpha: the number of cases, `Σ x_i` per item and `Σ x_i x_j` per
 * item pair (row-major `items × items`). With integer answers every sum is an exact integer,
 * so alpha does not depend on the order of the cases.
 * @example
 * ```ts
 * const sums: AlphaSums = createAlphaAccumulator(7).sums();
 * cronbachAlphaFromSums(sums); // null: no cases yet
 * ```
 */
export interface AlphaSums {
  readonly items: number;
  readonly cases: number;
  readonly sums: readonly number[];
  readonly crossSums: readonly number[];
}

/**
 * Accumulates cases (one value per item, all answered) into {@link AlphaSums}.
 * @example
 * ```ts
 * const acc: AlphaAccumulator = createAlphaAccumulator(3);
 * acc.add([4, 4, 5]);
 * ```
 */
export interface AlphaAccumulator {
  add(values: ArrayLike<number>): void;
  sums(): AlphaSums;
}

/**
 * Creates an accumulator for {@link cronbachAlphaFromSums}; memory is `items^2` numbers, not
 * one row per case.
 *
 * @example
 * ```ts
 * const acc = createAlphaAccumulator(3);
 * acc.add([4, 4, 5]); acc.add([2, 3, 3]); acc.add([5, 4, 4]);
 * cronbachAlphaFromSums(acc.sums()); // same as cronbachAlpha([[4,4,5],[2,3,3],[5,4,4]])
 * ```
 */
export function createAlphaAccumulator(items: number): AlphaAccumulator {
  if (!(Number.isInteger(items) && items >= 1)) {
    throw new OptionsError('RELCAP_BAD_ARGUMENT', 'stats/createAlphaAccumulator: items must be a positive integer', {
      value: String(items),
      expected: 'an integer >= 1',
    });
  }
  const s = new Float64Array(items);
  const ss = new Float64Array(items * items);
  let n = 0;
  return {
    add(values) {
      if (values.length !== items) {
        throw new OptionsError('RELCAP_BAD_ARGUMENT', 'stats/createAlphaAccumulator: a case has the wrong number of items', {
          value: String(values.length),
          expected: `${items} values`,
        });
      }
      for (let i = 0; i < items; i++) {
        const xi = values[i]!;
        s[i]! += xi;
        for (let j = 0; j < items; j++) ss[i * items + j]! += xi * values[j]!;
      }
      n++;
    },
    sums: () => ({ items, cases: n, sums: Array.from(s), crossSums: Array.from(ss) }),
  };
}

/**
 * Cronbach's alpha (Cronbach 1951) from running sums:
 * `α = k/(k - 1) · (1 - Σ_i var(x_i) / var(Σ_i x_i))`, with `var(Σ x_i) = Σ_i Σ_j cov(x_i, x_j)`
 * and `cov(x_i, x_j) = (n Σ x_i x_j - Σ x_i Σ x_j) / (n (n - 1))`; the `n (n - 1)` cancels.
 * Returns `null` when there are fewer than 2 cases, fewer than 2 items, or the total score has
 * zero variance (alpha undefined). Alpha may be negative; it is reported as computed.
 *
 * @example
 * ```ts
 * cronbachAlphaFromSums(createAlphaAccumulator(2).sums()); // null (no cases)
 * ```
 */
export function cronbachAlphaFromSums(sums: AlphaSums): number | null {
  const { items: k, cases: n, sums: s, crossSums: ss } = sums;
  if (n < 2 || k < 2) return null;
  let itemVar = 0;
  let totalVar = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const c = n * ss[i * k + j]! - s[i]! * s[j]!;
      totalVar += c;
      if (i === j) itemVar += c;
    }
  }
  if (totalVar <= 0) return null;
  return (k / (k - 1)) * (1 - itemVar / totalVar);
}

/**
 * Cronbach's alpha (Cronbach 1951) of complete cases: `cases[c][i]` is case c's answer to
 * item i. See {@link cronbachAlphaFromSums} for the formula and when it is `null`.
 *
 * @example
 * ```ts
 * // item variances 7/3, 1/3, 1 (sum 11/3); totals 13, 8, 13 have variance 25/3
 * cronbachAlpha([[4, 4, 5], [2, 3, 3], [5, 4, 4]]); // 3/2 · (1 - 11/25) = 0.84
 * ```
 */
export function cronbachAlpha(cases: readonly (readonly number[])[]): number | null {
  const first = cases[0];
  if (first === undefined) return null;
  const acc = createAlphaAccumulator(first.length);
  for (const c of cases) {
    for (const v of c) {
      if (!Number.isFinite(v)) {
        throw new OptionsError('RELCAP_BAD_ARGUMENT', 'stats/cronbachAlpha: a value is not a finite number', {
          value: String(v),
          expected: 'finite numbers (complete cases only)',
        });
      }
    }
    acc.add(c);
  }
  return cronbachAlphaFromSums(acc.sums());
}
