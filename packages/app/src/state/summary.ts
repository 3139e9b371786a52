import { type MapWarning, mapWarnings, type NetworkMap, RELATION_BANDS, type RankedGap, rankGaps, relationBand } from '@relcap/core';

/** What the live summary beside the map shows. */
export interface MapSummary {
  /** Relations per band (strong, moderate, weak, missing, stressful, unknown). */
  readonly counts: Readonly<Record<string, number>>;
  readonly warnings: readonly MapWarning[];
  /** The gaps worth closing first (core's `rankGaps`, bounded by its work budget), at most `gapLimit`. */
  readonly gaps: readonly RankedGap[];
  /** False when the ranking's work budget cut it short (a very large map): the list is then not the exact top. */
  readonly gapsComplete: boolean;
  /** Relations with an agreed action not yet done, in map order. */
  readonly openActions: readonly { readonly relationId: string; readonly source: string; readonly target: string; readonly what: string; readonly who?: string; readonly when?: string }[];
}

/** Options of {@link summarise}. */
export interface SummaryOptions {
  /** How many ranked gaps to show. */
  readonly gapLimit: number;
}

export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = { gapLimit: 5 };

/**
 * The live summary of a map: counts by kind, core's warnings (the coordinator warning first),
 * the best gaps to close (core's `rankGaps`) and the open agreed actions.
 *
 * @example
 * ```ts
 * summarise(map).counts.strong;
 * ```
 */
export function summarise(map: NetworkMap, options: Partial<SummaryOptions> = {}): MapSummary {
  const { gapLimit } = { ...DEFAULT_SUMMARY_OPTIONS, ...options };
  const counts: Record<string, number> = Object.fromEntries(RELATION_BANDS.map((b) => [b, 0]));
  for (const r of map.relations) {
    const band = relationBand(r);
    counts[band] = (counts[band] ?? 0) + 1;
  }
  const openActions = map.relations.flatMap((r) =>
    r.action !== undefined && r.action.done !== true
      ? [{ relationId: r.id, source: r.source, target: r.target, what: r.action.what, ...(r.action.who !== undefined ? { who: r.action.who } : {}), ...(r.action.when !== undefined ? { when: r.action.when } : {}) }]
      : [],
  );
  const ranking = map.type === 'roles' ? null : rankGaps(map, { limit: gapLimit });
  return { counts, warnings: mapWarnings(map), gaps: ranking?.gaps ?? [], gapsComplete: ranking?.complete ?? true, openActions };
}
