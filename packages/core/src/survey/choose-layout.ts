import Papa from 'papaparse';
import { detectTool } from '../survey-tools/detect-tool';
import type { ToolMapping } from '../survey-tools/tool-mapping';
import type { ToolKey } from '../survey-tools/types';
import { sniffText } from './sniff-text';
import { decodeSurveyBytes } from './survey-decoder';

/** How a file is read: streamed as relcap long/wide, or read whole with a survey tool's preset. Internal. */
export type LayoutChoice =
  | { readonly kind: 'relcap'; readonly reason: string }
  | { readonly kind: 'tool'; readonly workbook: boolean; readonly reason: string };

/** Mapping keys only survey-tool layouts read (docs/tools/index.md). */
const TOOL_ONLY_KEYS = ['tool', 'sheet', 'skipRows', 'dimensionSet', 'roleValues', 'missingCodes', 'labelSet', 'labelSets'] as const;

const isWorkbookBytes = (b: Uint8Array): boolean =>
  (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) || (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0);

/** Whether a mapping uses any field that only survey-tool layouts read. Internal. */
export function usesToolFields(m: ToolMapping | undefined): boolean {
  if (m === undefined) return false;
  if (TOOL_ONLY_KEYS.some((k) => m[k] !== undefined)) return true;
  return Object.values(m.columns).some((c) => c.labelSet !== undefined || c.missingCodes !== undefined);
}

/** What decides the layout besides the first bytes. Internal. */
export interface LayoutHints {
  readonly file: string | undefined;
  readonly tool: 'auto' | ToolKey;
  readonly mapping: ToolMapping | undefined;
  /** A survey-tool-only option was given (missing codes, side tables, sheet, skipRows). */
  readonly toolOptions: boolean;
  readonly encoding: 'auto' | 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
}

/**
 * Decides how to read a file from its first bytes (up to 64 KiB) and the options: a workbook
 * (zip or old .xls bytes, or an .xls/.xlsx name), a forced preset, a survey-tool-only option or
 * mapping field, or header rows a survey tool writes (`detectTool`) mean the survey-tool path;
 * everything else is streamed as relcap long or wide. Text that cannot be decoded or split here
 * goes to the relcap path, whose reader reports the problem with its location. Internal.
 */
export function chooseLayout(head: Uint8Array, ended: boolean, h: LayoutHints): LayoutChoice {
  if (isWorkbookBytes(head) || (h.file !== undefined && /\.xls[xm]?$/i.test(h.file))) {
    return { kind: 'tool', workbook: true, reason: 'a workbook' };
  }
  if (h.tool !== 'auto') return { kind: 'tool', workbook: false, reason: `preset "${h.tool}" forced by the user` };
  if (h.toolOptions) return { kind: 'tool', workbook: false, reason: 'a survey-tool option was given' };
  if (usesToolFields(h.mapping)) return { kind: 'tool', workbook: false, reason: 'the mapping has survey-tool fields' };
  let rows: string[][];
  try {
    const text = decodeSurveyBytes(head, { encoding: h.encoding, file: h.file, partial: !ended }).text;
    const upTo = ended ? text : text.slice(0, text.lastIndexOf('\n') + 1);
    const shape = sniffText(upTo, true);
    if (shape === undefined) return { kind: 'relcap', reason: 'relcap long or wide format' };
    rows = Papa.parse<string[]>(upTo, { delimiter: shape.delimiter, preview: 4, skipEmptyLines: true }).data;
  } catch {
    return { kind: 'relcap', reason: 'relcap long or wide format' };
  }
  const d = detectTool({ rows: rows.slice(0, 3) });
  return d.tool === 'generic'
    ? { kind: 'relcap', reason: 'relcap long or wide format' }
    : { kind: 'tool', workbook: false, reason: `detected ${d.tool}: ${d.reason}` };
}
