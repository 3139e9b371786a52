import { RELATIONAL_COORDINATION, type Relation } from '@relcap/core';
import type { GeneratedActors } from './generate-actors';
import type { RandomSource } from './seeded-random';

/** Shares of relation kinds and structure; see `DEFAULT_MUNICIPALITY_NETWORK_OPTIONS`. */
export interface RelationMix {
  readonly withinTeamShare: number;
  readonly ratedShare: number;
  readonly missingShare: number;
  readonly stressfulShare: number;
  readonly directedShare: number;
  /** Rated ties with fewer raters than this are suppressed (drawn as unknown). */
  readonly minRaters: number;
}

const DIMENSIONS = RELATIONAL_COORDINATION.dimensions.map((d) => d.key);

/** Cumulative activity weights: a few very connected actors, many with few ties (heavy tail). */
function activityTable(random: RandomSource, n: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    // Pareto(alpha = 2) weights: 1 / sqrt(u), u in (0, 1].
    sum += 1 / Math.sqrt(1 - random());
    cumulative[i] = sum;
  }
  return cumulative;
}

function pickByActivity(random: RandomSource, cumulative: Float64Array): number {
  const r = random() * (cumulative[cumulative.length - 1] ?? 0);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Mean ratings drawn around `mean` on the 1..5 scale, one decimal (means of several raters). */
function ratings(random: RandomSource, mean: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of DIMENSIONS) {
    const noise = (random() + random() + random() - 1.5) * 1.2;
    out[key] = round1(Math.min(5, Math.max(1, mean + noise)));
  }
  return out;
}

/**
 * Draws `count` relations between distinct pairs of the generated actors (no pair twice, in
 * either direction; no self-loops). A share are between colleagues of one team, the others
 * between teams, towards actors drawn by a heavy-tailed activity weight (a few hubs). Kinds:
 * rated (RC ratings, higher within a team; suppressed below `minRaters`), missing, stressful,
 * else strong or weak (strong more often within a team).
 *
 * @example
 * ```ts
 * const rels = generateRelations(seededRandom(1), generateActors(seededRandom(1), 50), 100, mix);
 * rels.length; // 100
 * ```
 */
export function generateRelations(random: RandomSource, generated: GeneratedActors, count: number, mix: RelationMix): Relation[] {
  const { actors, teams, teamOf } = generated;
  const n = actors.length;
  const cumulative = activityTable(random, n);
  const seen = new Set<number>();
  const out: Relation[] = [];
  while (out.length < count) {
    const a = Math.floor(random() * n);
    const team = teams[teamOf[a] ?? 0] ?? [];
    const within = team.length > 1 && random() < mix.withinTeamShare;
    const b = within ? (team[Math.floor(random() * team.length)] ?? a) : pickByActivity(random, cumulative);
    if (a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    const sameTeam = teamOf[a] === teamOf[b];
    const base = { id: `r${out.length + 1}`, source: actors[a]!.id, target: actors[b]!.id };
    const u = random();
    if (u < mix.ratedShare) {
      const raters = 1 + Math.floor(random() * 8);
      const suppressed = raters < mix.minRaters;
      out.push({
        ...base,
        directed: true,
        kind: 'rated',
        ratings: suppressed ? {} : ratings(random, sameTeam ? 4.2 : 3.5),
        n: raters,
        ...(suppressed ? { suppressed: true } : {}),
      });
      continue;
    }
    const directed = random() < mix.directedShare;
    const v = u - mix.ratedShare;
    const strength =
      v < mix.missingShare
        ? 'missing'
        : v < mix.missingShare + mix.stressfulShare
          ? 'stressful'
          : random() < (sameTeam ? 0.7 : 0.35)
            ? 'strong'
            : 'weak';
    out.push({ ...base, directed, kind: 'strength', strength });
  }
  return out;
}
