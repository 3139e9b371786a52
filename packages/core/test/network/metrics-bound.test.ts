import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors/index';
import type { NetworkMap } from '../../src/map/index';
import { computeMapMetrics, MAX_METRICS_ACTORS } from '../../src/network/index';

const lineOf = (n: number): NetworkMap =>
  ({
    schemaVersion: 1,
    type: 'child',
    title: 'Stort kort',
    actors: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, label: `A${i}`, kind: i === 0 ? 'child' : 'professional' })),
    relations: [],
  }) as unknown as NetworkMap;

describe('computeMapMetrics size bound', () => {
  it('computeMapMetrics refuses a map past MAX_METRICS_ACTORS with a typed error saying the bound', () => {
    let err: unknown;
    try {
      computeMapMetrics(lineOf(MAX_METRICS_ACTORS + 1));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OptionsError);
    expect((err as OptionsError).code).toBe('RELCAP_MAP_TOO_LARGE');
    expect((err as OptionsError).location.expected).toContain(String(MAX_METRICS_ACTORS));
  });

  it('computeMapMetrics accepts a map of a few actors', () => {
    expect(computeMapMetrics(lineOf(3)).actorCount).toBe(3);
  });
});
