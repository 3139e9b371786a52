/**
 * Deepest nesting of arrays and objects that relcap reads from JSON. A map is at most a few levels
 * deep (map, actors, actor, dimension scores); 64 leaves ample room while keeping every recursive
 * step that follows (validation, copying) far from the stack limit.
 * @example
 * ```ts
 * jsonDepthProblem('[[1]]', MAX_JSON_DEPTH); // null
 * ```
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Where JSON text first nests deeper than `maxDepth`, found by one iterative pass (strings and
 * escapes skipped), before any recursive parser sees it; `null` when it does not. Line and
 * column are 1-based (column in UTF-16 code units).
 *
 * @example
 * ```ts
 * jsonDepthProblem('{"a":[[[1]]]}', 3); // { offset: 8, line: 1, column: 9, depth: 4 }
 * ```
 */
export function jsonDepthProblem(
  text: string,
  maxDepth: number = MAX_JSON_DEPTH,
): { offset: number; line: number; column: number; depth: number } | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > maxDepth) return { offset: i, line, column: i - lineStart + 1, depth };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}
