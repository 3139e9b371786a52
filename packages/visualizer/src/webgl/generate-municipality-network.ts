import { MAP_SCHEMA_VERSION, type NetworkMap, OptionsError } from '@relcap/core';
import { generateActors } from './generate-actors';
import { generateRelations, type RelationMix } from './generate-relations';
import { seededRandom } from './seeded-random';

/** Options of {@link generateMunicipalityNetwork}. */
export interface MunicipalityNetworkOptions extends RelationMix {
  /** Number of professionals (at least 2). */
  readonly actors: number;
  /** Number of relations; at most half of all pairs, so drawing distinct pairs stays quick. */
  readonly relations: number;
  /** Seed of the pseudo-random generator: the same seed gives the same network. */
  readonly seed: number;
  readonly title: string;
}

/** Defaults: 2,000 professionals, 20,000 relations, 30% rated, 8% missing, 3% stressful. */
export const DEFAULT_MUNICIPALITY_NETWORK_OPTIONS: MunicipalityNetworkOptions = {
  actors: 2000,
  relations: 20000,
  seed: 1,
  title: 'Kommunens fagprofessionelle (genereret)',
  withinTeamShare: 0.5,
  withinDistrictShare: 0.8,
  ratedShare: 0.3,
  missingShare: 0.08,
  stressfulShare: 0.03,
  directedShare: 0.25,
  minRaters: 3,
};

function check(ok: boolean, option: string, value: unknown, expected: string): void {
  if (!ok) {
    throw new OptionsError('RELCAP_BAD_OPTION', `generateMunicipalityNetwork: invalid option "${option}"`, {
      column: option,
      value: String(value),
      expected,
    });
  }
}

const isShare = (x: number): boolean => Number.isFinite(x) && x >= 0 && x <= 1;

/**
 * A synthetic network of a municipality's professionals around children, for benchmarks, tests
 * and demos of the WebGL view: actors from the profession catalogue in teams (schools, day care,
 * PPR, family department, ...), relations mostly within teams plus a heavy-tailed web between
 * teams, with mixed kinds: strong, weak, missing, stressful and rated (RC ratings; some
 * suppressed). Pure and deterministic for a seed. The result passes `validateMap`.
 *
 * @throws OptionsError when a count is not an integer in range or a share is outside 0..1.
 * @example
 * ```ts
 * const map = generateMunicipalityNetwork({ actors: 500, relations: 3000, seed: 7 });
 * map.actors.length; // 500
 * map.relations.length; // 3000
 * ```
 */
export function generateMunicipalityNetwork(options: Partial<MunicipalityNetworkOptions> = {}): NetworkMap {
  const o: MunicipalityNetworkOptions = { ...DEFAULT_MUNICIPALITY_NETWORK_OPTIONS, ...options };
  check(Number.isInteger(o.actors) && o.actors >= 2, 'actors', o.actors, 'an integer of at least 2');
  // Half of the n(n-1)/2 pairs.
  const maxRelations = Math.floor((o.actors * (o.actors - 1)) / 4);
  check(
    Number.isInteger(o.relations) && o.relations >= 0 && o.relations <= maxRelations,
    'relations',
    o.relations,
    `an integer from 0 to ${maxRelations} (half of all pairs of ${o.actors} actors)`,
  );
  check(Number.isFinite(o.seed), 'seed', o.seed, 'a finite number');
  for (const key of ['withinTeamShare', 'withinDistrictShare', 'ratedShare', 'missingShare', 'stressfulShare', 'directedShare'] as const) {
    check(isShare(o[key]), key, o[key], 'a share from 0 to 1');
  }
  const kinds = o.ratedShare + o.missingShare + o.stressfulShare;
  check(kinds <= 1, 'ratedShare', kinds, 'ratedShare + missingShare + stressfulShare of at most 1');
  check(Number.isInteger(o.minRaters) && o.minRaters >= 0, 'minRaters', o.minRaters, 'a non-negative integer');
  const random = seededRandom(o.seed);
  const generated = generateActors(random, o.actors);
  const relations = generateRelations(random, generated, o.relations, o);
  return {
    schemaVersion: MAP_SCHEMA_VERSION,
    title: o.title,
    type: 'roles',
    description: `Synthetic network: ${o.actors} professionals, ${o.relations} relations, seed ${o.seed}.`,
    actors: generated.actors,
    relations,
  };
}
