import { type Fraction, fraction } from '../stats/fraction';

/** Least common multiple of 1..k, as a BigInt. */
function lcmUpTo(k: number): bigint {
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  let l = 1n;
  for (let i = 2n; i <= BigInt(k); i++) l = (l * i) / gcd(l, i);
  return l;
}

/**
 * Mean and sample variance of fractions `sum / k` (an individual index is the sum of its answered
 * integer values over their number `k`), computed exactly: per `k` the integer totals
 * `Σ sum` and `Σ sum^2` are kept, and `finish` combines them over the common denominator
 * `L = lcm(1..maxK)` in BigInt arithmetic. The results therefore do not depend on the order of
 * the ratings, and identical ratings have a variance of exactly 0. Internal.
 */
export class RationalMoments {
  readonly maxK: number;
  readonly lcm: bigint;
  n = 0;
  private readonly s1: Float64Array;
  private readonly s2: Float64Array;

  constructor(maxK: number, lcm: bigint = lcmUpTo(maxK)) {
    this.maxK = maxK;
    this.lcm = lcm;
    this.s1 = new Float64Array(maxK);
    this.s2 = new Float64Array(maxK);
  }

  /** Adds one fraction `sum / k` (integers, 1 <= k <= maxK). */
  add(sum: number, k: number): void {
    this.n++;
    this.s1[k - 1]! += sum;
    this.s2[k - 1]! += sum * sum;
  }

  /** `L · Σ (sum / k)`, an exact integer. */
  scaledTotal(): bigint {
    let a = 0n;
    for (let k = 1; k <= this.maxK; k++) {
      const s = this.s1[k - 1]!;
      if (s !== 0) a += BigInt(s) * (this.lcm / BigInt(k));
    }
    return a;
  }

  /** The mean, or `null` when empty. */
  mean(): number | null {
    return this.n === 0 ? null : Number(this.scaledTotal()) / (this.n * Number(this.lcm));
  }

  /** Sample variance (n - 1) as an exact fraction, or `null` when n < 2. */
  varianceFraction(): Fraction | null {
    if (this.n < 2) return null;
    const l = this.lcm;
    return fraction(this.scaledSquareDeviation(), BigInt(this.n) * BigInt(this.n - 1) * l * l);
  }

  /** Adds every value of `other` (same `maxK` and `lcm`): the moments of the union. */
  merge(other: RationalMoments): void {
    this.n += other.n;
    for (let k = 0; k < this.maxK; k++) {
      this.s1[k]! += other.s1[k]!;
      this.s2[k]! += other.s2[k]!;
    }
  }

  /** `n · L² · Σ x² - (L · Σ x)^2`, an exact integer (n (n - 1) L² times the sample variance). */
  private scaledSquareDeviation(): bigint {
    let b = 0n;
    for (let k = 1; k <= this.maxK; k++) {
      const s = this.s2[k - 1]!;
      const f = this.lcm / BigInt(k);
      if (s !== 0) b += BigInt(s) * f * f;
    }
    const a = this.scaledTotal();
    return BigInt(this.n) * b - a * a;
  }

  /** Sample variance (n - 1), or `null` when n < 2. */
  variance(): number | null {
    if (this.n < 2) return null;
    const l = Number(this.lcm);
    return Number(this.scaledSquareDeviation()) / (this.n * (this.n - 1) * l * l);
  }
}
