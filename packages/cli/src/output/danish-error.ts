import { errorText, RelcapError } from '@relcap/core';
import { oneLine } from './table';

/**
 * An error as one Danish line from the message catalogue (core `errorText`): the place (file,
 * line, kolonne, ved path), the catalogue text, what was found and expected, and the code. When
 * the location holds no value the error's own specifics follow as `detaljer: ...` (English prose).
 * `undefined` when the error is not a `RelcapError` or its code is not in the catalogue.
 *
 * @example
 * ```ts
 * danishErrorLine(new MapValidationError('RELCAP_MAP_TOO_DEEP', 'map: ...', { file: 'k.json', line: 1, column: '90' }));
 * // 'relcap: k.json:1: kolonne "90": JSON er indlejret dybere end grænsen [RELCAP_MAP_TOO_DEEP]'
 * ```
 */
export function danishErrorLine(error: unknown): string | undefined {
  if (!(error instanceof RelcapError)) return undefined;
  const text = errorText(error.code, 'da');
  if (text === undefined) return undefined;
  const l = error.location;
  let where = '';
  if (l.file !== undefined) where += `${l.file}${l.line !== undefined ? `:${l.line}` : ''}: `;
  else if (l.line !== undefined) where += `linje ${l.line}: `;
  if (l.column !== undefined) where += `kolonne "${l.column}": `;
  if (l.path !== undefined) where += `ved ${l.path}: `;
  const found = l.value !== undefined ? ` (fandt "${l.value}"${l.expected !== undefined ? `, forventede ${l.expected}` : ''})` : '';
  const details = l.value === undefined ? ` (detaljer: ${error.message.replace(/^relcap[^:]*: /, '')})` : '';
  return oneLine(`relcap: ${where}${text}${found}${details} [${error.code}]`);
}

/**
 * The language errors are printed in: `da` when the command line asks for `--lang da` (or
 * `--lang=da`), else `en`. Read from the raw arguments, so that errors in parsing them are Danish too.
 *
 * @example
 * ```ts
 * errorLang(['score', 'x.csv', '--lang', 'da']); // 'da'
 * ```
 */
export function errorLang(argv: readonly string[]): 'da' | 'en' {
  const i = argv.indexOf('--lang');
  return (i >= 0 && argv[i + 1] === 'da') || argv.includes('--lang=da') ? 'da' : 'en';
}
