/**
 * Escapes text for the report's HTML and inline SVG: the visualizer's `escapeMarkup` (`& < > " '`
 * become entities, characters XML cannot carry become U+FFFD), under the name the report uses.
 *
 * @example
 * ```ts
 * escapeHtml('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * ```
 */
export { escapeMarkup as escapeHtml } from '@relcap/visualizer/node';
