/** A source of uniform numbers in [0, 1), like `Math.random`, but injectable and seedable. */
export type RandomSource = () => number;

/**
 * A small seeded pseudo-random generator (mulberry32, T. Ettinger 2017, public domain): the same
 * seed gives the same sequence on every machine, so layouts and generated networks are
 * reproducible in tests and benchmarks. Not for cryptography.
 *
 * @example
 * ```ts
 * const random = seededRandom(42);
 * random(); // the same number in [0, 1) on every run
 * ```
 */
export function seededRandom(seed: number): RandomSource {
  let a = Math.trunc(seed) >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
