import { escapeMarkup } from './escape-markup';

/** Attribute values of an SVG element; `undefined` and `null` leave the attribute out. */
export type SvgAttributes = Readonly<Record<string, string | number | undefined | null>>;

/**
 * A number as written into SVG: at most two decimals, no `-0`, no exponent for small values.
 *
 * @example
 * ```ts
 * formatSvgNumber(12.3456); // '12.35'
 * formatSvgNumber(-0.001); // '0'
 * ```
 */
export function formatSvgNumber(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/**
 * One SVG element as a string. Attribute values are escaped ({@link escapeMarkup}); `content` is
 * markup already built by this module (escape text with `escapeMarkup` or use {@link svgText}).
 * Attribute names come from our code, never from data.
 *
 * @example
 * ```ts
 * svgElement('circle', { r: 10, fill: 'none' }); // '<circle r="10" fill="none"/>'
 * svgElement('g', { class: 'a' }, '<circle r="1"/>'); // '<g class="a"><circle r="1"/></g>'
 * ```
 */
export function svgElement(name: string, attrs: SvgAttributes, content?: string): string {
  let open = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    open += ` ${k}="${escapeMarkup(typeof v === 'number' ? formatSvgNumber(v) : v)}"`;
  }
  return content === undefined ? `${open}/>` : `${open}>${content}</${name}>`;
}

/**
 * A text element whose content is data: always escaped, never markup.
 *
 * @example
 * ```ts
 * svgText({ x: 0, y: 0 }, '<b>Lærer</b>'); // '<text x="0" y="0">&lt;b&gt;Lærer&lt;/b&gt;</text>'
 * ```
 */
export function svgText(attrs: SvgAttributes, text: string): string {
  return svgElement('text', attrs, escapeMarkup(text));
}
