import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/index';
import { logGamma, regularizedIncompleteBeta } from '../../src/stats/index';

describe('regularizedIncompleteBeta', () => {
  it.each([
    // I_x(1, 1) = x (uniform)
    [0.3, 1, 1, 0.3],
    // I_x(a, 1) = x^a
    [0.6, 3, 1, 0.216],
    // I_x(1, b) = 1 - (1 - x)^b
    [0.2, 1, 4, 1 - 0.8 ** 4],
    // symmetric: I_0.5(a, a) = 1/2
    [0.5, 7.5, 7.5, 0.5],
    // I_x(2, 2) = 3x^2 - 2x^3 at x = 0.25: 0.1875 - 0.03125
    [0.25, 2, 2, 0.15625],
    [0, 2, 3, 0],
    [1, 2, 3, 1],
  ])('I_%d(%d, %d) = %d', (x, a, b, expected) => {
    expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(expected, 13);
  });

  it('regularizedIncompleteBeta rejects x outside [0, 1] and non-positive shapes', () => {
    expect(() => regularizedIncompleteBeta(1.2, 1, 1)).toThrow(OptionsError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(OptionsError);
  });
});

describe('logGamma', () => {
  it.each([
    [1, 0],
    [5, Math.log(24)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [10.5, Math.log(1133278.3889487856)],
    [0.1, Math.log(9.513507698668732)],
  ])('logGamma(%d) = %d', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 12);
  });
});
