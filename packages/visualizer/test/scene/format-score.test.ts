import { describe, expect, it } from 'vitest';
import { formatScore } from '../../src/scene/scene-utils';

describe('formatScore', () => {
  it('formatScore shows one decimal with a Danish decimal comma', () => {
    expect(formatScore(3.5357, 'da')).toBe('3,5');
    expect(formatScore(4.26, 'en')).toBe('4.3');
  });

  it('formatScore never shows a weak score like a moderate one (3.47 is not "3,5")', () => {
    // 3.47 < 3.5 is weak, and 3.5 is moderate: one decimal would print both as 3,5.
    expect(formatScore(3.47, 'da')).toBe('3,47');
    expect(formatScore(3.5, 'da')).toBe('3,5');
    // 4.04 > 4.0 is strong, and 4.0 is moderate.
    expect(formatScore(4.04, 'en')).toBe('4.04');
  });
});
