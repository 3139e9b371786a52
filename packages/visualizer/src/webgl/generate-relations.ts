import { RELATIONAL_COORDINATION, type Relation } from '@relcap/core';
import type { GeneratedActors } from './generate-actors';
import { COORDINATION_WEIGHT } from './municipality-teams';
import type { RandomSource } from './seeded-random';

/** Shares of relation kinds and structure; see `DEFAULT_MUNICIPALITY_NETWORK_OPTIONS`. */
export interface RelationMix {
  /** Share of relations between colleagues of one team. */
  readonly withinTeamShare: number;
  /** Of the other relations, the share within the actor's district (the rest are municipality-wide). */
  readonly withinDistrictShare: number;
  readonly ratedShare: number;
  readonly missingShare: number;
  readonly stressfulShare: number;
  readonly directedShare: number;
  /** Rated ties with fewer raters than this are suppressed (drawn as unknown). */
  readonly minRaters: number;
}

const DIMENSIONS = RELATIONAL_COORDINATION.dimensions.map((d) => d.key);

/** Actors with cumulative activity weights, to draw actors in proportion to their activity. */
interface ActivityTable {
  readonly members: readonly number[];
  readonly cumulative: Float64Array;
}

function activityTable(members: readonly number[], activity: Float64Array): ActivityTable {
  const cumulative = new Float64Array(members.length);
  let sum = 0;
  members.forEach((m, i) => {
    sum += activity[m] ?? 0;
    cumulative[i] = sum;
  });
  return { members, cumulative };
}

function pickByActivity(random: RandomSource, table: ActivityTable): number {
  const { cumulative, members } = table;
  const r = random() * (cumulative[cumulative.length - 1] ?? 0);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return members[lo] ?? 0;
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
 * either direction; no self-loops). A share are between colleagues of one team, most others
 * within the actor's district, the rest municipality-wide; partners outside the team are drawn
 * by a heavy-tailed activity weight (Pareto, alpha 2: a few hubs, many with few ties) times
 * the profession's `COORDINATION_WEIGHT` (leaders and caseworkers coordinate more). Kinds:
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
  const { actors, teams, teamOf, districtOf } = generated;
  const n = actors.length;
  // Pareto(alpha = 2) activity, 1 / sqrt(u) with u in (0, 1], times the profession's coordination weight.
  const activity = Float64Array.from(actors, (a) => (COORDINATION_WEIGHT[a.profession ?? ''] ?? 1) / Math.sqrt(1 - random()));
  const everyone = activityTable(
    actors.map((_, i) => i),
    activity,
  );
  const byDistrict = Array.from({ length: generated.districtCount }, (_, d) =>
    activityTable(
      actors.map((_, i) => i).filter((i) => districtOf[i] === d),
      activity,
    ),
  );
  const seen = new Set<number>();
  const out: Relation[] = [];
  while (out.length < count) {
    const a = Math.floor(random() * n);
    const team = teams[teamOf[a] ?? 0] ?? [];
    const within = team.length > 1 && random() < mix.withinTeamShare;
    const district = byDistrict[districtOf[a] ?? 0];
    const b = within
      ? (team[Math.floor(random() * team.length)] ?? a)
      : pickByActivity(random, district !== undefined && random() < mix.withinDistrictShare ? district : everyone);
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
