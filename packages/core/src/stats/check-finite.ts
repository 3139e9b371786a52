import { OptionsError } from '../errors/relcap-error';

/** Throws when a value handed to a statistic is not a finite number (never silently skipped). */
export function checkFinite(values: readonly number[], fn: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      throw new OptionsError('RELCAP_BAD_ARGUMENT', `stats/${fn}: value ${i} is not a finite number`, {
        path: `[${i}]`,
        value: String(v),
        expected: 'a finite number',
      });
    }
  }
}
