/**
 * The JSON the CLI prints: two-space indentation and a final newline. Non-finite numbers
 * (which JSON cannot hold) are written as `null`, as `JSON.stringify` does.
 *
 * @example
 * ```ts
 * toJsonText({ density: 0.25 }); // '{\n  "density": 0.25\n}\n'
 * ```
 */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
