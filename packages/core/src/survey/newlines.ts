/**
 * Turns every line break into `\n`: `\r\n` (Windows), a lone `\r` (old Mac) and `\n` alike, so
 * that a file whose lines end differently (two exports pasted together) reads as one. Works
 * chunk by chunk: a `\r` at the end of a chunk is held back until the next chunk says whether a
 * `\n` follows. Line breaks inside quoted cells become `\n` too. Internal.
 *
 * @example
 * ```ts
 * const n = createNewlineNormaliser();
 * n.push('a\r') + n.push('\nb\rc') + n.end(); // 'a\nb\nc'
 * ```
 */
export function createNewlineNormaliser(): { push(text: string): string; end(): string } {
  let heldCr = false;
  return {
    push(text: string): string {
      let t = heldCr ? `\r${text}` : text;
      heldCr = false;
      if (t.indexOf('\r') === -1) return t;
      if (t.charCodeAt(t.length - 1) === 13) {
        heldCr = true;
        t = t.slice(0, -1);
      }
      return t.replace(/\r\n?/g, '\n');
    },
    end(): string {
      const out = heldCr ? '\n' : '';
      heldCr = false;
      return out;
    },
  };
}
