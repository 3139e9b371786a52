import { type NetworkMap, RelcapError } from '@relcap/core';

/**
 * Turns survey CSV text into a role network: core's survey import, scoring and `surveyToMap`.
 * Throws the core's typed errors (with file, line and column) for a malformed file.
 */
export function surveyCsvToMap(_text: string, file: string, _title: string): NetworkMap {
  throw new RelcapError('RELCAP_VIS_NO_SURVEY_IMPORT', 'app: survey import is not available in this build', { file });
}
