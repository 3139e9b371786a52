import {
  addActor,
  annotateRelation,
  connect,
  moveActor,
  type NetworkMap,
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
} from '@relcap/core';
import type { MapAction } from './types';

/**
 * Applies one map edit with core's pure edits (`packages/core/src/map/edit`): returns the new map,
 * or throws core's typed `MapEditError` and leaves `map` as it was. New ids come from
 * `nextActorId` (from the label) and `nextRelationId`, so the same action on the same map always
 * gives the same result.
 *
 * @example
 * ```ts
 * applyMapAction(map, { type: 'setCoordinator', id: 'laerer' });
 * ```
 */
export function applyMapAction(map: NetworkMap, action: MapAction): NetworkMap {
  switch (action.type) {
    case 'addActor':
      return addActor(map, { ...action.actor, id: nextActorId(map, action.actor.profession ?? action.actor.label) });
    case 'updateActor':
      return updateActor(map, action.id, action.patch);
    case 'removeActor':
      return removeActor(map, action.id);
    case 'moveActor':
      return moveActor(map, action.id, action.position);
    case 'connect':
      return connect(map, {
        id: nextRelationId(map),
        kind: 'strength',
        source: action.source,
        target: action.target,
        directed: action.directed ?? false,
        strength: action.strength,
      });
    case 'removeRelation':
      return removeRelation(map, action.id);
    case 'setStrength':
      return setRelationStrength(map, action.id, action.strength);
    case 'setDirection':
      return setRelationDirection(map, action.id, action.direction);
    case 'rate':
      return rateRelation(map, action.id, action.ratings);
    case 'setCoordinator':
      return setCoordinator(map, action.id);
    case 'annotate':
      return annotateRelation(map, action.id, {
        ...(action.notes !== undefined ? { notes: action.notes } : {}),
        ...(action.action !== undefined ? { action: action.action } : {}),
      });
    case 'renameMap':
      return renameMap(map, action.title);
    case 'setRound':
      return setRound(map, action.round);
  }
}
