export { findProfession, PROFESSIONS } from './professions';
export type { Profession } from './professions';
export { ACTOR_KINDS, ANCHORINGS, MAP_SCHEMA_VERSION, RELATION_STRENGTHS, SECTORS } from './types';
export type {
  Actor,
  ActorKind,
  Anchoring,
  NetworkMap,
  RatedRelation,
  Relation,
  RelationStrength,
  Sector,
  StrengthRelation,
} from './types';
