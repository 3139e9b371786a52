import { describe, expect, it } from 'vitest';
import { MapValidationError } from '../../src/errors/index';
import { jsonDepthProblem, MAX_JSON_DEPTH } from '../../src/io/index';
import { parseMap } from '../../src/map/index';

describe('jsonDepthProblem', () => {
  it('jsonDepthProblem finds the first bracket past the limit, with line and column', () => {
    expect(jsonDepthProblem('{"a":[[[1]]]}', 3)).toEqual({ offset: 7, line: 1, column: 8, depth: 4 });
    expect(jsonDepthProblem('{\n "a": [[1]]}', 3)).toBeNull();
    expect(jsonDepthProblem('{\n "a":\n  [[[1]]]}', 3)).toMatchObject({ line: 3, column: 5 });
  });

  it('jsonDepthProblem ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthProblem('{"a":"[[[[\\"[[[["}', 1)).toBeNull();
  });

  it('parseMap refuses a 100,000-deep array with a located MapValidationError instead of overflowing the stack', () => {
    const deep = `{"schemaVersion":1,"actors":[{"label":${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`;
    let err: unknown;
    try {
      parseMap(deep, { file: 'kort.json' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MapValidationError);
    expect((err as MapValidationError).code).toBe('RELCAP_MAP_TOO_DEEP');
    // brackets: actors [ (2), { (3), then the label's arrays from depth 4 on; the 65th level is the limit + 1
    expect((err as MapValidationError).location).toMatchObject({ file: 'kort.json', line: 1, column: String(39 + (MAX_JSON_DEPTH - 3)) });
  });
});
