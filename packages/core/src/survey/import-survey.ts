import { getDimensionSet } from '../dimensions/registry';
import type { DimensionSet } from '../dimensions/types';
import { chooseLayout } from './choose-layout';
import { createSurveyReader } from './create-survey-reader';
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions, resolveImportOptions } from './import-options';
import type { ImportSummary } from './import-summary';
import { checkToolOptions, IMPORT_SURVEY_EXTRAS, type SurveyImportOptions } from './import-survey-options';
import { importToolExport } from './import-tool-export';
import { headBytes, readHead, type SurveySource } from './survey-source';

/** Bytes read before the layout is decided. */
const HEAD_BYTES = 64 * 1024;

/**
 * The dimension set an import (and its scoring) uses: the option, else the mapping's
 * `dimensionSet`, else relational coordination. Callers that score the answers use this, so the
 * scorer and the importer never disagree.
 *
 * @example
 * ```ts
 * const scorer = createScorer({ dimensionSet: importDimensionSet({ mapping }) });
 * ```
 */
export function importDimensionSet(o: Partial<Pick<SurveyImportOptions, 'dimensionSet' | 'mapping' | 'customDimensionSets'>>): DimensionSet {
  if (o.dimensionSet !== undefined) return o.dimensionSet;
  const key = o.mapping?.dimensionSet;
  return key === undefined ? DEFAULT_IMPORT_OPTIONS.dimensionSet : getDimensionSet(key, o.customDimensionSets ?? []);
}

/**
 * Imports a survey, whatever its layout: relcap long or wide CSV (streamed: memory does not grow
 * with the rows) or a survey tool's export (SurveyXact, Qualtrics, REDCap, SurveyMonkey,
 * Microsoft Forms, as .csv/.txt or .xlsx; read whole within `limits`). One decoder decides the
 * encoding per file (a byte order mark, else UTF-8, else Windows-1252 only when nothing before
 * the first non-UTF-8 byte was non-ASCII; a mix is `RELCAP_BAD_ENCODING` with line and column),
 * one sniffer the delimiter, one mapping type (what `relcap inspect` writes) says which column
 * holds what. Each answer goes to `onAnswer` as it is read (the object may be refilled for the
 * next answer, so that no object is made per answer: copy what you keep, e.g.
 * `{ ...a, source: { ...a.source } }`); the promise resolves to one {@link ImportSummary}
 * for every layout. Strict mode rejects with the first problem (a located `RelcapError`);
 * lenient mode skips the bad cell or row and lists it in `issues`. Rows of people invited who
 * never answered (no role, no answer) are skipped and counted in `unanswered`.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * const scorer = createScorer();
 * const summary = await importSurvey(createReadStream('svar.csv'), { file: 'svar.csv', onAnswer: (a) => scorer.add(a) });
 * console.log(summary.tool ?? summary.format, summary.answerCount, summary.unanswered);
 * ```
 */
export async function importSurvey(source: SurveySource, options: Partial<SurveyImportOptions>): Promise<ImportSummary> {
  checkToolOptions(options);
  const { dimensionSet, onAnswer, tool, sheet, skipRows, missingCodes, labels, structure, customDimensionSets, professions, labelSets, limits, ...rest } = {
    ...IMPORT_SURVEY_EXTRAS,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  } as unknown as SurveyImportOptions;
  const set = importDimensionSet({ dimensionSet, mapping: rest.mapping, customDimensionSets });
  // The relcap options are checked first, so a bad option is reported before any byte is read.
  const relcap: ImportOptions = resolveImportOptions({ ...rest, dimensionSet: set, mapping: rest.mapping });
  const head = await readHead(source, HEAD_BYTES);
  const toolOptions = missingCodes.length > 0 || labels !== undefined || structure !== undefined || sheet !== undefined || skipRows !== undefined;
  const choice = chooseLayout(headBytes(head, HEAD_BYTES), head.ended, { file: relcap.file, tool, mapping: rest.mapping, toolOptions, encoding: relcap.encoding });
  if (choice.kind === 'tool') {
    const o: SurveyImportOptions = { ...relcap, dimensionSet, onAnswer, tool, sheet, skipRows, missingCodes, labels, structure, customDimensionSets, professions, labelSets, limits };
    return importToolExport(head, o, choice.reason);
  }
  const reader = createSurveyReader(onAnswer, relcap, true);
  for (const chunk of head.chunks) reader.push(chunk);
  if (!head.ended) for await (const chunk of head.rest) reader.push(chunk);
  return reader.end();
}
