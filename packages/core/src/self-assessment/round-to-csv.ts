import { toCsv } from '../io/csv-safe';
import { participantLabel } from './participant-label';
import type { AssessmentRound } from './round-types';

/** Options of {@link roundToCsv}. */
export interface RoundCsvOptions {
  /** Language of the area and statement texts. */
  readonly lang: 'da' | 'en';
  /** Cell separator; `;` for Danish Excel. */
  readonly delimiter: ',' | ';' | '\t';
  /** Start with a UTF-8 byte order mark, so Excel reads æ, ø and å right when the file is opened by double-click. */
  readonly bom: boolean;
}

/**
 * Defaults of {@link RoundCsvOptions}: English texts, comma-separated.
 *
 * @example
 * ```ts
 * roundToCsv(round, { ...DEFAULT_ROUND_CSV_OPTIONS, delimiter: ';' });
 * ```
 */
export const DEFAULT_ROUND_CSV_OPTIONS: RoundCsvOptions = { lang: 'en', delimiter: ',', bom: false };

/**
 * The header row of {@link roundToCsv}.
 *
 * @example
 * ```ts
 * ROUND_CSV_HEADER.join(','); // 'date,template,participant_id,participant,area,statement_id,statement,rating'
 * ```
 */
export const ROUND_CSV_HEADER = ['date', 'template', 'participant_id', 'participant', 'area', 'statement_id', 'statement', 'rating'] as const;

/**
 * A round as CSV, one row per participant and statement (participants in round order,
 * statements in template order); a missing rating is an empty cell. Every cell goes through
 * core's `toCsv`, so a name or text that starts with `=`, `+`, `-` or `@` cannot run as a
 * formula in a spreadsheet; lines end with CRLF.
 *
 * @example
 * ```ts
 * roundToCsv(round, { lang: 'da', delimiter: ';' }).split('\r\n')[1];
 * // '2026-03-01;leadership;p1;Anne;Fælles retning og mening;lead-direction-1;Vi ved, hvad vores fælles opgave i den tidlige indsats går ud på.;7'
 * ```
 */
export function roundToCsv(round: AssessmentRound, options: Partial<RoundCsvOptions> = {}): string {
  const { lang, delimiter, bom } = { ...DEFAULT_ROUND_CSV_OPTIONS, ...options };
  const rows: (string | number | null)[][] = [[...ROUND_CSV_HEADER]];
  round.participants.forEach((p, i) => {
    for (const area of round.template.areas) {
      for (const st of area.statements) {
        rows.push([round.date, round.template.id, p.id, participantLabel(round, i), area.title[lang], st.id, st.text[lang], p.ratings[st.id] ?? null]);
      }
    }
  });
  return (bom ? '\ufeff' : '') + toCsv(rows, delimiter);
}
