/**
 * The network map (netværkskort) model: actors around a child and the relations between them.
 * Plain, JSON-serialisable data; see docs/map-format.md for the versioned file format.
 */

/** Current version of the map JSON format. */
export const MAP_SCHEMA_VERSION = 2 as const;

export const ACTOR_KINDS = ['child', 'family', 'professional', 'organisation'] as const;
/** What an actor is: the child (centre), family/private network, a professional, or a team/organisation. */
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const SECTORS = ['child', 'family', 'universal', 'specialised', 'other'] as const;
/** Ring on the child-centred map, from the centre outwards. */
export type Sector = (typeof SECTORS)[number];

export const ANCHORINGS = ['permanent', 'fixed', 'adhoc'] as const;
/**
 * How an actor is anchored around the child: permanently based, fixed collaboration, or ad hoc
 * (drawn square / oval / diamond, Statens Institut for Folkesundhed, "Det gode samarbejde om børn og unge i mistrivsel", Sønderborg).
 */
export type Anchoring = (typeof ANCHORINGS)[number];

export const RELATION_STRENGTHS = ['strong', 'weak', 'missing', 'stressful'] as const;
/** Eco-map relation kinds (Hartman 1978): strong, weak, missing (non-existent), stressful. */
export type RelationStrength = (typeof RELATION_STRENGTHS)[number];

/** An actor on the map. `label` is text, never markup. */
export interface Actor {
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
  /** Profession key from the catalogue (`lærer`) or free text for a user's own profession. */
  readonly profession?: string;
  /** Organisation or administration (forvaltning). */
  readonly organisation?: string;
  /** Ring; when absent it is derived from the profession or kind. */
  readonly sector?: Sector;
  /** Holds statutory authority (myndighed). */
  readonly authority?: boolean;
  readonly anchoring?: Anchoring;
  /** The coordinator (tovholder) responsible for the network of professionals. */
  readonly coordinator?: boolean;
  readonly notes?: string;
  /** Where the actor is drawn, relative to the rings (pinned when placed by hand in the editor). */
  readonly position?: ActorPosition;
}

/**
 * Where an actor is drawn, relative to the rings, so a map looks the same on any screen and two
 * rounds line up: `angle` in degrees clockwise from 12 o'clock, in [0, 360); `distance` in ring
 * units from the centre (0 = the centre, 1 = the family ring, 2 = universal services, 3 =
 * specialised services, 4 = others; 2.5 lies between two rings). Maps of type `roles` and
 * `network` use the same unit: one ring gap. `pinned`: placed by hand (the layout never moves it).
 */
export interface ActorPosition {
  readonly angle: number;
  readonly distance: number;
  readonly pinned?: boolean;
}

/**
 * An action agreed on a relation in a workshop ("monthly call", "invite to a visit"): what,
 * optionally who does it and when (free text, e.g. `2026-05` or `før sommerferien`), and whether it is done.
 */
export interface RelationAction {
  /** What was agreed; never empty. */
  readonly what: string;
  readonly who?: string;
  readonly when?: string;
  readonly done?: boolean;
}

interface RelationBase {
  readonly id: string;
  /** Actor id. For a directed relation: the actor whose view this is (A's view of B). */
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly notes?: string;
  /** An action agreed about this relation. */
  readonly action?: RelationAction;
}

/** A relation drawn with one of the eco-map strengths. */
export interface StrengthRelation extends RelationBase {
  readonly kind: 'strength';
  readonly strength: RelationStrength;
}

/**
 * A relation carrying relational-coordination ratings (dimension key -> mean 1..5), e.g. a
 * role-pair tie from a survey. Its strength is computed from `rc` with the bands. A suppressed
 * tie (fewer raters than `minRaters`) carries no scores and is drawn as unknown, not missing.
 * A rated relation may be a self-loop (source = target): the within-role tie.
 */
export interface RatedRelation extends RelationBase {
  readonly kind: 'rated';
  readonly ratings: Readonly<Record<string, number>>;
  /** Overall RC (mean of the individual indices); when absent, the mean of `ratings`. */
  readonly rc?: number;
  /** Number of raters behind the scores. */
  readonly n?: number;
  readonly suppressed?: boolean;
  /** Dimension set key of `ratings` (default `relational_coordination`). */
  readonly dimensionSet?: string;
}

export type Relation = StrengthRelation | RatedRelation;

export const MAP_TYPES = ['child', 'roles', 'network'] as const;
/**
 * What a map shows: `child` a netværkskort around one child (the child in the centre), `roles`
 * a role network from a survey, `network` a network of professionals or colleagues drawn in a
 * workshop without a child in the centre.
 */
export type MapType = (typeof MAP_TYPES)[number];

/** A network map around one child (or a role network from a survey). */
export interface NetworkMap {
  readonly schemaVersion: typeof MAP_SCHEMA_VERSION;
  readonly title: string;
  /** See {@link MapType}. */
  readonly type: MapType;
  /** A label for this round of the map (the same map redrawn months later), e.g. `2026-03`. */
  readonly round?: string;
  readonly createdAt?: string;
  readonly description?: string;
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
}
