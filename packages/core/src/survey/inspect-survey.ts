import { type MappingProposal, proposeMapping } from '../survey-tools/propose-mapping';
import type { DelimitedTable } from '../survey-tools/read-delimited';
import { shapeTable } from '../survey-tools/shape-table';
import type { ToolTable } from '../survey-tools/tool-table';
import { checkToolOptions, IMPORT_SURVEY_EXTRAS, type SurveyImportOptions } from './import-survey-options';
import { readToolSource, shapeOptionsOf } from './import-tool-export';
import { readHead, type SurveySource } from './survey-source';

/** What {@link inspectSurvey} found: the table, the proposed mapping, and how the text was read. */
export interface SurveyInspection {
  readonly table: ToolTable;
  readonly proposal: MappingProposal;
  /** How text was decoded and split; absent for a workbook. */
  readonly text?: { readonly encoding: string; readonly reason: string; readonly delimiter: string };
}

/** Options of {@link inspectSurvey}: the reading options of {@link importSurvey}. */
export type InspectOptions = Omit<Partial<SurveyImportOptions>, 'onAnswer' | 'mapping'>;

/**
 * Reads an export as `importSurvey` reads a survey tool's export (the same decoder, sniffer,
 * workbook reader and limits), detects the tool and proposes a mapping to edit and reuse: what
 * `relcap inspect` shows. The mapping carries the codes the tool's labels table calls
 * "Ved ikke" (and alike) as missing codes, so the data scores with the mapping alone.
 *
 * @example
 * ```ts
 * const { table, proposal } = await inspectSurvey(bytes, { file: 'dataset.csv', labels: { source: labelBytes } });
 * fs.writeFileSync('mapping.json', JSON.stringify(proposal.mapping, null, 2));
 * ```
 */
export async function inspectSurvey(source: SurveySource, options: InspectOptions = {}): Promise<SurveyInspection> {
  checkToolOptions({ ...options, onAnswer: () => undefined });
  const o = { ...IMPORT_SURVEY_EXTRAS, encoding: 'auto', delimiter: 'auto', file: undefined, ...options } as const;
  const input = await readToolSource(await readHead(source, 0), o);
  const table = shapeTable(input, shapeOptionsOf(o));
  const set = o.dimensionSet;
  const proposal = proposeMapping(table, {
    missingCodes: o.missingCodes,
    ...(set !== undefined ? { dimensionSet: set.key, customDimensionSets: [set, ...o.customDimensionSets] } : { customDimensionSets: o.customDimensionSets }),
    professions: o.professions,
    labelSets: o.labelSets,
  });
  const d = input.data as Partial<DelimitedTable>;
  const text = d.encoding !== undefined ? { encoding: d.encoding, reason: d.encodingReason ?? '', delimiter: d.delimiter ?? ',' } : undefined;
  return { table, proposal, ...(text !== undefined ? { text } : {}) };
}
