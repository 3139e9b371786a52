/**
 * An exact rational number `num / den` with `den > 0`, kept in lowest terms. Used where a rule
 * depends on an exact value (rwg(J)'s zero denominator) so floating-point rounding cannot move a
 * result across it.
 * @example
 * ```ts
 * const third: Fraction = fraction(1n, 3n);
 * ```
 */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/**
 * `num / den` in lowest terms with a positive denominator; throws `RangeError` on `den = 0`
 * (internal callers never pass it).
 * @example
 * ```ts
 * fraction(4n, -6n); // { num: -2n, den: 3n }
 * ```
 */
export function fraction(num: bigint, den: bigint): Fraction {
  if (den === 0n) throw new RangeError('fraction: zero denominator');
  const g = gcd(num, den) || 1n;
  const s = den < 0n ? -1n : 1n;
  return { num: (s * num) / g, den: (s * den) / g };
}

/** `a + b`. @example `add(fraction(1n, 2n), fraction(1n, 3n)); // 5/6` */
export const addF = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den + b.num * a.den, a.den * b.den);
/** `a - b`. @example `subF(fraction(1n, 2n), fraction(1n, 3n)); // 1/6` */
export const subF = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den - b.num * a.den, a.den * b.den);
/** `a · b`. @example `mulF(fraction(1n, 2n), fraction(2n, 3n)); // 1/3` */
export const mulF = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.num, a.den * b.den);
/** `a / b`, `null` when `b = 0`. @example `divF(fraction(1n, 2n), fraction(0n, 1n)); // null` */
export const divF = (a: Fraction, b: Fraction): Fraction | null => (b.num === 0n ? null : fraction(a.num * b.den, a.den * b.num));

/**
 * The nearest double to `f` (numerator and denominator scaled down together when they leave
 * the range of a double, so the quotient stays accurate).
 * @example
 * ```ts
 * toNumber(fraction(6n, 7n)); // 0.857142...
 * ```
 */
export function toNumber(f: Fraction): number {
  let { num, den } = f;
  const limit = 1n << 1000n;
  while (den > limit || num > limit || -num > limit) {
    num >>= 64n;
    den >>= 64n;
  }
  return den === 0n ? Number.NaN : Number(num) / Number(den);
}
