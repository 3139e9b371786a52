import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seven RC dimension keys in their set order. */
export const RC_KEYS = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'] as const;

/** Long-format rows of one rating: one row per dimension, values in RC_KEYS order. */
export function ratingRows(id: string, role: string, target: string, values: readonly (number | string)[]): string[][] {
  return RC_KEYS.map((d, i) => [id, role, target, d, String(values[i] ?? '')]);
}

const quote = (cell: string, delimiter: string): string =>
  cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** A long-format survey CSV text (header respondent_id, role, target_role, dimension, value). */
export function longCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  const all = [['respondent_id', 'role', 'target_role', 'dimension', 'value'], ...rows];
  return `${all.map((r) => r.map((c) => quote(c, delimiter)).join(delimiter)).join('\n')}\n`;
}

/**
 * The hand-computed survey of tests/fixtures/cli/README.md: T1-T3 (Lærer) rate Pædagog with
 * all 4, all 5, and all 3 but mutual_respect "Ved ikke"; P1, P2 (Pædagog) rate Lærer all 4 and
 * all 2. Lærer -> Pædagog: n 3, rc 4, sd 1; Pædagog -> Lærer: n 2, suppressed.
 */
export function teachersAndPedagogues(): string[][] {
  return [
    ...ratingRows('T1', 'Lærer', 'Pædagog', [4, 4, 4, 4, 4, 4, 4]),
    ...ratingRows('T2', 'Lærer', 'Pædagog', [5, 5, 5, 5, 5, 5, 5]),
    ...ratingRows('T3', 'Lærer', 'Pædagog', [3, 3, 3, 3, 3, 3, 'Ved ikke']),
    ...ratingRows('P1', 'Pædagog', 'Lærer', [4, 4, 4, 4, 4, 4, 4]),
    ...ratingRows('P2', 'Pædagog', 'Lærer', [2, 2, 2, 2, 2, 2, 2]),
  ];
}

/** Writes `text` into `dir/name` and returns the name. */
export function writeText(dir: string, name: string, text: string | Uint8Array): string {
  writeFileSync(join(dir, name), text);
  return name;
}
