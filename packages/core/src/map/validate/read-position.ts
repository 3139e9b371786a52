import { polarFromXY, V1_RING_GAP } from '../position';
import type { ActorPosition } from '../types';
import { checkNumber, optionalBoolean } from './fields';
import { isRecord, type ProblemSink, report } from './problems';

const ANGLE_EXPECTED = 'a number of degrees from 0 up to (not including) 360, clockwise from 12 o\'clock';

/**
 * Reads an actor's position at `path` (`actors[3].position`). Format version 2: `{ angle,
 * distance, pinned? }` (ring-relative polar). Version 1: `{ x, y, pinned? }` in scene units,
 * converted with the version 1 ring gap ({@link V1_RING_GAP}); problems name the version 1 fields.
 */
export function readPosition(sink: ProblemSink, raw: unknown, path: string, version: number): ActorPosition | undefined {
  if (raw === undefined) return undefined;
  const shape = version === 1 ? '{ "x": number, "y": number }' : '{ "angle": degrees, "distance": ring units }';
  if (!isRecord(raw)) {
    report(sink, 'RELCAP_MAP_BAD_TYPE', 'a position must be an object', path, raw, `an object ${shape}`);
    return undefined;
  }
  const pinned = optionalBoolean(sink, raw, 'pinned', path);
  const polar = version === 1 ? readXY(sink, raw, path) : readPolar(sink, raw, path);
  if (polar === undefined) return undefined;
  return pinned === undefined ? polar : { ...polar, pinned };
}

function readXY(sink: ProblemSink, raw: Record<string, unknown>, path: string): { angle: number; distance: number } | undefined {
  const x = checkNumber(sink, raw.x, 'x', `${path}.x`, {});
  const y = checkNumber(sink, raw.y, 'y', `${path}.y`, {});
  if (x === undefined || y === undefined) return undefined;
  return polarFromXY(x, y, V1_RING_GAP);
}

function readPolar(sink: ProblemSink, raw: Record<string, unknown>, path: string): { angle: number; distance: number } | undefined {
  let angle = checkNumber(sink, raw.angle, 'angle', `${path}.angle`, {});
  if (angle !== undefined && (angle < 0 || angle >= 360)) {
    report(sink, 'RELCAP_MAP_OUT_OF_RANGE', '"angle" is out of range', `${path}.angle`, angle, ANGLE_EXPECTED);
    angle = undefined;
  }
  const distance = checkNumber(sink, raw.distance, 'distance', `${path}.distance`, { min: 0 });
  if (angle === undefined || distance === undefined) return undefined;
  return { angle, distance };
}
