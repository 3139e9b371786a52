import { describe, expect, it } from 'vitest';
import { InterchangeError, parseXml } from '../../src/io/index';
import { MAX_XML_DEPTH } from '../../src/io/xml/parse-xml';

function interchangeError(f: () => unknown): InterchangeError {
  try {
    f();
  } catch (e) {
    if (e instanceof InterchangeError) return e;
    throw e;
  }
  throw new Error('expected an InterchangeError');
}

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
      '\uFEFF<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "x.dtd">\n<!-- c -->\n<a:root xmlns:a="u" k=\'1\'>x<?pi?><b/><!-- c --><![CDATA[<raw> & ]]>y</a:root>\n<!-- after -->',
    );
    expect(root).toMatchObject({ name: 'a:root', local: 'root', attrs: { 'xmlns:a': 'u', k: '1' }, text: 'x<raw> & y', line: 4 });
    expect(root.children.map((c) => c.name)).toEqual(['b']);
  });

  it('parseXml refuses a DOCTYPE with an internal subset, saying what it refused', () => {
    const e = interchangeError(() => parseXml('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<x>&a;</x>'));
    expect(e.code).toBe('RELCAP_XML_DOCTYPE_SUBSET');
    expect(e.location).toMatchObject({ line: 2, column: '1' });
    expect(e.message).toContain('internal subset');
  });

  it('parseXml refuses elements nested deeper than MAX_XML_DEPTH with the place', () => {
    const e = interchangeError(() => parseXml(`<r>\n${'<x>'.repeat(MAX_XML_DEPTH)}${'</x>'.repeat(MAX_XML_DEPTH)}</r>`));
    expect(e.code).toBe('RELCAP_XML_TOO_DEEP');
    expect(e.location).toMatchObject({ line: 2, column: String(3 * (MAX_XML_DEPTH - 1) + 1) });
    expect(parseXml(`${'<x>'.repeat(MAX_XML_DEPTH)}${'</x>'.repeat(MAX_XML_DEPTH)}`).name).toBe('x');
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
