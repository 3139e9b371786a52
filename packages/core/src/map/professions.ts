import type { LocalizedText } from '../dimensions/types';
import type { ActorKind, Sector } from './types';

/** One entry of the profession catalogue (docs/map-format.md). */
export interface Profession {
  readonly key: string;
  readonly labels: LocalizedText;
  readonly kind: ActorKind;
  /** Ring on the child-centred map. */
  readonly sector: Sector;
  /** Whether this profession usually holds statutory authority (myndighed). */
  readonly authority?: boolean;
}

const p = (key: string, da: string, en: string, kind: ActorKind, sector: Sector, authority = false): Profession => ({
  key,
  labels: { da, en },
  kind,
  sector,
  ...(authority ? { authority } : {}),
});

/**
 * The profession catalogue: keys, Danish and English names, and the ring each belongs to.
 * Users can add their own professions; unknown keys are kept as free text.
 */
export const PROFESSIONS: readonly Profession[] = [
  p('barn', 'Barn', 'Child', 'child', 'child'),
  p('ung', 'Ung', 'Young person', 'child', 'child'),
  p('forælder', 'Forælder', 'Parent', 'family', 'family'),
  p('søskende', 'Søskende', 'Sibling', 'family', 'family'),
  p('bedsteforælder', 'Bedsteforælder', 'Grandparent', 'family', 'family'),
  p('netværksperson', 'Netværksperson', 'Private network person', 'family', 'family'),
  p('sundhedsplejerske', 'Sundhedsplejerske', 'Health visitor', 'professional', 'universal'),
  p('dagplejer', 'Dagplejer', 'Childminder', 'professional', 'universal'),
  p('pædagog', 'Pædagog', 'Pedagogue', 'professional', 'universal'),
  p('lærer', 'Lærer', 'Teacher', 'professional', 'universal'),
  p('skoleleder', 'Skoleleder', 'School head', 'professional', 'universal'),
  p('pædagogisk_leder', 'Pædagogisk leder', 'Pedagogical leader', 'professional', 'universal'),
  p('klubmedarbejder', 'Klubmedarbejder', 'Youth club worker', 'professional', 'universal'),
  p('tandplejer', 'Tandplejer', 'Dental hygienist', 'professional', 'universal'),
  p('læge', 'Praktiserende læge', 'GP', 'professional', 'universal'),
  p('uu_vejleder', 'UU-vejleder', 'Youth guidance counsellor', 'professional', 'universal'),
  p('akt_lærer', 'AKT-lærer', 'Behaviour-and-wellbeing teacher', 'professional', 'universal'),
  p('socialrådgiver', 'Socialrådgiver', 'Social worker', 'professional', 'specialised', true),
  p('myndighedssagsbehandler', 'Myndighedssagsbehandler', 'Statutory caseworker', 'professional', 'specialised', true),
  p('familiebehandler', 'Familiebehandler', 'Family therapist', 'professional', 'specialised'),
  p('psykolog', 'PPR-psykolog', 'Educational psychologist', 'professional', 'specialised'),
  p('talepædagog', 'Talepædagog', 'Speech therapist', 'professional', 'specialised'),
  p('ergoterapeut', 'Ergoterapeut', 'Occupational therapist', 'professional', 'specialised'),
  p('fysioterapeut', 'Fysioterapeut', 'Physiotherapist', 'professional', 'specialised'),
  p('psykiatri', 'Børne- og ungdomspsykiatri', 'Child and adolescent psychiatry', 'professional', 'specialised'),
  p('ssp', 'SSP-medarbejder', 'SSP crime-prevention worker', 'professional', 'other'),
  p('gadeplansmedarbejder', 'Gadeplansmedarbejder', 'Street-level worker', 'professional', 'other'),
  p('mentor', 'Mentor', 'Mentor', 'professional', 'other'),
  p('skolechef', 'Skolechef', 'Schools director', 'professional', 'other'),
  p('børnefamiliechef', 'Børnefamiliechef', 'Head of children and families', 'professional', 'other'),
  p('leder_ppr', 'Leder af PPR', 'Head of PPR', 'professional', 'other'),
  p('politi', 'Politi', 'Police', 'organisation', 'other'),
  p('frivillig', 'Frivillig organisation', 'Volunteer organisation', 'organisation', 'other'),
];

/**
 * Finds a profession by key or by its Danish or English name, ignoring case and spaces
 * (`"Lærer"`, `"teacher"` and `"lærer"` all find the teacher).
 *
 * @example
 * ```ts
 * findProfession('Sundhedsplejerske')?.labels.en; // 'Health visitor'
 * ```
 */
export function findProfession(raw: string, extra: readonly Profession[] = []): Profession | undefined {
  const k = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const name = raw.trim().toLowerCase();
  const own = extra.find((x) => x.key === k || x.labels.da.toLowerCase() === name || x.labels.en.toLowerCase() === name);
  if (own !== undefined) return own;
  // The catalogue by key and by lower-case name, built once: a map of 2,000 actors looks each up.
  CATALOGUE_INDEX ??= catalogueIndex();
  const byKey = CATALOGUE_INDEX.byKey.get(k);
  const byName = CATALOGUE_INDEX.byName.get(name);
  if (byKey === undefined || byName === undefined) return byKey?.p ?? byName?.p;
  return byKey.at <= byName.at ? byKey.p : byName.p;
}

interface Indexed {
  readonly p: Profession;
  readonly at: number;
}
let CATALOGUE_INDEX: { byKey: Map<string, Indexed>; byName: Map<string, Indexed> } | undefined;

function catalogueIndex(): { byKey: Map<string, Indexed>; byName: Map<string, Indexed> } {
  const byKey = new Map<string, Indexed>();
  const byName = new Map<string, Indexed>();
  PROFESSIONS.forEach((p, at) => {
    if (!byKey.has(p.key)) byKey.set(p.key, { p, at });
    for (const label of [p.labels.da.toLowerCase(), p.labels.en.toLowerCase()]) if (!byName.has(label)) byName.set(label, { p, at });
  });
  return { byKey, byName };
}
