import type { LocalizedText } from '../dimensions/types';
import { EDIT_MESSAGES } from './edit-messages';
import { OTHER_MESSAGES } from './other-messages';
import { SURVEY_MESSAGES } from './survey-messages';

/**
 * The message catalogue: what every relcap error code means, in Danish and English. An error's
 * own `message` (English prose with the values) stays for logs; a reader in Danish gets this text
 * with the same location, value and code.
 * @example
 * ```ts
 * ERROR_MESSAGES.RELCAP_OUT_OF_RANGE?.da; // 'værdien ligger uden for svarskalaen'
 * ```
 */
export const ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = /* @__PURE__ */ Object.assign({}, SURVEY_MESSAGES, OTHER_MESSAGES, EDIT_MESSAGES);

/**
 * The catalogue text of an error code in a language; `undefined` for a code not in it.
 * @example
 * ```ts
 * errorText('RELCAP_MAP_TOO_DEEP', 'da'); // 'JSON er indlejret dybere end grænsen'
 * ```
 */
export function errorText(code: string, lang: 'da' | 'en'): string | undefined {
  return (SURVEY_MESSAGES[code] ?? OTHER_MESSAGES[code] ?? EDIT_MESSAGES[code])?.[lang];
}
