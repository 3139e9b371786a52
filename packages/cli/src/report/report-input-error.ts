import { RelcapError } from '@relcap/core';

/**
 * The input of `renderReport` is not usable (e.g. the network drawing is not a plain SVG).
 *
 * @example
 * ```ts
 * throw new ReportInputError('RELCAP_REPORT_UNSAFE_SVG', 'report: …', { path: 'networkSvg' });
 * ```
 */
export class ReportInputError extends RelcapError {
  override name = 'ReportInputError';
}
