import { RelcapError } from '../errors/relcap-error';

/**
 * A GraphML, GEXF or Kumu document that cannot be read or written: XML syntax, a missing
 * element, a value of the wrong type, or text that XML cannot hold. `location` names the file,
 * line and column (reading) or the map path (writing).
 *
 * @example
 * ```ts
 * try { fromGraphml(text, { file: 'net.graphml' }) } catch (e) {
 *   if (e instanceof InterchangeError) console.error(e.code, e.location.line);
 * }
 * ```
 */
export class InterchangeError extends RelcapError {
  override name = 'InterchangeError';
}
