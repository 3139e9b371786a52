import { type ActorPosition, polarFromXY, xyFromPolar } from '@relcap/core';
import { DEFAULT_SCENE_OPTIONS } from './scene-options';

/** The scene setting the conversion between x,y and a stored position needs: the ring gap. */
export interface ScenePositionOptions {
  /** Scene units between two rings (default `DEFAULT_SCENE_OPTIONS.ringGap`, 150). */
  readonly ringGap: number;
}

/**
 * The position to store in the map (`moveActor`) for a point of the scene, e.g. where a drag
 * ended: angle in degrees clockwise from 12 o'clock in [0, 360), distance in ring units.
 * Use the same `ringGap` as `buildScene`.
 *
 * @example
 * ```ts
 * const position = scenePointToPosition(node.x, node.y); // { angle: 90, distance: 2 } at (300, 0)
 * map = moveActor(map, node.id, { ...position, pinned: true });
 * ```
 */
export function scenePointToPosition(x: number, y: number, options: Partial<ScenePositionOptions> = {}): { angle: number; distance: number } {
  return polarFromXY(x, y, options.ringGap ?? DEFAULT_SCENE_OPTIONS.ringGap);
}

/**
 * The scene point of a stored position: the inverse of {@link scenePointToPosition}.
 *
 * @example
 * ```ts
 * positionToScenePoint({ angle: 180, distance: 1 }); // { x: ~0, y: 150 }
 * ```
 */
export function positionToScenePoint(position: Pick<ActorPosition, 'angle' | 'distance'>, options: Partial<ScenePositionOptions> = {}): { x: number; y: number } {
  return xyFromPolar(position, options.ringGap ?? DEFAULT_SCENE_OPTIONS.ringGap);
}
