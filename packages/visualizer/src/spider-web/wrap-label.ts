/**
 * Wraps a label into lines of at most `maxChars` characters at spaces (a longer word is cut),
 * at most `maxLines` lines; when the text does not fit, the last line ends with "…" (the full
 * text stays in the drawing's accessible name and title). Pure, O(length).
 *
 * @example
 * ```ts
 * wrapLabel('We know what our shared task in early support is.', 20, 3);
 * // ['We know what our', 'shared task in early', 'support is.']
 * ```
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(1, Math.floor(maxChars));
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    let w = word;
    while (w.length > width) {
      if (current !== '') {
        lines.push(current);
        current = '';
      }
      lines.push(w.slice(0, width));
      w = w.slice(width);
    }
    if (current === '') current = w;
    else if (current.length + 1 + w.length <= width) current += ` ${w}`;
    else {
      lines.push(current);
      current = w;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1] ?? '';
  kept[kept.length - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}
