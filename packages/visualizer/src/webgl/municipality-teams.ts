/**
 * The kinds of workplaces a Danish municipality's professionals around children sit in, used by
 * the large-network generator. Profession keys come from the catalogue (DOMAIN.md section 3);
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
}

/** Units of the municipality, from universal to specialised services and others. */
export const TEAM_TEMPLATES: readonly TeamTemplate[] = [
  {
    name: 'Skole',
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
    weight: 10,
    size: 10,
    professions: [
      ['pædagog', 8],
      ['dagplejer', 3],
      ['pædagogisk_leder', 1],
    ],
  },
  { name: 'Klub', weight: 2, size: 6, professions: [['klubmedarbejder', 5], ['pædagog', 1]] },
  { name: 'Sundhedsplejen', weight: 2, size: 8, professions: [['sundhedsplejerske', 1]] },
  { name: 'Tandplejen', weight: 1, size: 6, professions: [['tandplejer', 1]] },
  { name: 'Lægehus', weight: 2, size: 3, professions: [['læge', 1]] },
  {
    name: 'PPR',
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
    weight: 2,
    size: 14,
    professions: [
      ['socialrådgiver', 5],
      ['myndighedssagsbehandler', 3],
      ['familiebehandler', 3],
      ['børnefamiliechef', 0.2],
    ],
  },
  { name: 'Børne- og ungdomspsykiatri', weight: 0.5, size: 6, professions: [['psykiatri', 1]] },
  {
    name: 'SSP',
    weight: 1,
    size: 6,
    professions: [
      ['ssp', 3],
      ['gadeplansmedarbejder', 2],
      ['mentor', 2],
    ],
  },
  { name: 'Politi', weight: 0.5, size: 3, professions: [['politi', 1]] },
  { name: 'Frivillig forening', weight: 1, size: 2, professions: [['frivillig', 1]] },
  { name: 'Forvaltning', weight: 0.3, size: 3, professions: [['skolechef', 1], ['børnefamiliechef', 1]] },
];
