/**
 * Sets an attribute only when its value differs (`null` removes it), so a redraw that changes
 * nothing writes nothing: no style recalculation, no mutation record. Returns true when written.
 *
 * @example
 * ```ts
 * setAttr(el, 'transform', 'translate(10,20)');
 * ```
 */
export function setAttr(el: Element, name: string, value: string | null): boolean {
  if (value === null) {
    if (!el.hasAttribute(name)) return false;
    el.removeAttribute(name);
    return true;
  }
  if (el.getAttribute(name) === value) return false;
  el.setAttribute(name, value);
  return true;
}

/**
 * Sets text content only when it differs.
 *
 * @example
 * ```ts
 * setText(label, 'Lærer');
 * ```
 */
export function setText(el: Element, value: string): void {
  if (el.textContent !== value) el.textContent = value;
}
