import type { LocalizedText } from '../dimensions/types';

/**
 * The version of the template format this code writes; the readers accept {@link SUPPORTED_TEMPLATE_VERSIONS}.
 *
 * @example
 * ```ts
 * const mine = { schemaVersion: TEMPLATE_SCHEMA_VERSION, id: 'ours', title: { da: 'Vores', en: 'Ours' }, areas: [] };
 * ```
 */
export const TEMPLATE_SCHEMA_VERSION = 1;

/**
 * Template format versions the readers accept.
 *
 * @example
 * ```ts
 * SUPPORTED_TEMPLATE_VERSIONS.includes(1); // true
 * ```
 */
export const SUPPORTED_TEMPLATE_VERSIONS: readonly number[] = [1];

/**
 * The rating scale of a template. Whole numbers from `min` to `max`; the anchors say what the
 * ends mean. The default is 0..10 (the ministry guide's anchors: 0 = we do not do it at all,
 * 10 = to perfection); a template may set 1..10 or another span of whole numbers.
 */
export interface RatingScale {
  readonly min: number;
  readonly max: number;
  readonly anchors: { readonly min: LocalizedText; readonly max: LocalizedText };
}

/** One statement to rate: a short first-person-plural claim ("Vi ..." / "We ..."). */
export interface TemplateStatement {
  readonly id: string;
  readonly text: LocalizedText;
}

/** A group of statements (the guide's areas, e.g. "shared direction and meaning"). */
export interface TemplateArea {
  readonly id: string;
  readonly title: LocalizedText;
  readonly statements: readonly TemplateStatement[];
}

/** A versioned self-assessment template: what to rate, grouped in areas, on which scale. */
export interface SelfAssessmentTemplate {
  readonly schemaVersion: number;
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Where the statements come from, e.g. the guide they follow (text, never markup). */
  readonly source?: string;
  readonly scale: RatingScale;
  readonly areas: readonly TemplateArea[];
}

/**
 * The default scale, 0..10, with the anchors of the ministry guide's exercise.
 *
 * @example
 * ```ts
 * DEFAULT_RATING_SCALE.anchors.max.da; // 'Vi gør det til perfektion'
 * ```
 */
export const DEFAULT_RATING_SCALE: RatingScale = {
  min: 0,
  max: 10,
  anchors: {
    min: { da: 'Vi gør det slet ikke', en: 'We do not do it at all' },
    max: { da: 'Vi gør det til perfektion', en: 'We do it to perfection' },
  },
};

/**
 * Bounds on what the readers accept, so no input runs without bound: JSON text length, list
 * sizes, text length, the widest scale and the number of problems collected.
 *
 * @example
 * ```ts
 * if (file.size > SA_LIMITS.jsonChars) console.warn('too large to read');
 * ```
 */
export const SA_LIMITS = {
  jsonChars: 5_000_000,
  areas: 50,
  statementsPerArea: 100,
  statements: 300,
  participants: 500,
  picks: 3,
  textChars: 2000,
  scaleMax: 100,
  problems: 200,
} as const;
