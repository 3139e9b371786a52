// Issue 9: before the two old import paths are deleted, the one new path (core importSurvey)
// must give the same answers on every survey fixture in the repository. The old path is the
// CLI's choice between score-tool-export (survey-tools) and score-survey-file (streamSurvey).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Answer,
  createScorer,
  getDimensionSet,
  importSurvey,
  parseMapping,
  parseMissingCodes,
  RelcapError,
  type SurveyScore,
} from '@relcap/core';
import { describe, expect, it } from 'vitest';
import type { ParsedArgs } from '../src/args';
import type { CliIo } from '../src/cli-io';
import { scoreSurveyFile } from '../src/input/score-survey-file';
import { isToolExport, scoreToolExport } from '../src/input/score-tool-export';
import { surveyOptionsFromFlags } from '../src/input/survey-flags';

const root = join(__dirname, '..', '..', '..');
const io: CliIo = { stdout: { write: () => 0 }, stderr: { write: () => 0 }, cwd: root, isTTY: false };

interface Case {
  readonly file: string;
  readonly flags?: Record<string, string>;
}

const T = 'tests/fixtures/tools';
const CASES: readonly Case[] = [
  { file: 'tests/fixtures/survey/long.csv' },
  { file: 'tests/fixtures/survey/danish-wide-windows-1252.csv' },
  { file: 'tests/fixtures/survey/danish-wide-semicolon-bom.csv' },
  { file: 'tests/fixtures/cli/teachers-pedagogues.csv' },
  { file: 'examples/data/survey-example.csv' },
  { file: `${T}/qualtrics/numeric.csv`, flags: { mapping: `${T}/qualtrics/numeric.mapping.json` } },
  { file: `${T}/qualtrics/numeric.csv` },
  { file: `${T}/qualtrics/choice-text.csv` },
  { file: `${T}/surveymonkey/english.csv` },
  { file: `${T}/redcap/raw.csv`, flags: { mapping: `${T}/redcap/raw.mapping.json` } },
  { file: `${T}/redcap/raw.csv` },
  { file: `${T}/mystery/mystery.csv` },
  { file: `${T}/surveyxact/surveyxact.xlsx` },
  { file: `${T}/surveyxact/semicolon-cp1252/dataset.csv`, flags: { labels: `${T}/surveyxact/semicolon-cp1252/labels.csv`, structure: `${T}/surveyxact/semicolon-cp1252/structure.csv` } },
  { file: `${T}/surveyxact/tab-utf16/dataset.txt`, flags: { labels: `${T}/surveyxact/tab-utf16/labels.txt`, structure: `${T}/surveyxact/tab-utf16/structure.txt` } },
  { file: `${T}/surveyxact/semicolon-cp1252/dataset.csv`, flags: { labels: `${T}/bad/labels-ved-ikke-5.csv` } },
  { file: `${T}/surveyxact/semicolon-cp1252/dataset.csv`, flags: { labels: `${T}/bad/labels-contradict.csv` } },
  { file: `${T}/microsoft-forms/forms.xlsx` },
  { file: `${T}/microsoft-forms/danish-excel-utf8.csv` },
  { file: `${T}/microsoft-forms/danish-excel-cp1252.csv` },
  { file: `${T}/qualtrics/numeric.csv`, flags: { 'missing-codes': '99,-99' } },
  { file: `${T}/bad/truncated.xlsx` },
  { file: `${T}/bad/utf16le-no-bom.txt` },
];

type Outcome = { readonly score: SurveyScore; readonly answers: number; readonly missing: number } | { readonly error: string };

const args = (flags: Record<string, string>): ParsedArgs => ({ values: { 'min-raters': '1', ...flags }, positionals: [] });

async function oldPath(c: Case): Promise<Outcome> {
  try {
    const a = args(c.flags ?? {});
    if (await isToolExport(a, io, c.file)) {
      const { score, summary } = await scoreToolExport('relcap score', a, io, c.file);
      return { score, answers: summary.answerCount, missing: summary.missing };
    }
    const { importOptions, scoreOptions } = await surveyOptionsFromFlags('relcap score', a, io);
    const { score, summary } = await scoreSurveyFile(io, c.file, importOptions, scoreOptions);
    return { score, answers: summary.answerCount, missing: summary.missing };
  } catch (e) {
    if (e instanceof RelcapError) return { error: e.code };
    throw e;
  }
}

const side = (f: string | undefined) => (f === undefined ? undefined : { source: readFileSync(join(root, f)), file: f });

async function newPath(c: Case): Promise<Outcome> {
  const f = c.flags ?? {};
  try {
    const mapping = f.mapping === undefined ? undefined : parseMapping(readFileSync(join(root, f.mapping), 'utf8'), f.mapping);
    const set = mapping?.dimensionSet === undefined ? undefined : getDimensionSet(mapping.dimensionSet);
    const scorer = createScorer({ minRaters: 1, ...(set !== undefined ? { dimensionSet: set } : {}) });
    const summary = await importSurvey(readFileSync(join(root, c.file)), {
      file: c.file,
      onAnswer: (a: Answer) => scorer.add(a),
      mapping,
      labels: side(f.labels),
      structure: side(f.structure),
      missingCodes: f['missing-codes'] === undefined ? [] : parseMissingCodes(f['missing-codes']),
    });
    // For survey-tool exports the new path shows roles as written; the old one gave catalogue
    // keys (issue 9 calls that wrong). Compare those by key.
    const key = new Map(summary.tool === undefined ? [] : summary.roleKeys.map((r) => [r.role, r.key]));
    const score = JSON.parse(JSON.stringify(scorer.finish(), (_k, v: unknown) => (typeof v === 'string' ? (key.get(v) ?? v) : v))) as SurveyScore;
    return { score, answers: summary.answerCount, missing: summary.missing };
  } catch (e) {
    if (e instanceof RelcapError) return { error: e.code };
    throw e;
  }
}

describe('the one import path gives what the two old paths gave, on every fixture', () => {
  it.each(CASES.map((c) => [`${c.file} ${JSON.stringify(c.flags ?? {})}`, c] as const))('%s', async (_name, c) => {
    const before = await oldPath(c);
    const after = await newPath(c);
    expect(after).toEqual(before);
  });
});
