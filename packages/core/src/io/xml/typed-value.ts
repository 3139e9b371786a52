import type { Cell } from '../map-columns';
import { InterchangeError } from '../interchange-error';
import type { XmlElement } from './parse-xml';

/**
 * Converts attribute text by its declared type (GraphML `attr.type` or GEXF attribute `type`):
 * booleans `true`/`false`/`1`/`0` (any case), whole numbers for `int`/`integer`/`long`, finite
 * numbers for `float`/`double`; anything else stays text. A value that does not fit its type is
 * an `InterchangeError` at the element's line.
 */
export function typedValue(raw: string, type: string, at: XmlElement, name: string, file: string | undefined): Cell {
  const t = type.toLowerCase();
  const s = raw.trim();
  const bad = (expected: string): never => {
    throw new InterchangeError('RELCAP_INTERCHANGE_BAD_VALUE', `interchange: attribute "${name}" does not fit its declared type ${type}`, {
      ...(file !== undefined ? { file } : {}),
      line: at.line,
      column: name,
      value: raw,
      expected,
    });
  };
  if (t === 'boolean') {
    const l = s.toLowerCase();
    if (l === 'true' || l === '1') return true;
    if (l === 'false' || l === '0') return false;
    return bad('true or false');
  }
  if (t === 'int' || t === 'integer' || t === 'long' || t === 'short' || t === 'byte') {
    if (!/^[+-]?\d+$/.test(s)) return bad('a whole number');
    return Number(s);
  }
  if (t === 'float' || t === 'double') {
    const n = s === '' ? Number.NaN : Number(s);
    if (!Number.isFinite(n)) return bad('a finite number');
    return n;
  }
  return raw;
}
