import { SURVEY_DELIMITERS, type SurveyDelimiter } from './import-options';

/** Delimiter and line break of a CSV text, read from its first non-blank line. */
export interface TextShape {
  readonly delimiter: SurveyDelimiter;
  /** `\n`, `\r\n` or `\r` (old Mac), as the header line ends. */
  readonly newline: '\n' | '\r\n' | '\r';
}

/**
 * Reads the delimiter (the most frequent of `,` `;` tab outside quotes in the first non-blank
 * line; comma on a tie or when none occurs) and the line break (how that line ends). Returns
 * `undefined` when the text so far does not hold a whole first line and more may come.
 *
 * @example
 * ```ts
 * sniffText('id;rolle;"a, b"\r\n1;2;3', true); // { delimiter: ';', newline: '\r\n' }
 * ```
 */
export function sniffText(text: string, ended: boolean, forced?: SurveyDelimiter): TextShape | undefined {
  let start = 0;
  while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
  const counts = [0, 0, 0];
  let quoted = false;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted) {
      const k = SURVEY_DELIMITERS.indexOf(c as SurveyDelimiter);
      if (k !== -1) counts[k]!++;
    }
  }
  let newline: TextShape['newline'] = '\n';
  if (i >= text.length) {
    if (!ended) return undefined;
    // One line only: take the line break of the blank lines before it, if any.
    if (start > 0) newline = text[0] === '\r' ? (text[1] === '\n' ? '\r\n' : '\r') : '\n';
  } else if (text[i] === '\r') {
    if (i + 1 >= text.length && !ended) return undefined;
    newline = text[i + 1] === '\n' ? '\r\n' : '\r';
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return { delimiter: forced ?? SURVEY_DELIMITERS[best]!, newline };
}
