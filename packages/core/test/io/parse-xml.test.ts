import { describe, expect, it } from 'vitest';
import { InterchangeError, parseXml } from '../../src/io/index';

function location(f: () => unknown): InterchangeError['location'] {
  try {
    f();
  } catch (e) {
    if (e instanceof InterchangeError) return e.location;
    throw e;
  }
  throw new Error('expected an InterchangeError');
}

describe('parseXml', () => {
  it('reads elements, attributes, text, CDATA and skips the prolog, comments and PIs', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?>\n<!DOCTYPE x [<!ELEMENT x ANY>]>\n<!-- c -->\n<a:root xmlns:a="u" k=\'1\'>x<?pi?><b/><!-- c --><![CDATA[<raw> & ]]>y</a:root>\n<!-- after -->',
    );
    expect(root).toMatchObject({ name: 'a:root', local: 'root', attrs: { 'xmlns:a': 'u', k: '1' }, text: 'x<raw> & y', line: 4 });
    expect(root.children.map((c) => c.name)).toEqual(['b']);
  });

  it('decodes the predefined entities and numeric references', () => {
    expect(parseXml('<a t="&lt;&gt;&amp;&quot;&apos;&#229;&#xE6;">&#10;&amp;amp;</a>')).toMatchObject({ attrs: { t: `<>&"'åæ` }, text: '\n&amp;' });
  });

  it('normalises line ends in text and white space in attributes, but keeps character references', () => {
    const root = parseXml('<a t="x\ty\nz&#9;&#10;">1\r\n2\r3</a>');
    expect(root.attrs.t).toBe('x y z\t\n');
    expect(root.text).toBe('1\n2\n3');
  });

  it.each([
    ['<a><b></a>', 1, 7, 'an end tag that closes the wrong element'],
    ['<a x="1" x="2"/>', 1, 10, 'duplicate attribute'],
    ['<a x=1/>', 1, 6, 'unquoted attribute'],
    ['<a>&nbsp;</a>', 1, 4, 'unknown entity'],
    ['<a>\n  <b>', 2, 3, 'the innermost unclosed element'],
    ['<a/><b/>', 1, 5, 'two roots'],
    ['   ', 1, 4, 'empty document'],
    ['<a>\n&</a>', 2, 1, 'a bare ampersand'],
  ])('reports %s at line %i, column %i (%s)', (xml, line, column) => {
    expect(location(() => parseXml(xml, 'f.xml'))).toMatchObject({ file: 'f.xml', line, column: String(column) });
  });
});
