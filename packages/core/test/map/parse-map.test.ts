import { describe, expect, it } from 'vitest';
import { MapValidationError } from '../../src/errors/index';
import { parseMap } from '../../src/map/index';

const VALID = '{"schemaVersion":1,"title":"Kort","type":"child","actors":[{"id":"b","label":"Barn","kind":"child"}],"relations":[]}';

function thrownBy(f: () => unknown): MapValidationError {
  try {
    f();
  } catch (e) {
    if (e instanceof MapValidationError) return e;
    throw e;
  }
  throw new Error('expected a MapValidationError');
}

describe('parseMap', () => {
  it('parses and validates map JSON', () => {
    expect(parseMap(VALID).actors[0]?.label).toBe('Barn');
  });

  it('ignores a byte order mark at the start', () => {
    expect(parseMap(`\uFEFF${VALID}`).title).toBe('Kort');
  });

  it('reports a trailing comma with its 1-based line and column', () => {
    // Line 3 is `  ,}`: the comma is at column 3, and V8 reports the `}` after it (column 4).
    const text = '{\n  "title": "x"\n  ,}';
    const err = thrownBy(() => parseMap(text, { file: 'kort.json' }));
    expect(err.code).toBe('RELCAP_MAP_BAD_JSON');
    expect(err.location).toMatchObject({ file: 'kort.json', line: 3, column: '4' });
  });

  it('reports truncated JSON at the end of the text', () => {
    const err = thrownBy(() => parseMap('{\n"a":'));
    expect(err.location).toMatchObject({ line: 2, column: '5' });
  });

  it('passes the file name on to validation errors', () => {
    const err = thrownBy(() => parseMap(VALID.replace('"child"}', '"pet"}'), { file: 'a.json' }));
    expect(err.location).toMatchObject({ file: 'a.json', path: 'actors[0].kind', value: 'pet' });
  });
});
