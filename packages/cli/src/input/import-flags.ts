import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importDimensionSet, parseMapping, parseMissingCodes, type SurveyImportOptions, type ToolKey } from '@relcap/core';
import { type ParsedArgs, stringFlag } from '../args';
import { toIoError } from '../cli-errors';
import type { CliIo } from '../cli-io';
import { readTextFile } from './read-text-file';
import { type SurveyRunOptions, surveyFlagOptions } from './survey-flags';

/** Import options read from the flags, without `onAnswer` (the caller adds where answers go). */
export type ImportFlagOptions = Omit<Partial<SurveyImportOptions>, 'onAnswer'>;

async function side(io: CliIo, file: string | undefined): Promise<SurveyImportOptions['labels']> {
  if (file === undefined) return undefined;
  try {
    return { source: await readFile(resolve(io.cwd, file)), file };
  } catch (e) {
    throw toIoError(e, 'read', file);
  }
}

/**
 * Every import flag as core `importSurvey` options: the survey flags ({@link surveyFlagOptions}),
 * the `--mapping` file (core `parseMapping`, the one mapping type), `--preset`,
 * `--missing-codes`, `--sheet` and SurveyXact's `--labels` and `--structure` files. The CLI
 * decides nothing about the layout: core does. The scorer's dimension set is core's
 * `importDimensionSet` (the flag, else the mapping's, else relational coordination).
 *
 * @example
 * ```ts
 * const { importOptions, scoreOptions } = await importOptionsFromFlags('relcap score', args, io);
 * ```
 */
export async function importOptionsFromFlags(
  command: string,
  args: ParsedArgs,
  io: CliIo,
): Promise<{ readonly importOptions: ImportFlagOptions; readonly scoreOptions: SurveyRunOptions['scoreOptions'] }> {
  const { importOptions, scoreOptions } = surveyFlagOptions(command, args);
  const mappingFile = stringFlag(args, 'mapping');
  const mapping = mappingFile === undefined ? undefined : parseMapping(await readTextFile(io, mappingFile), mappingFile);
  const codes = stringFlag(args, 'missing-codes');
  const preset = stringFlag(args, 'preset');
  const sheet = stringFlag(args, 'sheet');
  const labels = await side(io, stringFlag(args, 'labels'));
  const structure = await side(io, stringFlag(args, 'structure'));
  const options: ImportFlagOptions = {
    ...importOptions,
    ...(mapping !== undefined ? { mapping } : {}),
    ...(codes !== undefined ? { missingCodes: parseMissingCodes(codes) } : {}),
    ...(preset !== undefined ? { tool: preset as ToolKey } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
    ...(labels !== undefined ? { labels } : {}),
    ...(structure !== undefined ? { structure } : {}),
  };
  return { importOptions: options, scoreOptions: { ...scoreOptions, dimensionSet: importDimensionSet(options) } };
}
