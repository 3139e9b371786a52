import { type Actor, type Anchoring, PROFESSIONS, type Profession } from '@relcap/core';
import { DISTRICTS, TEAM_TEMPLATES, type TeamTemplate } from './municipality-teams';
import type { RandomSource } from './seeded-random';

/** Actors of a generated municipality, grouped in the teams they work in. */
export interface GeneratedActors {
  readonly actors: readonly Actor[];
  /** Indices into `actors`, one list per team. */
  readonly teams: readonly (readonly number[])[];
  /** Team index of each actor. */
  readonly teamOf: readonly number[];
  /** District each actor works in (a local unit's district, or the district a municipal specialist serves). */
  readonly districtOf: readonly number[];
  readonly districtCount: number;
}

/** About one school district per 250 professionals, at least 1, at most the named districts. */
export function districtCount(actors: number): number {
  return Math.min(DISTRICTS.length, Math.max(1, Math.round(actors / 250)));
}

const ANCHORING_WEIGHTS: readonly (readonly [Anchoring, number])[] = [
  ['permanent', 5],
  ['fixed', 3],
  ['adhoc', 2],
];

/** Index drawn with probability proportional to its weight. */
export function pickWeighted<T>(random: RandomSource, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

function profession(key: string): Profession {
  const p = PROFESSIONS.find((x) => x.key === key);
  if (p === undefined) throw new Error(`generateMunicipalityNetwork: profession "${key}" is not in PROFESSIONS`);
  return p;
}

/**
 * Draws `count` professionals in teams (schools, day care, PPR, family department, ...): each
 * team is a numbered unit (`Skole 3, Nord`) whose size varies around its template's head count.
 * Local units belong to one district; staff of municipal units (PPR, family department) each
 * serve one district. Ids
 * are `p1`..`pN`, labels `<profession> <n>` (synthetic, never a real person). The first social
 * worker (or else the first actor) is the coordinator (tovholder).
 *
 * @example
 * ```ts
 * const { actors, teams } = generateActors(seededRandom(1), 100);
 * actors.length; // 100
 * ```
 */
export function generateActors(random: RandomSource, count: number): GeneratedActors {
  const actors: Actor[] = [];
  const teams: number[][] = [];
  const teamOf: number[] = [];
  const districtOf: number[] = [];
  const districts = districtCount(count);
  const unitCount = new Map<string, number>();
  const professionCount = new Map<string, number>();
  const templates = TEAM_TEMPLATES.map((t) => [t, t.weight] as const);
  let coordinatorIndex = -1;
  while (actors.length < count) {
    const template: TeamTemplate = pickWeighted(random, templates);
    const unit = (unitCount.get(template.name) ?? 0) + 1;
    unitCount.set(template.name, unit);
    const district = Math.floor(random() * districts);
    const organisation = template.local && districts > 1 ? `${template.name} ${unit}, ${DISTRICTS[district]}` : `${template.name} ${unit}`;
    const size = Math.min(count - actors.length, Math.max(1, Math.round(template.size * (0.5 + random()))));
    const team: number[] = [];
    for (let k = 0; k < size; k++) {
      const prof = profession(pickWeighted(random, template.professions));
      const n = (professionCount.get(prof.key) ?? 0) + 1;
      professionCount.set(prof.key, n);
      const index = actors.length;
      if (coordinatorIndex < 0 && prof.key === 'socialrådgiver') coordinatorIndex = index;
      actors.push({
        id: `p${index + 1}`,
        label: `${prof.labels.da} ${n}`,
        kind: prof.kind,
        profession: prof.key,
        organisation,
        anchoring: pickWeighted(random, ANCHORING_WEIGHTS),
        ...(prof.authority === true ? { authority: true } : {}),
      });
      team.push(index);
      teamOf.push(teams.length);
      districtOf.push(template.local ? district : Math.floor(random() * districts));
    }
    teams.push(team);
  }
  const c = coordinatorIndex < 0 ? 0 : coordinatorIndex;
  if (actors[c] !== undefined) actors[c] = { ...actors[c], coordinator: true };
  return { actors, teams, teamOf, districtOf, districtCount: districts };
}
