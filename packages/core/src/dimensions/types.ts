/** A text in the two languages relcap ships. */
export interface LocalizedText {
  readonly da: string;
  readonly en: string;
}

/** One answer option: the score it counts as and the labels that mean it. */
export interface ScalePoint {
  /** The score, 1..5 for the shipped sets (higher = better coordination). */
  readonly score: number;
  readonly labels: LocalizedText;
  /** Further labels that mean the same score (matched case-insensitively, spaces trimmed). */
  readonly aliases?: readonly string[];
}

/** An ordinal answer scale. `points` are listed in display order, which need not be score order. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly points: readonly ScalePoint[];
}

/** One rated dimension of a tie, e.g. `shared_goals`. */
export interface Dimension {
  /** Canonical key used in CSV headers and JSON (`shared_goals`). */
  readonly key: string;
  /** Other keys accepted in headers (`fælles_mål`, `faelles_maal`). */
  readonly aliases: readonly string[];
  /** Key of the subscale group this dimension belongs to (`communication`, `relationship`). */
  readonly group: string;
  readonly labels: LocalizedText;
  /** relcap's own short description (never the licensed item wording). */
  readonly description: LocalizedText;
  readonly scale: Scale;
}

export interface DimensionGroup {
  readonly key: string;
  readonly labels: LocalizedText;
}

/**
 * A set of dimensions scored together by the same engine (relational coordination, relational
 * capacity, citizen experience, or one a user defines). Sets are plain data.
 */
export interface DimensionSet {
  readonly key: string;
  readonly labels: LocalizedText;
  readonly groups: readonly DimensionGroup[];
  readonly dimensions: readonly Dimension[];
  /** Default minimum number of answered dimensions for a valid individual index. */
  readonly defaultMinItems: number;
  /** Where the set comes from, for methods sections. */
  readonly citation: string;
}
