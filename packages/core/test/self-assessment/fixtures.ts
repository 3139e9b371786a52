import type { AssessmentRound, RoundParticipant, SelfAssessmentTemplate } from '../../src/self-assessment/index';
import { createRound, DEFAULT_RATING_SCALE } from '../../src/self-assessment/index';

/** A small hand-written template: two areas, four statements, scale 0..10. */
export const SMALL_TEMPLATE: SelfAssessmentTemplate = {
  schemaVersion: 1,
  id: 'small',
  title: { da: 'Lille', en: 'Small' },
  scale: DEFAULT_RATING_SCALE,
  areas: [
    {
      id: 'a',
      title: { da: 'Område A', en: 'Area A' },
      statements: [
        { id: 's1', text: { da: 'Vi mødes.', en: 'We meet.' } },
        { id: 's2', text: { da: 'Vi lytter.', en: 'We listen.' } },
      ],
    },
    {
      id: 'b',
      title: { da: 'Område B', en: 'Area B' },
      statements: [
        { id: 's3', text: { da: 'Vi følger op.', en: 'We follow up.' } },
        { id: 's4', text: { da: 'Vi planlægger.', en: 'We plan.' } },
      ],
    },
  ],
};

/** A plain JSON copy of the small template, to break field by field. */
export function templateJson(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(SMALL_TEMPLATE)) as Record<string, unknown>;
}

/** A round of the small template from a table: one row of ratings (s1..s4) per participant. */
export function roundOf(rows: readonly (readonly (number | null)[])[], date = '2026-03-01', template = SMALL_TEMPLATE): AssessmentRound {
  const ids = template.areas.flatMap((a) => a.statements.map((s) => s.id));
  const participants: RoundParticipant[] = rows.map((row, i) => ({
    id: `p${i + 1}`,
    ratings: Object.fromEntries(ids.map((id, j) => [id, row[j] ?? null])),
  }));
  return createRound(template, { date, participants });
}

/** Sets (or, with `undefined`, deletes) the value at a JSON path like `areas[1].statements[0].text.da`. */
export function setPath(json: unknown, path: string, value: unknown): void {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let node = json as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}
