/**
 * The kinds of workplaces a Danish municipality's professionals around children sit in, used by
 * the large-network generator. Profession keys come from the catalogue (docs/map-format.md);
 * the first profession of a unit is its most common one.
 */
export interface TeamTemplate {
  /** Unit name, numbered per municipality (`Skole 3`). */
  readonly name: string;
  /** Relative frequency of this kind of unit. */
  readonly weight: number;
  /** Typical head count; actual sizes vary around it. */
  readonly size: number;
  /** Profession keys with relative weights. */
  readonly professions: readonly (readonly [key: string, weight: number])[];
  /** Serves one district (school district) rather than the whole municipality. */
  readonly local: boolean;
}

/** District names for local units (a municipality is organised in school districts). */
export const DISTRICTS: readonly string[] = ['Nord', 'Syd', 'Øst', 'Vest', 'Midt', 'Centrum', 'Havnen', 'Skoven', 'Bakken', 'Åen', 'Engen', 'Mosen'];

/** Units of the municipality, from universal to specialised services and others. */
export const TEAM_TEMPLATES: readonly TeamTemplate[] = [
  {
    name: 'Skole',
    local: true,
    weight: 8,
    size: 18,
    professions: [
      ['lærer', 10],
      ['pædagog', 4],
      ['akt_lærer', 1],
      ['skoleleder', 1],
      ['uu_vejleder', 0.5],
    ],
  },
  {
    name: 'Dagtilbud',
    local: true,
    weight: 10,
    size: 10,
    professions: [
      ['pædagog', 8],
      ['dagplejer', 3],
      ['pædagogisk_leder', 1],
    ],
  },
  { name: 'Klub', local: true, weight: 2, size: 6, professions: [['klubmedarbejder', 5], ['pædagog', 1]] },
  { name: 'Sundhedsplejen', local: true, weight: 2, size: 8, professions: [['sundhedsplejerske', 1]] },
  { name: 'Tandplejen', local: true, weight: 1, size: 6, professions: [['tandplejer', 1]] },
  { name: 'Lægehus', local: true, weight: 2, size: 3, professions: [['læge', 1]] },
  {
    name: 'PPR',
    local: false,
    weight: 1.5,
    size: 12,
    professions: [
      ['psykolog', 5],
      ['talepædagog', 2],
      ['ergoterapeut', 1],
      ['fysioterapeut', 1],
      ['leder_ppr', 0.3],
    ],
  },
  {
    name: 'Familieafdelingen',
    local: false,
    weight: 2,
    size: 14,
    professions: [
      ['socialrådgiver', 5],
      ['myndighedssagsbehandler', 3],
      ['familiebehandler', 3],
      ['børnefamiliechef', 0.2],
    ],
  },
  { name: 'Børne- og ungdomspsykiatri', local: false, weight: 0.5, size: 6, professions: [['psykiatri', 1]] },
  {
    name: 'SSP',
    local: true,
    weight: 1,
    size: 6,
    professions: [
      ['ssp', 3],
      ['gadeplansmedarbejder', 2],
      ['mentor', 2],
    ],
  },
  { name: 'Politi', local: false, weight: 0.5, size: 3, professions: [['politi', 1]] },
  { name: 'Frivillig forening', local: true, weight: 1, size: 2, professions: [['frivillig', 1]] },
  { name: 'Forvaltning', local: false, weight: 0.3, size: 3, professions: [['skolechef', 1], ['børnefamiliechef', 1]] },
];

/**
 * How much more than average a profession coordinates with others outside its own team: leaders,
 * caseworkers and health visitors are hubs of the network around children, childminders less so.
 * Multiplies the random activity of the large-network generator; professions not listed: 1.
 */
export const COORDINATION_WEIGHT: Readonly<Record<string, number>> = {
  skoleleder: 3,
  pædagogisk_leder: 2.5,
  socialrådgiver: 3,
  myndighedssagsbehandler: 2.5,
  sundhedsplejerske: 2,
  psykolog: 2.5,
  leder_ppr: 3,
  børnefamiliechef: 3,
  skolechef: 3,
  akt_lærer: 1.5,
  ssp: 2,
  dagplejer: 0.5,
  tandplejer: 0.5,
};
