import { MISSING_TOKENS } from '../dimensions/scales';
import { OptionsError } from '../errors/relcap-error';
import { normaliseLabel } from './label-sets';

/**
 * Value labels that make a code a missing code when a tool's labels table says so (SurveyXact
 * "Ved ikke" = 6): relcap's missing tokens plus common Danish and English wordings.
 */
export const MISSING_LABELS: readonly string[] = [
  ...MISSING_TOKENS,
  'ved ikke/ikke relevant',
  'ved ikke / ikke relevant',
  'ikke aktuelt',
  'kan ikke svare',
  'vil ikke svare',
  'ønsker ikke at svare',
  'ikke besvaret',
  'not relevant',
  'prefer not to answer',
  'prefer not to say',
  'no answer',
];

const MISSING_LABEL_SET = new Set(MISSING_LABELS.map(normaliseLabel));
const TOKEN_SET = new Set(MISSING_TOKENS.map(normaliseLabel));

/**
 * Whether a cell is one of relcap's missing tokens (`NA`, `Ved ikke`, `Don't know`, ...),
 * ignoring case and spaces. Empty cells are checked separately.
 *
 * @example
 * ```ts
 * isMissingToken(' ved IKKE '); // true
 * ```
 */
export function isMissingToken(cell: string): boolean {
  return TOKEN_SET.has(normaliseLabel(cell));
}

/**
 * Whether a value label declares its code missing ({@link MISSING_LABELS}).
 *
 * @example
 * ```ts
 * isMissingLabel('Ikke relevant'); // true
 * ```
 */
export function isMissingLabel(label: string): boolean {
  return MISSING_LABEL_SET.has(normaliseLabel(label));
}

/**
 * Parses a missing-code list as given on the command line (`6,99,-99,UNK`): comma-separated,
 * spaces trimmed, repeats removed. An empty entry (`6,,99`) is an error.
 *
 * @example
 * ```ts
 * parseMissingCodes('6, 99,-99,UNK'); // ['6', '99', '-99', 'UNK']
 * ```
 */
export function parseMissingCodes(text: string): string[] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => p === '')) {
    throw new OptionsError('RELCAP_MISSING_CODES_EMPTY', 'survey-tools/missing-codes: an empty missing code', {
      value: text,
      expected: 'codes separated by commas, e.g. 6,99,-99,UNK',
    });
  }
  return [...new Set(parts)];
}

/**
 * Counts of answers that a missing code (or token, or a blank) removed, per code; part of every
 * import report.
 *
 * @example
 * ```ts
 * const tally = new MissingTally();
 * tally.add('99', 'declared');
 * tally.list(); // [{ code: '99', source: 'declared', count: 1 }]
 * ```
 */
export class MissingTally {
  private readonly counts = new Map<string, { code: string; source: MissingSource; count: number }>();

  /** Counts one removed answer. */
  add(code: string, source: MissingSource): void {
    const key = `${source}\u0000${code}`;
    const hit = this.counts.get(key);
    if (hit !== undefined) hit.count++;
    else this.counts.set(key, { code, source, count: 1 });
  }

  /** The counts, most frequent first. */
  list(): MissingCount[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
}

/** Where a missing code comes from. */
export type MissingSource = 'declared' | 'labels' | 'token' | 'blank';

/** How many answers one missing code removed. `code` is '' for blank cells. */
export interface MissingCount {
  readonly code: string;
  /** `declared` (option or mapping), `labels` (the tool's labels table), `token` (relcap list), `blank`. */
  readonly source: MissingSource;
  readonly count: number;
}
