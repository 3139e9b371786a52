import { parseToolMapping } from '../survey-tools/parse-tool-mapping';
import type { SurveyMapping } from './mapping-types';

const IDENT = /^[A-Za-z_$][\w$]*$/;

/**
 * JSON path of a key under `base`: `columns.Q3_1` or `columns["Start time"]`. Internal.
 *
 * @example
 * ```ts
 * jsonPath('columns', 'Start time'); // 'columns["Start time"]'
 * ```
 */
export const jsonPath = (base: string, key: string): string =>
  IDENT.test(key) ? (base === '' ? key : `${base}.${key}`) : `${base}[${JSON.stringify(key)}]`;

/**
 * Parses and validates a mapping file (JSON, see {@link SurveyMapping}): the one parser for
 * relcap wide files and survey-tool exports (`parseToolMapping`). Every problem is a
 * `MappingError` whose `location.path` is the JSON path (`columns.Q3_1.dimension`); a syntax
 * error carries the 1-based `line` instead. Names of dimensions, label sets and columns are
 * checked when the mapping meets a file.
 *
 * @example
 * ```ts
 * const mapping = parseMapping('{"version":1,"columns":{"Q3_1":{"dimension":"shared_goals","target":"Lærer"}}}');
 * await importSurvey(csvText, { mapping, onAnswer });
 * ```
 */
export function parseMapping(text: string, file?: string): SurveyMapping {
  return parseToolMapping(text, file);
}
