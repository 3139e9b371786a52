import { readFileSync } from 'node:fs';
import { parseToolMapping, readToolInput, type ToolInput, type ToolMapping } from '../../src/survey-tools/index';
import { fixture } from './fixtures';

/** A fixture export: how to read it, and what the user declares (tests/fixtures/tools/README.md). */
export interface ToolCase {
  readonly name: string;
  readonly input: () => Promise<ToolInput>;
  readonly mapping?: ToolMapping;
  readonly missingCodes?: readonly string[];
  /** Missing counts: `code@source` -> count. 5 "Ved ikke" and 2 blanks in every export. */
  readonly missing: Readonly<Record<string, number>>;
}

const file = (p: string) => ({ bytes: fixture(p), file: p });
const mapping = (p: string): ToolMapping =>
  parseToolMapping(readFileSync(new URL(`../../../../tests/fixtures/tools/${p}`, import.meta.url), 'utf8'), p);
const sx = (dir: string, ext: string) => () =>
  readToolInput(file(`surveyxact/${dir}/dataset.${ext}`), {
    labels: file(`surveyxact/${dir}/labels.${ext}`),
    structure: file(`surveyxact/${dir}/structure.${ext}`),
  });
const one = (p: string) => () => readToolInput(file(p));

/** Every tool export of the one answer set, and what must be declared to read it. */
export const TOOL_CASES: readonly ToolCase[] = [
  { name: 'SurveyXact ; Windows-1252', input: sx('semicolon-cp1252', 'csv'), missing: { '6@labels': 5, '@blank': 2 } },
  { name: 'SurveyXact tab UTF-16LE', input: sx('tab-utf16', 'txt'), missing: { '6@labels': 5, '@blank': 2 } },
  { name: 'SurveyXact workbook', input: one('surveyxact/surveyxact.xlsx'), missing: { '6@labels': 5, '@blank': 2 } },
  {
    name: 'Qualtrics numeric',
    input: one('qualtrics/numeric.csv'),
    mapping: mapping('qualtrics/numeric.mapping.json'),
    missing: { '99@declared': 5, '-99@declared': 2 },
  },
  { name: 'Qualtrics choice text', input: one('qualtrics/choice-text.csv'), missing: { 'Ved ikke@token': 5, '@blank': 2 } },
  {
    name: 'REDCap raw',
    input: one('redcap/raw.csv'),
    mapping: mapping('redcap/raw.mapping.json'),
    missing: { 'UNK@declared': 5, '@blank': 1, '-999@declared': 1 },
  },
  { name: 'SurveyMonkey English', input: one('surveymonkey/english.csv'), missing: { "Don't know@token": 5, '@blank': 2 } },
  { name: 'Microsoft Forms xlsx', input: one('microsoft-forms/forms.xlsx'), missing: { 'Ved ikke@token': 5, '@blank': 2 } },
  {
    name: 'Danish Excel CSV Windows-1252',
    input: one('microsoft-forms/danish-excel-cp1252.csv'),
    missing: { 'Ved ikke@token': 5, '@blank': 2 },
  },
  { name: 'Danish Excel CSV UTF-8', input: one('microsoft-forms/danish-excel-utf8.csv'), missing: { 'Ved ikke@token': 5, '@blank': 2 } },
];

/**
 * Answers with roles as catalogue keys: every export shows roles as it wrote them ("Lærer",
 * "Teacher", a mapping's "lærer"), so scores are compared across tools by key.
 */
export function byKey<A extends { respondentRole: string; targetRole: string }>(
  answers: readonly A[],
  roleKeys: readonly { readonly role: string; readonly key: string }[],
): A[] {
  const key = new Map(roleKeys.map((r) => [r.role, r.key]));
  return answers.map((a) => ({ ...a, respondentRole: key.get(a.respondentRole) ?? a.respondentRole, targetRole: key.get(a.targetRole) ?? a.targetRole }));
}
