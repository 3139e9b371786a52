/** One axis (spoke) of a spider web: a statement or a dimension. `label` is text, never markup. */
export interface SpiderWebAxis {
  readonly key: string;
  readonly label: string;
  /** Drawn in bold with a marker: e.g. a statement where the team disagrees most. */
  readonly flagged?: boolean;
}

/** One participant's (or one rater's) points on a series, one value per axis (`null` = not rated). */
export interface SpiderWebPoints {
  readonly label: string;
  readonly values: readonly (number | null)[];
}

/** One round (or one set of values) on the web, drawn in its own colour. */
export interface SpiderWebSeries {
  readonly id: string;
  /** Shown in the legend and the accessible name (text, never markup). */
  readonly label: string;
  /** CSS colour; by default the next colour of the palette. */
  readonly colour?: string;
  /** The line: one value per axis, e.g. the team's median; `null` where nobody rated. */
  readonly values: readonly (number | null)[];
  /** The spread band per axis, `[low, high]` (quartiles or min-max); `null` where there is none. */
  readonly band?: readonly (readonly [number, number] | null)[];
  /** Individual points, drawn on request. */
  readonly points?: readonly SpiderWebPoints[];
  /** Opacity of a fill inside the line (0 = none; the band is the fill of a spider web). */
  readonly lineFill?: number;
}

/** What to draw: axes, the scale and one or more series. */
export interface SpiderWebInput {
  readonly axes: readonly SpiderWebAxis[];
  readonly series: readonly SpiderWebSeries[];
  /** The scale's top value, at the outer ring. */
  readonly max: number;
  /** The value at the centre of the web (0 for a 0..10 scale and for the 1..5 RC radar). */
  readonly centre?: number;
  /** Rings with these values; by default 2, 4, 6, 8, 10 for a scale up to 10 (see {@link defaultTicks}). */
  readonly ticks?: readonly number[];
  /** Accessible name of the whole drawing; by default built from the axes and the first series. */
  readonly ariaLabel?: string;
  /** One line of text under the web saying how to read it (text, never markup). */
  readonly caption?: string;
}

/** Drawing options of {@link buildSpiderWeb}, with defaults in {@link DEFAULT_SPIDER_WEB_OPTIONS}. */
export interface SpiderWebOptions {
  /** Radius of the outer ring, in SVG user units. */
  readonly radius: number;
  /** Axis label size (user units); labels wrap at `labelChars` characters, at most `labelLines` lines. */
  readonly fontSize: number;
  readonly labelChars: number;
  readonly labelLines: number;
  /** Estimated width of a character as a share of the font size, for the unclipped viewBox (0.6 is wide for sans-serif text). */
  readonly charWidth: number;
  /** Write the tick values (2, 4, ...) along the first spoke. */
  readonly tickLabels: boolean;
  /** Where a `null` value goes: left out of the line (`skip`), or drawn at the centre (`centre`). */
  readonly missing: 'skip' | 'centre';
  /** Mark each value of the line with a dot. */
  readonly markers: boolean;
  /** A legend of the series below the web: `auto` shows it for two or more series. */
  readonly legend: 'auto' | 'always' | 'never';
  /** Series colours in order (Okabe-Ito, safe for colour-blind readers). */
  readonly palette: readonly string[];
  /** Space around everything, in user units. */
  readonly padding: number;
}

/**
 * Defaults of {@link SpiderWebOptions}.
 *
 * @example
 * ```ts
 * buildSpiderWeb(input, { ...DEFAULT_SPIDER_WEB_OPTIONS, radius: 160 });
 * ```
 */
export const DEFAULT_SPIDER_WEB_OPTIONS: SpiderWebOptions = {
  radius: 120,
  fontSize: 11,
  labelChars: 24,
  labelLines: 4,
  charWidth: 0.6,
  tickLabels: true,
  missing: 'skip',
  markers: true,
  legend: 'auto',
  palette: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'],
  padding: 8,
};

/**
 * Bounds on what {@link buildSpiderWeb} accepts, so a drawing stays bounded.
 *
 * @example
 * ```ts
 * if (statements.length > SPIDER_WEB_LIMITS.axes) throw new Error('too many axes to draw');
 * ```
 */
export const SPIDER_WEB_LIMITS = { axes: 300, series: 20, points: 500, ticks: 50 } as const;

/** A point in SVG user units, the centre of the web at (0, 0). */
export interface WebPoint {
  readonly x: number;
  readonly y: number;
}

/** An axis label placed: lines of text (wrapped, never markup), where and how anchored. */
export interface PlacedLabel {
  readonly key: string;
  readonly text: string;
  readonly lines: readonly string[];
  readonly x: number;
  /** Baseline of the first line. */
  readonly y: number;
  readonly lineHeight: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly flagged: boolean;
}

/** A series placed: paths and dots in user units. */
export interface PlacedSeries {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
  readonly lineFill: number;
  /** SVG path data of the line (closed polygon), `null` when fewer than two values. */
  readonly line: string | null;
  /** SVG path data of the band (outer and inner ring, drawn with `fill-rule="evenodd"`), or `null`. */
  readonly band: string | null;
  readonly markers: readonly (WebPoint & { readonly axis: string; readonly value: number })[];
  readonly points: readonly (WebPoint & { readonly axis: string; readonly value: number; readonly who: string })[];
}

/** The spider web as plain data: everything a renderer needs, computed once. */
export interface SpiderWeb {
  /** `[x, y, width, height]`: contains every ring, label and legend row (nothing clipped). */
  readonly viewBox: readonly [number, number, number, number];
  readonly fontSize: number;
  readonly rings: readonly { readonly value: number; readonly r: number; readonly label: (WebPoint & { readonly text: string }) | null }[];
  readonly spokes: readonly (WebPoint & { readonly key: string })[];
  readonly labels: readonly PlacedLabel[];
  readonly series: readonly PlacedSeries[];
  readonly legend: readonly (WebPoint & { readonly colour: string; readonly text: string })[];
  /** The caption's place and text, or `null`. */
  readonly caption: (WebPoint & { readonly text: string }) | null;
  readonly ariaLabel: string;
}
