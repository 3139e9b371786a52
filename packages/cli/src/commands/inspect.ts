import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type ColumnProposal, type DelimitedTable, importSurvey, inspectSurvey, type MappingProposal, type ToolTable } from '@relcap/core';
import { booleanFlag, expectPositionals, stringFlag } from '../args';
import { EXIT_CODES } from '../exit-codes';
import { toIoError } from '../cli-errors';
import { importOptionsFromFlags } from '../input/import-flags';
import { TOOL_ENCODING_FLAG, TOOL_FLAGS } from '../input/tool-flags';
import { emit } from '../output/emit';
import { renderTable } from '../output/table';
import { formatToolReport } from '../output/tool-report';
import { type Command, JSON_FLAG, LANG_FLAG, type Lang, langOf } from './command';

const USE: Readonly<Record<ColumnProposal['use'], Record<Lang, string>>> = {
  id: { da: 'id', en: 'id' },
  role: { da: 'rolle', en: 'role' },
  rating: { da: 'vurdering', en: 'rating' },
  meta: { da: 'metadata', en: 'metadata' },
  unused: { da: 'ubrugt', en: 'unused' },
};

const T = {
  da: {
    header: ['kolonne', 'brug', 'dimension', 'mål-rolle', 'eksempler', 'hvorfor'],
    read: (n: number, c: number) => `${n} besvarelser, ${c} kolonner`,
    warnings: 'Tjek:',
    saved: (f: string) => `Forslag til mapping gemt i ${f}. Ret den, og kør: relcap score FIL --mapping ${f}`,
    next: 'Gem forslaget med --out mapping.json, ret det, og kør: relcap score FIL --mapping mapping.json',
  },
  en: {
    header: ['column', 'use', 'dimension', 'target', 'samples', 'why'],
    read: (n: number, c: number) => `${n} respondents, ${c} columns`,
    warnings: 'Check:',
    saved: (f: string) => `Proposed mapping written to ${f}. Edit it, then run: relcap score FILE --mapping ${f}`,
    next: 'Save the proposal with --out mapping.json, edit it, then run: relcap score FILE --mapping mapping.json',
  },
} as const;

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The text report of `relcap inspect`: the preset and why, how the file was decoded, every column
 * with its use, dimension, target, sample values and the reason, and what to check.
 *
 * @example
 * ```ts
 * io.stdout.write(formatInspection(table, proposal, data, 'en'));
 * ```
 */
export function formatInspection(table: ToolTable, proposal: MappingProposal, data: Partial<DelimitedTable>, lang: Lang): string {
  const t = T[lang];
  const lines = [`${table.file ?? ''}: ${table.tool} (${table.reason})`];
  if (data.encoding !== undefined) lines.push(`encoding: ${data.encoding} (${data.encodingReason}), delimiter ${JSON.stringify(data.delimiter)}`);
  lines.push(...table.notes, t.read(table.rows.length, table.columns.length), '');
  const rows = proposal.columns.map((c) => [
    clip(c.column, 48),
    USE[c.use][lang],
    c.dimension ?? '',
    c.target ?? '',
    clip(c.samples.join(' | '), 40),
    clip(c.reason, 90),
  ]);
  let out = lines.join('\n') + '\n' + renderTable(t.header.map((header) => ({ header })), rows);
  if (proposal.warnings.length > 0) out += `\n${t.warnings}\n${proposal.warnings.map((w) => `- ${w}`).join('\n')}\n`;
  return out;
}

/** `relcap inspect FILE`: detect the tool, show the columns, propose a mapping to edit and reuse. */
export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'Show what a survey export holds and propose a mapping (JSON) to edit and reuse',
  details: [
    'Recognises SurveyXact, Qualtrics, REDCap, SurveyMonkey and Microsoft Forms exports (.csv, .txt, .xlsx) from their header rows and says why; --preset forces a layout. Each column is listed with sample values and what relcap proposes it holds: the respondent id, the respondent role, or a rating of a target role on a dimension, read from the column name or question text in Danish or English.',
    'The proposed mapping is printed after the table, or written to --out FILE. Edit it (fill in role codes, declare missing codes, add columns relcap could not tell) and pass it to relcap score --mapping FILE; the same mapping reads the next wave of the same survey. Missing codes are never guessed: answers outside the scale are listed under "Check".',
  ],
  positionals: [{ name: 'FILE', description: 'the export (.csv, .txt, .tsv or .xlsx)' }],
  flags: {
    ...TOOL_FLAGS,
    ...TOOL_ENCODING_FLAG,
    mapping: { type: 'string', valueName: 'FILE', description: 'check an edited mapping instead of proposing one' },
    'dimension-set': { type: 'string', valueName: 'KEY', description: 'relational_coordination (default), relational_capacity or citizen_experience' },
    out: { type: 'string', short: 'o', valueName: 'FILE', description: 'write the proposed mapping (JSON) to FILE' },
    ...JSON_FLAG,
    ...LANG_FLAG,
  },
  examples: [
    'relcap inspect qualtrics.csv --out mapping.json',
    'relcap inspect dataset.csv --labels labels.csv --structure structure.csv',
    'relcap inspect svar.xlsx --missing-codes 99,-99 --lang da',
  ],
  async run(args, io) {
    const [file] = expectPositionals('relcap inspect', args, ['FILE']) as [string];
    const lang = langOf(args);
    const { importOptions: options } = await importOptionsFromFlags('relcap inspect', args, io);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(resolve(io.cwd, file));
    } catch (e) {
      throw toIoError(e, 'read', file);
    }
    if (options.mapping !== undefined) {
      // Check an edited mapping: read the whole file with it (core's one import path) and report what it gave.
      const summary = await importSurvey(bytes, { ...options, file, onAnswer: () => undefined });
      const report = summary.toolReport ?? summary;
      if (booleanFlag(args, 'json')) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else if (summary.toolReport !== undefined) io.stdout.write(formatToolReport(summary.toolReport, lang));
      else io.stdout.write(`${file}: ${summary.reason}, ${summary.rows} rows, ${summary.answerCount} answers\n`);
      return EXIT_CODES.ok;
    }
    const { mapping: _m, ...readOptions } = options;
    const { table, proposal, text } = await inspectSurvey(bytes, { ...readOptions, file });
    const mappingJson = `${JSON.stringify(proposal.mapping, null, 2)}\n`;
    const data: Partial<DelimitedTable> = text === undefined ? {} : { encoding: text.encoding as DelimitedTable['encoding'], encodingReason: text.reason, delimiter: text.delimiter as DelimitedTable['delimiter'] };
    const out = stringFlag(args, 'out');
    if (booleanFlag(args, 'json')) {
      const doc = { tool: table.tool, reason: table.reason, notes: table.notes, columns: proposal.columns, warnings: proposal.warnings, mapping: proposal.mapping };
      io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      if (out !== undefined) await emit(io, mappingJson, out);
      return EXIT_CODES.ok;
    }
    io.stdout.write(formatInspection(table, proposal, data, lang));
    if (out !== undefined) {
      await emit(io, mappingJson, out);
      io.stdout.write(`\n${T[lang].saved(out)}\n`);
    } else {
      io.stdout.write(`\n${mappingJson}\n${T[lang].next}\n`);
    }
    return EXIT_CODES.ok;
  },
};
