import { escapeXml } from './escape';

/** Attribute list for {@link tag}: name -> value (`undefined` values are left out). */
export type XmlAttrs = Readonly<Record<string, string | number | undefined>>;

/** Writes `name="value"` pairs, escaped. `path` names the map field for error messages. */
export function attrs(a: XmlAttrs, path: string): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v), path)}"`)
    .join('');
}

/** One line `<name a="1">text</name>` (or `<name a="1"/>` without text), indented. */
export function tag(depth: number, name: string, a: XmlAttrs, text: string | undefined, path = ''): string {
  const pad = '  '.repeat(depth);
  return text === undefined ? `${pad}<${name}${attrs(a, path)}/>` : `${pad}<${name}${attrs(a, path)}>${escapeXml(text, path)}</${name}>`;
}

/** Writes a cell value as XML text: numbers with full precision (`String`), booleans as true/false. */
export function cellText(v: string | number | boolean): string {
  return typeof v === 'string' ? v : String(v);
}
