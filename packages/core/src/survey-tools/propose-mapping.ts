import { findDimension, getDimensionSet } from '../dimensions/registry';
import type { DimensionSet } from '../dimensions/types';
import type { Profession } from '../map/professions';
import { dimensionCues, ID_COLUMN_CUES, professionPhrases, RC_DIMENSION_CUES, ROLE_COLUMN_CUES } from './cues';
import { BUILTIN_LABEL_SETS, type LabelSet } from './label-sets';
import { findPhrase, words } from './match-text';
import { isMissingLabel } from './missing-codes';
import { guessRating, isRating, type RatingMiss } from './propose-column';
import { fitRoles, fitValues, professionShare } from './propose-values';
import type { ToolMapping, ToolMappingColumn } from './tool-mapping';
import type { ToolColumn, ToolTable } from './tool-table';

/** What a proposal says about one column, with sample values and the reason. */
export interface ColumnProposal {
  readonly column: string;
  readonly text?: string;
  /** Up to three distinct non-empty values, as found. */
  readonly samples: readonly string[];
  readonly use: 'id' | 'role' | 'rating' | 'meta' | 'unused';
  readonly dimension?: string;
  readonly target?: string;
  readonly labelSet?: string;
  readonly reason: string;
}

/** A proposed mapping, every column explained, and what the user must check or fill in. */
export interface MappingProposal {
  readonly mapping: ToolMapping;
  readonly columns: readonly ColumnProposal[];
  readonly warnings: readonly string[];
}

/** What the proposal may use besides the table. */
export interface ProposeOptions {
  readonly dimensionSet: string;
  readonly customDimensionSets: readonly DimensionSet[];
  /** Cue phrases per dimension key (default {@link RC_DIMENSION_CUES}). */
  readonly cues: Readonly<Record<string, readonly string[]>>;
  readonly professions: readonly Profession[];
  readonly labelSets: readonly LabelSet[];
  /** Missing codes the user already declared: copied into the mapping, not reported as outside. */
  readonly missingCodes: readonly string[];
}

/** Defaults of {@link ProposeOptions}. */
export const DEFAULT_PROPOSE_OPTIONS: ProposeOptions = {
  dimensionSet: 'relational_coordination',
  customDimensionSets: [],
  cues: RC_DIMENSION_CUES,
  professions: [],
  labelSets: [],
  missingCodes: [],
};

const cellsOf = (t: ToolTable, c: ToolColumn): string[] => t.rows.map((r) => (r[c.index] ?? '').trim());
const ID_NAMES = new Set(ID_COLUMN_CUES.map((c) => words(c).join(' ')));
const roleCue = (c: ToolColumn): string | undefined =>
  ROLE_COLUMN_CUES.find((cue) => findPhrase(words(c.text ?? c.name), cue) >= 0 || findPhrase(words(c.name), cue) >= 0);

function missReason(g: RatingMiss): string {
  if (g.dimensions.length > 1) return `several dimensions (${g.dimensions.join(', ')})`;
  if (g.targets.length > 1) return `several roles (${g.targets.join(', ')})`;
  if (g.dimensions.length === 1) return `dimension ${g.dimensions[0]} but no target role`;
  if (g.targets.length === 1) return `role ${g.targets[0]} but no dimension`;
  return 'no dimension or role';
}

/**
 * Proposes a mapping for a tool's table: the respondent id column (the tool's own, or a column
 * named like one with unique values), the role column (named or worded like "faglig baggrund",
 * "profession", or holding profession names), and each rating column's dimension and target
 * role from its name or question text in Danish and English ({@link guessRating}), with the label
 * set its text answers use ({@link fitValues}). Role values go to profession keys through the
 * tool's value labels ({@link fitRoles}). Missing codes are never guessed: answers outside the
 * scale are only listed in `warnings`. Save `mapping` as JSON, edit it, and pass it back.
 *
 * @example
 * ```ts
 * const { mapping, columns, warnings } = proposeMapping(shapeTable({ data }));
 * fs.writeFileSync('mapping.json', JSON.stringify(mapping, null, 2));
 * ```
 */
export function proposeMapping(table: ToolTable, options: Partial<ProposeOptions> = {}): MappingProposal {
  const o = { ...DEFAULT_PROPOSE_OPTIONS, ...options };
  const set = getDimensionSet(o.dimensionSet, o.customDimensionSets);
  const cues = dimensionCues(set, o.cues);
  const phrases = professionPhrases(o.professions);
  const labelSets = [...o.labelSets, ...BUILTIN_LABEL_SETS];
  const declared = new Set(o.missingCodes);
  const warnings: string[] = [];
  const proposals: ColumnProposal[] = [];
  const columns: Record<string, ToolMappingColumn> = {};
  const outside = new Map<string, number>();
  let id = table.idColumn;
  let role: ToolColumn | undefined;

  for (const col of table.columns) {
    const cells = cellsOf(table, col);
    const samples = [...new Set(cells.filter((v) => v !== ''))].slice(0, 3);
    const base = { column: col.name, ...(col.text !== undefined ? { text: col.text } : {}), samples };
    if (col.name === id) {
      proposals.push({ ...base, use: 'id', reason: `${table.tool}'s respondent id column` });
      continue;
    }
    if (col.meta === true) {
      proposals.push({ ...base, use: 'meta', reason: `${table.tool} metadata column` });
      continue;
    }
    const guess = guessRating(col, cues, phrases);
    if (isRating(guess)) {
      const own = findDimension(set, guess.dimension)!.scale;
      const labelled = cells.filter((v) => !(col.valueLabels ?? []).some((l) => l.code === v && isMissingLabel(l.label)));
      const fit = fitValues(labelled, own, labelSets);
      for (const v of fit.outside) if (!declared.has(v)) outside.set(v, (outside.get(v) ?? 0) + 1);
      const ls = fit.labelSet !== undefined ? { labelSet: fit.labelSet } : {};
      // Codes the tool's labels table calls "Ved ikke" and alike travel with the mapping, so the
      // data file scores with the mapping alone (without the labels table again).
      const onScale = (code: string): boolean => Number.isInteger(Number(code)) && Number(code) >= own.min && Number(code) <= own.max;
      const miss = [...new Set((col.valueLabels ?? []).filter((l) => isMissingLabel(l.label) && !onScale(l.code)).map((l) => l.code))];
      columns[col.name] = { dimension: guess.dimension, target: guess.target, ...ls, ...(miss.length > 0 ? { missingCodes: miss } : {}) };
      proposals.push({ ...base, use: 'rating', dimension: guess.dimension, target: guess.target, ...ls, reason: guess.reason });
      continue;
    }
    const cue = roleCue(col);
    if (role === undefined && (cue !== undefined || professionShare(cells, col, o.professions) >= 0.8)) {
      role = col;
      const why = cue !== undefined ? `"${cue}" in its ${col.text !== undefined ? 'question text' : 'name'}` : 'its values are profession names';
      proposals.push({ ...base, use: 'role', reason: `the respondent's own role: ${why}` });
      continue;
    }
    if (id === undefined && ID_NAMES.has(words(col.name).join(' ')) && new Set(cells).size === cells.length) {
      id = col.name;
      proposals.push({ ...base, use: 'id', reason: 'named like an id, and every value is unique' });
      continue;
    }
    proposals.push({ ...base, use: 'unused', reason: `not mapped: found ${missReason(guess)}` });
  }

  let roleValues: Record<string, string> | undefined;
  if (role !== undefined) {
    const fit = fitRoles(cellsOf(table, role), role, o.professions);
    roleValues = fit.roleValues;
    warnings.push(...fit.warnings);
  } else warnings.push('no role column found: set "role" to the column with the respondent\'s profession');
  if (Object.keys(columns).length === 0) warnings.push('no rating columns found: add them under "columns"');
  if (outside.size > 0) {
    const list = [...outside].map(([v, n]) => `${v} (${n}x)`).join(', ');
    warnings.push(`answers outside the scale: ${list}; declare those that mean "no answer" as missing codes, the rest are errors`);
  }
  const used = new Set(Object.values(columns).map((c) => c.labelSet));
  const shared = used.size === 1 ? [...used][0] : undefined;
  const missLists = new Set(Object.values(columns).map((c) => JSON.stringify(c.missingCodes ?? [])));
  const sharedMissing = missLists.size === 1 ? (JSON.parse([...missLists][0]!) as string[]) : [];
  const missingCodes = [...new Set([...o.missingCodes, ...sharedMissing])];
  const mapping: ToolMapping = {
    version: 1,
    tool: table.tool,
    ...(o.dimensionSet !== DEFAULT_PROPOSE_OPTIONS.dimensionSet ? { dimensionSet: o.dimensionSet } : {}),
    ...(id !== undefined ? { respondentId: id } : {}),
    ...(role !== undefined ? { respondentRole: role.name } : {}),
    ...(roleValues !== undefined ? { roleValues } : {}),
    ...(missingCodes.length > 0 ? { missingCodes } : {}),
    ...(shared !== undefined ? { labelSet: shared } : {}),
    columns: simplify(columns, shared !== undefined, sharedMissing.length > 0),
    ignore: [],
  };
  return { mapping, columns: proposals, warnings };
}

/** Drops the per-column label set and missing codes when the mapping names them once for all columns. */
function simplify(columns: Record<string, ToolMappingColumn>, sharedSet: boolean, sharedMissing: boolean): Record<string, ToolMappingColumn> {
  return Object.fromEntries(
    Object.entries(columns).map(([k, c]) => {
      const { labelSet, missingCodes, ...rest } = c;
      return [k, { ...rest, ...(!sharedSet && labelSet !== undefined ? { labelSet } : {}), ...(!sharedMissing && missingCodes !== undefined ? { missingCodes } : {}) }];
    }),
  );
}
