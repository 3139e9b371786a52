import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type ImportToolOptions,
  parseMissingCodes,
  parseToolMapping,
  readToolInput,
  TEXT_ENCODINGS,
  type TextEncodingName,
  TOOL_KEYS,
  type ToolFile,
  type ToolInput,
  type ToolKey,
} from '@relcap/core';
import { type FlagSpecs, type ParsedArgs, stringFlag } from '../args';
import { toIoError } from '../cli-errors';
import type { CliIo } from '../cli-io';
import { readTextFile } from './read-text-file';

/** The `--encoding` flag of `relcap inspect` (`score` has its own with the same values). */
export const TOOL_ENCODING_FLAG: FlagSpecs = {
  encoding: {
    type: 'string',
    valueName: 'ENC',
    choices: ['auto', ...TEXT_ENCODINGS],
    description: `text encoding: auto (default: BOM, else UTF-8, else Windows-1252), ${TEXT_ENCODINGS.join(', ')}`,
  },
};

/** Flags for survey-tool exports (issue 5): preset, missing codes, SurveyXact side tables, sheet. */
export const TOOL_FLAGS: FlagSpecs = {
  preset: {
    type: 'string',
    valueName: 'TOOL',
    choices: [...TOOL_KEYS],
    description: `read the export as this tool's layout instead of detecting it: ${TOOL_KEYS.join(', ')}`,
  },
  'missing-codes': {
    type: 'string',
    valueName: 'LIST',
    description: 'codes that mean "no answer" in every rating column, e.g. 6,99,-99,UNK (never guessed)',
  },
  labels: { type: 'string', valueName: 'FILE', description: 'SurveyXact labels table (variable;value;label), when exported as its own file' },
  structure: { type: 'string', valueName: 'FILE', description: 'SurveyXact structure table, when exported as its own file' },
  sheet: { type: 'string', valueName: 'NAME', description: 'workbook sheet with the answers (default: Dataset, else the first sheet)' },
};

/** Whether any survey-tool flag was given, so the caller knows to read the file as a tool export. */
export function hasToolFlags(args: ParsedArgs): boolean {
  return ['preset', 'missing-codes', 'labels', 'structure', 'sheet'].some((f) => args.values[f] !== undefined);
}

async function readBytes(io: CliIo, file: string): Promise<ToolFile> {
  try {
    return { bytes: await readFile(resolve(io.cwd, file)), file };
  } catch (e) {
    throw toIoError(e, 'read', file);
  }
}

/**
 * Reads a survey-tool export named on the command line (the data file, and `--labels` and
 * `--structure` when given) into core's `ToolInput`, and turns the flags (and a `--mapping` file,
 * parsed by core `parseToolMapping`) into `importFromTool` options. Bad values are core errors
 * (`OptionsError`: exit 2; `SurveyFormatError`, `MappingError`: exit 1).
 *
 * @example
 * ```ts
 * const { input, options } = await toolRunFromFlags(args, io, 'svar.xlsx');
 * const { answers, report } = importFromTool(input, options);
 * ```
 */
export async function toolRunFromFlags(
  args: ParsedArgs,
  io: CliIo,
  file: string,
): Promise<{ input: ToolInput; options: Partial<ImportToolOptions> }> {
  const encoding = stringFlag(args, 'encoding');
  const labels = stringFlag(args, 'labels');
  const structure = stringFlag(args, 'structure');
  const input = await readToolInput(
    await readBytes(io, file),
    {
      ...(labels !== undefined ? { labels: await readBytes(io, labels) } : {}),
      ...(structure !== undefined ? { structure: await readBytes(io, structure) } : {}),
    },
    (TEXT_ENCODINGS as readonly string[]).includes(encoding ?? '') ? { encoding: encoding as TextEncodingName } : {},
  );
  const mappingFile = stringFlag(args, 'mapping');
  const codes = stringFlag(args, 'missing-codes');
  const preset = stringFlag(args, 'preset');
  const sheet = stringFlag(args, 'sheet');
  const set = stringFlag(args, 'dimension-set');
  const options: Partial<ImportToolOptions> = {
    ...(mappingFile !== undefined ? { mapping: parseToolMapping(await readTextFile(io, mappingFile), mappingFile) } : {}),
    ...(codes !== undefined ? { missingCodes: parseMissingCodes(codes) } : {}),
    ...(preset !== undefined ? { tool: preset as ToolKey } : {}),
    ...(sheet !== undefined ? { sheet } : {}),
    ...(set !== undefined ? { dimensionSet: set } : {}),
  };
  return { input, options };
}
