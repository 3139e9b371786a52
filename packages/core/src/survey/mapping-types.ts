import type { ToolMapping, ToolMappingColumn } from '../survey-tools/tool-mapping';

/**
 * What one mapped column holds: answers on `dimension` about the people in `target`, with an
 * optional label set and missing codes. The same type as a survey-tool mapping's column.
 *
 * @example
 * ```ts
 * const c: MappedColumn = { dimension: 'shared_goals', target: 'Lærer' };
 * ```
 */
export type MappedColumn = ToolMappingColumn;

/**
 * The one mapping type (JSON, `version: 1`), what `relcap inspect` writes: which column holds the
 * respondent id and role, which columns hold which rating, which codes mean "no answer", which
 * label sets the answers use. A relcap wide file and every survey tool's export read it. See
 * docs/survey-import.md and docs/tools/index.md.
 *
 * @example
 * ```ts
 * const m: SurveyMapping = {
 *   version: 1,
 *   respondentId: 'ID',
 *   respondentRole: 'Faggruppe',
 *   missingCodes: ['6'],
 *   columns: { Q3_1: { dimension: 'shared_goals', target: 'Lærer' } },
 *   ignore: ['Start time'],
 * };
 * ```
 */
export type SurveyMapping = ToolMapping;
