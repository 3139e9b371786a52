import { findKeys, splitGridLabel } from './match-text';
import type { ToolColumn } from './tool-table';

/** A rating column found from its name or question text, with the reason. */
export interface RatingGuess {
  readonly dimension: string;
  readonly target: string;
  readonly reason: string;
}

/** Why no rating was found: the dimension and target candidates seen (possibly several or none). */
export interface RatingMiss {
  readonly dimensions: readonly string[];
  readonly targets: readonly string[];
}

const quote = (s: string): string => `"${s.replace(/\s+/g, ' ')}"`;

/**
 * Reads a column's question text (else its name) as a rating: the dimension from the question
 * part, the target role from the grid row label after " - " (SurveyXact, Qualtrics, SurveyMonkey)
 * or from a profession named in the text ("Lærerne deler mine mål"). A grid row that names no
 * catalogue profession is taken as a role of its own. Exactly one dimension and one target must
 * be found; otherwise the candidates are returned so the user can be told why.
 *
 * @example
 * ```ts
 * guessRating({ index: 0, name: 'hyppighed_laerer' }, cues, phrases);
 * // { dimension: 'frequency', target: 'lærer', reason: 'dimension from "hyppighed", target from "lærer" in the name' }
 * ```
 */
export function guessRating(
  col: ToolColumn,
  dimensionCues: Readonly<Record<string, readonly string[]>>,
  professionPhrases: Readonly<Record<string, readonly string[]>>,
): RatingGuess | RatingMiss {
  const sources: { label: string; where: string }[] = [];
  if (col.text !== undefined && col.text !== col.name) sources.push({ label: col.text, where: 'question text' });
  sources.push({ label: col.name, where: 'name' });
  let best: RatingMiss = { dimensions: [], targets: [] };
  for (const { label, where } of sources) {
    const { question, row } = splitGridLabel(label);
    let dims = findKeys(question, dimensionCues);
    if (dims.length === 0 && row !== undefined) dims = findKeys(label, dimensionCues);
    let targets: { key: string; why: string }[];
    if (row !== undefined) {
      const hits = findKeys(row, professionPhrases);
      targets =
        hits.length === 1
          ? [{ key: hits[0]!.key, why: `grid row ${quote(row)}` }]
          : hits.length === 0
            ? [{ key: row, why: `grid row ${quote(row)} (not in the profession catalogue, kept as a role)` }]
            : hits.map((h) => ({ key: h.key, why: `grid row ${quote(row)}` }));
    } else {
      targets = findKeys(label, professionPhrases).map((h) => ({ key: h.key, why: `${quote(h.phrase)} in the ${where}` }));
    }
    if (dims.length === 1 && targets.length === 1) {
      const d = dims[0]!;
      const t = targets[0]!;
      return {
        dimension: d.key,
        target: t.key,
        reason: `dimension from ${quote(d.phrase)} in the ${where}, target from ${t.why}`,
      };
    }
    if (dims.length + targets.length > best.dimensions.length + best.targets.length) {
      best = { dimensions: dims.map((d) => d.key), targets: targets.map((t) => t.key) };
    }
  }
  return best;
}

/** Whether a guess found a rating. */
export const isRating = (g: RatingGuess | RatingMiss): g is RatingGuess => 'dimension' in g;
