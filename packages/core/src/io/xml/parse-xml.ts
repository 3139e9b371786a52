import { InterchangeError } from '../interchange-error';

/** An element of a parsed XML document. */
export interface XmlElement {
  /** Qualified name as written (`viz:position`). */
  readonly name: string;
  /** Name without a namespace prefix (`position`). */
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated character data directly inside this element (CDATA included), entities decoded. */
  readonly text: string;
  /** 1-based line of the start tag. */
  readonly line: number;
  readonly column: number;
}

interface Mutable {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: Mutable[];
  text: string;
  line: number;
  column: number;
}

/**
 * Deepest element nesting {@link parseXml} reads; GraphML and GEXF need fewer than 10. Deeper
 * documents are refused (`RELCAP_XML_TOO_DEEP`, located), so no input can exhaust the stack.
 * @example
 * ```ts
 * MAX_XML_DEPTH; // 64
 * ```
 */
export const MAX_XML_DEPTH = 64;

const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*/y;

/**
 * A small non-validating XML 1.0 parser, enough for GraphML and GEXF, without a DOM: elements,
 * attributes, character data, CDATA, comments, processing instructions and a skipped DOCTYPE
 * without internal subset (one with `[...]` is refused: `RELCAP_XML_DOCTYPE_SUBSET`). Elements
 * nested deeper than {@link MAX_XML_DEPTH} are refused (`RELCAP_XML_TOO_DEEP`).
 * Line endings are normalised and attribute whitespace is normalised as the XML specification
 * says; the five predefined entities and numeric character references are decoded. Errors are
 * `InterchangeError`s with a 1-based line and column.
 *
 * @example
 * ```ts
 * parseXml('<a x="1"><b>t</b></a>').children[0]?.text; // 't'
 * ```
 */
export function parseXml(source: string, file?: string): XmlElement {
  const text = (source.charCodeAt(0) === 0xfeff ? source.slice(1) : source).replace(/\r\n?/g, '\n');
  let pos = 0;

  const fail = (message: string, expected: string, at = pos, code = 'RELCAP_XML_SYNTAX'): never => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - (before.lastIndexOf('\n') + 1) + 1;
    throw new InterchangeError(code, `xml: ${message}`, {
      ...(file !== undefined ? { file } : {}),
      line,
      column: String(column),
      value: text.slice(at, at + 20),
      expected,
    });
  };
  const lineCol = (at: number): { line: number; column: number } => {
    const before = text.slice(0, at);
    return { line: before.split('\n').length, column: at - (before.lastIndexOf('\n') + 1) + 1 };
  };
  const skipSpace = (): void => {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  };
  const readName = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(text);
    if (m === null) return fail('expected a name', 'an element or attribute name');
    pos += m[0].length;
    return m[0];
  };
  const skipUntil = (end: string, what: string): void => {
    const i = text.indexOf(end, pos);
    if (i < 0) fail(`unterminated ${what}`, `"${end}"`);
    pos = i + end.length;
  };
  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
      if (!whole.endsWith(';')) return fail('an "&" that does not start an entity', '"&amp;" for a literal ampersand', at + raw.indexOf(whole));
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
      if (named[body] !== undefined) return named[body];
      const num = /^#x([0-9a-fA-F]+)$/.exec(body) ?? /^#([0-9]+)$/.exec(body);
      if (num?.[1] !== undefined) {
        const code = Number.parseInt(num[1], body.startsWith('#x') ? 16 : 10);
        if (code > 0x10ffff || code === 0) return fail('a character reference outside Unicode', 'a valid character', at + raw.indexOf(whole));
        return String.fromCodePoint(code);
      }
      return fail(`unknown entity "&${body};"`, 'one of &lt; &gt; &amp; &quot; &apos; or a numeric reference', at + raw.indexOf(whole));
    });
  const skipMisc = (): void => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<?', pos)) skipUntil('?>', 'processing instruction');
      else if (text.startsWith('<!--', pos)) skipUntil('-->', 'comment');
      else if (text.startsWith('<!DOCTYPE', pos)) skipDoctype();
      else return;
    }
  };
  const skipDoctype = (): void => {
    const start = pos;
    for (; pos < text.length; pos++) {
      const c = text[pos];
      if (c === '[') {
        fail(
          'a DOCTYPE with an internal subset ([...] with entity or element declarations) is refused: relcap reads no DTDs or entity definitions',
          'no DOCTYPE, or one without [...] (GraphML and GEXF need none)',
          start,
          'RELCAP_XML_DOCTYPE_SUBSET',
        );
      } else if (c === '>') {
        pos++;
        return;
      }
    }
    fail('unterminated DOCTYPE', '">"');
  };

  const readElement = (depth: number): Mutable => {
    const start = pos;
    if (depth > MAX_XML_DEPTH) fail(`elements nest deeper than ${MAX_XML_DEPTH} levels`, `at most ${MAX_XML_DEPTH} nested elements (GraphML and GEXF need fewer than 10)`, start, 'RELCAP_XML_TOO_DEEP');
    if (text[pos] !== '<') fail('expected an element', '"<"');
    pos++;
    const name = readName();
    const { line, column } = lineCol(start);
    const el: Mutable = { name, local: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name, attrs: {}, children: [], text: '', line, column };
    for (;;) {
      const hadSpace = /\s/.test(text[pos] ?? '');
      skipSpace();
      if (text.startsWith('/>', pos)) {
        pos += 2;
        return el;
      }
      if (text[pos] === '>') {
        pos++;
        break;
      }
      if (pos >= text.length) fail(`unterminated start tag <${name}>`, '">" or "/>"');
      if (!hadSpace) fail('attributes must be separated by white space', 'a space');
      const attrAt = pos;
      const an = readName();
      skipSpace();
      if (text[pos] !== '=') fail(`attribute "${an}" has no value`, '="..."');
      pos++;
      skipSpace();
      const q = text[pos];
      if (q !== '"' && q !== "'") fail(`attribute "${an}" value is not quoted`, 'a value in quotes');
      const end = text.indexOf(q as string, pos + 1);
      if (end < 0) fail(`unterminated value of attribute "${an}"`, `a closing ${q}`);
      const raw = text.slice(pos + 1, end);
      if (raw.includes('<')) fail(`attribute "${an}" holds "<"`, '"&lt;"', pos + 1 + raw.indexOf('<'));
      if (Object.hasOwn(el.attrs, an)) fail(`attribute "${an}" appears twice`, 'each attribute once', attrAt);
      el.attrs[an] = decode(raw.replace(/[\t\n]/g, ' '), pos + 1);
      pos = end + 1;
    }
    for (;;) {
      if (pos >= text.length) fail(`element <${name}> is not closed`, `</${name}>`, start);
      if (text.startsWith('</', pos)) {
        pos += 2;
        const close = readName();
        if (close !== name) fail(`</${close}> closes <${name}>`, `</${name}>`, pos - close.length - 2);
        skipSpace();
        if (text[pos] !== '>') fail('unterminated end tag', '">"');
        pos++;
        return el;
      }
      if (text.startsWith('<!--', pos)) skipUntil('-->', 'comment');
      else if (text.startsWith('<![CDATA[', pos)) {
        const end = text.indexOf(']]>', pos);
        if (end < 0) fail('unterminated CDATA section', '"]]>"');
        el.text += text.slice(pos + 9, end);
        pos = end + 3;
      } else if (text.startsWith('<?', pos)) skipUntil('?>', 'processing instruction');
      else if (text[pos] === '<') el.children.push(readElement(depth + 1));
      else {
        const next = text.indexOf('<', pos);
        const end = next < 0 ? text.length : next;
        el.text += decode(text.slice(pos, end), pos);
        pos = end;
      }
    }
  };

  skipMisc();
  if (pos >= text.length) fail('the document is empty', 'a root element');
  const root = readElement(1);
  skipMisc();
  if (pos < text.length) fail('content after the root element', 'the end of the document');
  return root;
}

/** Direct children of `el` with the local name `local`. */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}
