export { actorSector, SECTOR_BY_KIND } from './actor-sector';
export { compareMaps, DEFAULT_COMPARE_MAPS_OPTIONS } from './compare-maps';
export type { CompareMapsOptions, MapComparison, RelationChange, RelationChangeKind } from './compare-maps';
export {
  ACTOR_PATCH_KEYS,
  addActor,
  annotateRelation,
  connect,
  DEFAULT_CONNECT_OPTIONS,
  moveActor,
  nextActorId,
  nextRelationId,
  rateRelation,
  removeActor,
  removeRelation,
  renameMap,
  setCoordinator,
  setRelationDirection,
  setRelationStrength,
  setRound,
  updateActor,
} from './edit/index';
export type { ActorPatch, ConnectOptions, RelationAnnotation, RelationDirection } from './edit/index';
export { findGaps } from './find-gaps';
export type { MapGap } from './find-gaps';
export { mapWarnings } from './map-warnings';
export type { MapWarning } from './map-warnings';
export { parseMap, parseMapWithNotes } from './parse-map';
export { normaliseAngle, polarFromXY, V1_RING_GAP, xyFromPolar } from './position';
export { findProfession, PROFESSIONS } from './professions';
export type { Profession } from './professions';
export { RELATION_BANDS, relationBand, relationScore, relationStyleKey } from './relation-band';
export type { RelationBand } from './relation-band';
export { DEFAULT_SURVEY_TO_MAP_OPTIONS, surveyToMap } from './survey-to-map';
export type { ScoredSurveyLike, ScoredTieLike, SurveyToMapOptions } from './survey-to-map';
export { ACTOR_KINDS, ANCHORINGS, MAP_SCHEMA_VERSION, MAP_TYPES, RELATION_STRENGTHS, SECTORS } from './types';
export type {
  Actor,
  ActorKind,
  ActorPosition,
  Anchoring,
  MapType,
  NetworkMap,
  RatedRelation,
  Relation,
  RelationAction,
  RelationStrength,
  Sector,
  StrengthRelation,
} from './types';
export { DEFAULT_RELATION_DIMENSION_SET } from './validate/read-relation';
export { SUPPORTED_MAP_VERSIONS } from './validate/read-map';
export type { MapMigrationNote } from './validate/read-map';
export { collectMapProblems, DEFAULT_MAP_VALIDATION_OPTIONS, validateMap, validateMapWithNotes } from './validate-map';
export type { MapReadResult, MapValidationOptions } from './validate-map';
