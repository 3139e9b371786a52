// A small hand-made survey for the report tests (unit, command and browser): long format, one
// value per respondent and target for all seven RC dimensions, so every number can be checked by
// hand. Invented; no real person's answers. One role is named `<script>alert(1)</script>` to
// prove that role names stay text.

/** The role whose name is markup. */
export const SCRIPT_ROLE = '<script>alert(1)</script>';

const DIMENSIONS = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];

/** [respondent, role, target role, value for every dimension, dimensions left unanswered]. */
type Row = readonly [string, string, string, number, (readonly string[])?];

/** The answers as a long CSV (`respondent_id,role,target_role,dimension,value`); missing answers as `NA`. */
export function longCsv(rows: readonly Row[]): string {
  const lines = ['respondent_id,role,target_role,dimension,value'];
  for (const [id, role, target, value, missing = []] of rows) {
    for (const d of DIMENSIONS) lines.push(`${id},${role},${target},${d},${missing.includes(d) ? 'NA' : value}`);
  }
  return `${lines.join('\n')}\n`;
}

const S = SCRIPT_ROLE;
const NO_RESPECT = ['mutual_respect'];

/**
 * The current survey. By hand (minRaters 3, bands 3.5 / 4.0):
 * - Lærer -> Lærer (within): 5, 4, 4: n 3, rc 13/3 = 4.33, strong.
 * - Lærer -> Pædagog: 4, 5, 3 (mutual_respect not answered): n 3, rc 4.00, moderate (upper edge).
 * - Lærer -> <script>: L1, L2 only: n 2, suppressed.
 * - Pædagog -> Lærer: 3, 3, 2, 2: n 4, rc 2.50, weak.
 * - Pædagog -> <script>: 4, 4, 4 (P1-P3): n 3, rc 4.00, moderate.
 * - <script> -> Lærer, <script> -> Pædagog: S1, S2: n 2, suppressed.
 * - Not rated at all: <script> -> <script>, Pædagog -> Pædagog.
 */
export const CURRENT_ROWS: readonly Row[] = [
  ['L1', 'Lærer', 'Lærer', 5],
  ['L2', 'Lærer', 'Lærer', 4],
  ['L3', 'Lærer', 'Lærer', 4],
  ['L1', 'Lærer', 'Pædagog', 4, NO_RESPECT],
  ['L2', 'Lærer', 'Pædagog', 5, NO_RESPECT],
  ['L3', 'Lærer', 'Pædagog', 3, NO_RESPECT],
  ['L1', 'Lærer', S, 4],
  ['L2', 'Lærer', S, 4],
  ['P1', 'Pædagog', 'Lærer', 3],
  ['P2', 'Pædagog', 'Lærer', 3],
  ['P3', 'Pædagog', 'Lærer', 2],
  ['P4', 'Pædagog', 'Lærer', 2],
  ['P1', 'Pædagog', S, 4],
  ['P2', 'Pædagog', S, 4],
  ['P3', 'Pædagog', S, 4],
  ['S1', S, 'Lærer', 3],
  ['S2', S, 'Lærer', 4],
  ['S1', S, 'Pædagog', 3],
  ['S2', S, 'Pædagog', 4],
];

/**
 * The earlier survey: as the current one, except Pædagog -> Lærer is 2, 2, 1, 1 (rc 1.50),
 * Pædagog -> <script> was not rated (it appears now), and the teachers rated Sundhedsplejerske
 * 3, 3, 3 (that tie vanishes now).
 */
export const EARLIER_ROWS: readonly Row[] = [
  ...CURRENT_ROWS.filter(([, role]) => role !== 'Pædagog'),
  ['P1', 'Pædagog', 'Lærer', 2],
  ['P2', 'Pædagog', 'Lærer', 2],
  ['P3', 'Pædagog', 'Lærer', 1],
  ['P4', 'Pædagog', 'Lærer', 1],
  ['L1', 'Lærer', 'Sundhedsplejerske', 3],
  ['L2', 'Lærer', 'Sundhedsplejerske', 3],
  ['L3', 'Lærer', 'Sundhedsplejerske', 3],
];
