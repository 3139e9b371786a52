/**
 * Word-level text matching for proposals: column names (`faelles_maal_laerer`), question texts
 * ("Hvor ofte ... - Lærer") and statements ("Lærerne deler mine mål"), in Danish and English.
 */

/**
 * Folds text for matching: lower case, Unicode NFC, Danish letters spelled in ASCII the way
 * variable names write them (æ -> ae, ø -> oe, å -> aa), so `laerer` matches `Lærer`.
 *
 * @example
 * ```ts
 * foldText('Fælles MÅL'); // 'faelles maal'
 * ```
 */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/é/g, 'e')
    .replace(/[’`´]/g, "'");
}

/**
 * Splits text into folded words: letters and digits only, so `_`, `-`, punctuation and spaces
 * all separate words.
 *
 * @example
 * ```ts
 * words('hyppighed_laerer'); // ['hyppighed', 'laerer']
 * ```
 */
export function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
}

/** Shortest word that may match as a prefix (`lærer` -> `lærerne`); shorter words match whole only. */
export const MIN_PREFIX_LENGTH = 4;

const wordMatches = (cue: string, word: string, last: boolean): boolean =>
  cue === word || (last && cue.length >= MIN_PREFIX_LENGTH && word.startsWith(cue));

/**
 * Finds a phrase in a list of words: the words of `phrase` in a row, the last one allowed to be
 * the start of a longer word (plurals and definite forms: `lærerne`, `teachers`, `præcise`).
 * Returns the index of the first word, or -1.
 *
 * @example
 * ```ts
 * findPhrase(words('Lærerne deler mine mål'), 'lærer'); // 0
 * ```
 */
export function findPhrase(haystack: readonly string[], phrase: string): number {
  const cue = words(phrase);
  if (cue.length === 0) return -1;
  for (let i = 0; i + cue.length <= haystack.length; i++) {
    if (cue.every((c, k) => wordMatches(c, haystack[i + k]!, k === cue.length - 1))) return i;
  }
  return -1;
}

/** A phrase found in a text: what it stands for, the phrase, and where it sits. */
export interface PhraseHit<K extends string = string> {
  readonly key: K;
  readonly phrase: string;
  readonly start: number;
  readonly length: number;
}

/**
 * Finds which keys' phrases occur in `text`. When phrases overlap (`psykiatri` inside
 * `Børne- og ungdomspsykiatri`, `ung` inside it too), only the longest survives. Returns the hits
 * ordered by position, at most one per key.
 *
 * @example
 * ```ts
 * findKeys('Hvor ofte kommunikerer lærerne med dig?', { lærer: ['Lærer'], pædagog: ['Pædagog'] });
 * // [{ key: 'lærer', phrase: 'Lærer', start: 3, length: 1 }]
 * ```
 */
export function findKeys<K extends string>(
  text: string,
  phrases: Readonly<Record<K, readonly string[]>>,
): PhraseHit<K>[] {
  const hay = words(text);
  const hits: PhraseHit<K>[] = [];
  for (const key of Object.keys(phrases) as K[]) {
    for (const phrase of phrases[key]) {
      const start = findPhrase(hay, phrase);
      if (start >= 0) hits.push({ key, phrase, start, length: words(phrase).length });
    }
  }
  const longest = hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o !== h &&
          o.length > h.length &&
          o.start <= h.start &&
          o.start + o.length >= h.start + h.length,
      ),
  );
  const seen = new Set<K>();
  return longest
    .sort((a, b) => a.start - b.start || b.length - a.length)
    .filter((h) => {
      if (seen.has(h.key)) return false;
      seen.add(h.key);
      return true;
    });
}

/**
 * Splits a grid header "<question> - <row>" (SurveyXact, Qualtrics) into the question and the
 * row label; the last " - " wins. Returns `row: undefined` when there is no such separator.
 *
 * @example
 * ```ts
 * splitGridLabel('Hvor ofte kommunikerer de med dig? - Lærer'); // { question: 'Hvor ofte ...?', row: 'Lærer' }
 * ```
 */
export function splitGridLabel(text: string): { question: string; row: string | undefined } {
  const m = /^([\s\S]*\S)\s+[-–]\s+(\S[\s\S]*)$/.exec(text.trim());
  if (m === null) return { question: text.trim(), row: undefined };
  return { question: m[1]!, row: m[2]!.trim() };
}
