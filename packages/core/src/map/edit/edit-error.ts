import { formatLocation, MapEditError, type MapValidationError } from '../../errors/relcap-error';
import type { ProblemSink } from '../validate/problems';

/**
 * Shared by the map edits: the errors they throw and the bridge to the map validator, so that an
 * edit refuses exactly what `validateMap` refuses and names it with a `RELCAP_EDIT_` code.
 */

/** Throws a `MapEditError` from the edit `edit` (`addActor`) at `path` in the map. */
export function editError(edit: string, code: string, message: string, path: string, value: string, expected: string): MapEditError {
  return new MapEditError(code, `${edit}: ${message}`, { path, value, expected });
}

/** The validator's problem as an edit error: `RELCAP_MAP_OUT_OF_RANGE` becomes `RELCAP_EDIT_OUT_OF_RANGE`, same location. */
export function fromProblem(edit: string, problem: MapValidationError): MapEditError {
  const loc = formatLocation(problem.location);
  const suffix = loc === '' ? '' : ` (${loc})`;
  const full = problem.message.endsWith(suffix) ? problem.message.slice(0, problem.message.length - suffix.length) : problem.message;
  const bare = full.startsWith('map: ') ? full.slice('map: '.length) : full;
  return new MapEditError(problem.code.replace(/^RELCAP_MAP_/, 'RELCAP_EDIT_'), `${edit}: ${bare}`, problem.location);
}

/**
 * Runs one of the validator's readers on a candidate and returns what it read (a fresh copy with
 * the known fields), or throws its first problem as a `MapEditError`.
 */
export function readOrThrow<T>(edit: string, read: (sink: ProblemSink) => T | undefined): T {
  const sink: ProblemSink = { file: undefined, problems: [] };
  const value = read(sink);
  const first = sink.problems[0];
  if (first !== undefined) throw fromProblem(edit, first);
  if (value === undefined) throw new Error(`${edit}: internal error, the validator read nothing and reported nothing`);
  return value;
}
