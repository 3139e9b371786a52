import { SurveyFormatError } from '../../errors/relcap-error';
import type { ToolTable, ValueLabel } from '../tool-table';
import type { RawTable } from '../types';
import { buildToolTable } from './build-table';

const MODULE = 'survey-tools/surveyxact';

/** SurveyXact's dataset plus its optional labels and structure tables. */
export interface SurveyXactInput {
  readonly dataset: RawTable;
  /** Labels table without header: variable, value, label. */
  readonly labels?: RawTable;
  /** Structure table: questionName, variableName, questionType, subType, questionText, choiceValue, choiceText. */
  readonly structure?: RawTable;
}

const at = (t: RawTable, i: number) => ({ ...(t.file !== undefined ? { file: t.file } : {}), line: t.lines[i] ?? i + 1 });

/** Reads the labels table into value labels per variable; a repeated variable+value is an error. */
function readLabels(t: RawTable): Map<string, ValueLabel[]> {
  const out = new Map<string, ValueLabel[]>();
  t.rows.forEach((row, i) => {
    const [variable = '', code = '', label = ''] = row.map((c) => c.trim());
    if (variable === '' && code === '' && label === '') return;
    if (variable === '' || code === '') {
      throw new SurveyFormatError('RELCAP_SX_LABELS_ROW', `${MODULE}: a labels row needs a variable and a value`, {
        ...at(t, i),
        value: row.join(';'),
        expected: 'variable;value;label (no header row)',
      });
    }
    const list = out.get(variable) ?? [];
    const twin = list.find((v) => v.code === code);
    if (twin !== undefined) {
      throw new SurveyFormatError('RELCAP_SX_LABELS_TWICE', `${MODULE}: value ${code} of ${variable} is labelled twice`, {
        ...at(t, i),
        column: variable,
        value: label,
        expected: `one label per value (line ${twin.line} already says "${twin.label}")`,
      });
    }
    list.push({ code, label, ...(t.file !== undefined ? { file: t.file } : {}), line: t.lines[i] ?? i + 1 });
    out.set(variable, list);
  });
  return out;
}

/** Reads the structure table: question text and choices per variable. */
function readStructure(t: RawTable): { texts: Map<string, string>; choices: Map<string, ValueLabel[]> } {
  const header = (t.rows[0] ?? []).map((c) => c.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name.toLowerCase());
  const [v, q, cv, ct] = [col('variableName'), col('questionText'), col('choiceValue'), col('choiceText')];
  if (v < 0 || q < 0) {
    throw new SurveyFormatError('RELCAP_SX_STRUCTURE_HEADER', `${MODULE}: the structure table lacks its header`, {
      ...at(t, 0),
      value: (t.rows[0] ?? []).join(';'),
      expected: 'a header with variableName and questionText (and choiceValue, choiceText)',
    });
  }
  const texts = new Map<string, string>();
  const choices = new Map<string, ValueLabel[]>();
  t.rows.slice(1).forEach((row, k) => {
    const name = (row[v] ?? '').trim();
    if (name === '') return;
    if (!texts.has(name)) texts.set(name, (row[q] ?? '').trim());
    const code = cv >= 0 ? (row[cv] ?? '').trim() : '';
    if (code === '') return;
    const list = choices.get(name) ?? [];
    if (!list.some((c) => c.code === code)) {
      list.push({ code, label: (row[ct] ?? '').trim(), ...(t.file !== undefined ? { file: t.file } : {}), line: t.lines[k + 1] ?? k + 2 });
    }
    choices.set(name, list);
  });
  return { texts, choices };
}

/**
 * SurveyXact export: a dataset with one header row of variable names (`s_1`, ... or the
 * designer's names) and numeric codes, status columns `stato_*` (metadata) and a phantom empty
 * last column (dropped); question texts from the structure table (grid rows as
 * "<question> - <row>"), value labels from the labels table (or, without one, the structure's
 * choices). Codes labelled "Ved ikke", "Ikke relevant" or alike become declared missing codes in
 * {@link applyMapping}.
 *
 * @example
 * ```ts
 * const t = shapeSurveyXact({ dataset, labels, structure });
 * t.columns.find((c) => c.name === 's_1')?.text; // 'Hvor ofte ... - Lærer'
 * ```
 */
export function shapeSurveyXact(input: SurveyXactInput, reason = 'forced'): ToolTable {
  const names = input.dataset.rows[0] ?? [];
  const labels = input.labels !== undefined ? readLabels(input.labels) : undefined;
  const structure = input.structure !== undefined ? readStructure(input.structure) : undefined;
  const notes = ['read one header row of variable names; stato_* columns are metadata'];
  if (labels !== undefined) notes.push(`value labels from ${input.labels?.file ?? 'the labels table'}`);
  else if (structure !== undefined) notes.push('value labels from the structure table choices');
  if (structure !== undefined) notes.push(`question texts from ${input.structure?.file ?? 'the structure table'}`);
  return buildToolTable(input.dataset, {
    tool: 'surveyxact',
    reason,
    names,
    texts: names.map((n) => structure?.texts.get(n.trim())),
    dataStart: 1,
    isMeta: (name) => /^stato_\d+$/i.test(name) || /^statoverall_\d+$/i.test(name),
    ...(names.some((n) => n.trim().toLowerCase() === 'respondentid') ? { idColumn: 'respondentid' } : {}),
    notes,
    extra: (name) => {
      const v = labels?.get(name) ?? structure?.choices.get(name);
      return v !== undefined && v.length > 0 ? { valueLabels: v } : {};
    },
  });
}
