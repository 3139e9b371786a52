import {
  type AssessmentRound,
  chooseSpreadBand,
  participantLabel,
  rankDisagreement,
  type SpreadBandKind,
  spreadBand,
  summarizeRound,
} from '@relcap/core';
import type { SpiderWebInput, SpiderWebSeries } from './types';

/** Options of {@link roundsToSpiderWebInput}. */
export interface RoundsWebOptions {
  readonly lang: 'da' | 'en';
  /** The band: quartiles, min-max, or `auto` (min-max for fewer than `handfulBelow` people in the latest round). */
  readonly band: SpreadBandKind | 'auto';
  readonly handfulBelow: number;
  /** Draw each participant's points of the latest round. */
  readonly participants: boolean;
  /** Flag (bold, underlined) this many statements where the latest round disagrees most. */
  readonly flag: number;
  /** Number the axis labels (1., 2., ...) so a change list or a print can refer to them. */
  readonly numbered: boolean;
  /** A line under the web saying what the line, the band, the circles and bold labels show. */
  readonly caption: boolean;
}

/**
 * Defaults of {@link RoundsWebOptions}.
 *
 * @example
 * ```ts
 * roundsToSpiderWebInput(rounds, { ...DEFAULT_ROUNDS_WEB_OPTIONS, participants: true });
 * ```
 */
export const DEFAULT_ROUNDS_WEB_OPTIONS: RoundsWebOptions = { lang: 'da', band: 'auto', handfulBelow: 5, participants: false, flag: 3, numbered: true, caption: true };

/**
 * Turns one or more self-assessment rounds (oldest first) into spider-web input: one axis per
 * statement of the latest round, per round the team's median as the line and the spread as the
 * band (core's `summarizeRound` and `spreadBand`: Tukey's hinges or min-max), the statements
 * where the latest round disagrees most flagged, and on request the latest round's participant
 * points (named, or "#1", "#2", ...). A statement an earlier round did not have is left out of
 * that round's line, not drawn as 0. Draw with `buildSpiderWeb` and a renderer.
 *
 * @example
 * ```ts
 * const web = buildSpiderWeb(roundsToSpiderWebInput([round1, round2], { lang: 'en' }));
 * fs.writeFileSync('web.svg', spiderWebToSvgString(web));
 * ```
 */
export function roundsToSpiderWebInput(rounds: readonly AssessmentRound[], options: Partial<RoundsWebOptions> = {}): SpiderWebInput {
  const o = { ...DEFAULT_ROUNDS_WEB_OPTIONS, ...options };
  const latest = rounds[rounds.length - 1];
  if (latest === undefined) throw new RangeError('roundsToSpiderWebInput: give at least one round');
  const kind = chooseSpreadBand(latest.participants.length, { band: o.band, handfulBelow: o.handfulBelow });
  const latestSummary = summarizeRound(latest);
  const statements = latestSummary.statements;
  const flagged = new Set(
    rankDisagreement(latestSummary, { band: kind, flag: o.flag })
      .filter((d) => d.flagged)
      .map((d) => d.statementId),
  );
  const axes = statements.map((s, i) => ({
    key: s.statementId,
    label: o.numbered ? `${i + 1}. ${s.text[o.lang]}` : s.text[o.lang],
    flagged: flagged.has(s.statementId),
  }));
  const series: SpiderWebSeries[] = rounds.map((round, ri) => {
    const byId = new Map(summarizeRound(round).statements.map((s) => [s.statementId, s]));
    const summaries = statements.map((s) => byId.get(s.statementId));
    const isLatest = ri === rounds.length - 1;
    return {
      id: `round-${ri + 1}`,
      label: round.label ?? round.date,
      values: summaries.map((s) => s?.stats?.median ?? null),
      band: summaries.map((s) => (s === undefined ? null : spreadBand(s, kind))),
      ...(isLatest && o.participants
        ? { points: round.participants.map((p, pi) => ({ label: participantLabel(round, pi), values: statements.map((s) => p.ratings[s.statementId] ?? null) })) }
        : {}),
    };
  });
  const ariaLabel = statements
    .map((s) => {
      const b = spreadBand(s, kind);
      return `${s.text[o.lang]}: ${s.stats === null ? '–' : `median ${s.stats.median}`}${b === null ? '' : ` (${b[0]}–${b[1]})`}`;
    })
    .join('; ');
  const caption = o.caption ? captionText(o.lang, kind, o.participants, flagged.size > 0) : undefined;
  return { axes, series, max: latest.template.scale.max, centre: 0, ariaLabel, ...(caption !== undefined ? { caption } : {}) };
}

/** How to read the web, in one line. */
function captionText(lang: 'da' | 'en', kind: SpreadBandKind, points: boolean, flags: boolean): string {
  if (lang === 'da') {
    const band = kind === 'quartiles' ? 'kvartiler (Tukeys hængsler)' : 'laveste til højeste';
    return `Linje: median. Bånd: ${band}.${points ? ' Cirkler: deltagere.' : ''}${flags ? ' Fed: størst uenighed.' : ''}`;
  }
  const band = kind === 'quartiles' ? "quartiles (Tukey's hinges)" : 'lowest to highest';
  return `Line: median. Band: ${band}.${points ? ' Circles: participants.' : ''}${flags ? ' Bold: most disagreement.' : ''}`;
}
