import { MapValidationError, OptionsError, SurveyFormatError } from '@relcap/core';
import { describe, expect, it } from 'vitest';
import { CliIoError, exitCodeOf, formatErrorMessage, toIoError, UsageError } from '../src/cli-errors';

describe('exitCodeOf', () => {
  it.each([
    [new UsageError('RELCAP_CLI_BAD_FLAG', 'x'), 2],
    [new OptionsError('RELCAP_BAD_OPTION', 'x'), 2],
    [new CliIoError('RELCAP_CLI_READ_FAILED', 'x'), 3],
    [Object.assign(new Error('open failed'), { code: 'EACCES' }), 3],
    [new SurveyFormatError('RELCAP_VALUE_OUT_OF_RANGE', 'x'), 1],
    [new MapValidationError('RELCAP_MAP_BAD_JSON', 'x'), 1],
    [new TypeError('undefined is not a function'), 4],
  ])('exitCodeOf(%s) is %i', (error, code) => {
    expect(exitCodeOf(error)).toBe(code);
  });
});

describe('toIoError', () => {
  it('toIoError names the file as typed and the reason, and keeps the Node error as cause', () => {
    const node = Object.assign(new Error("ENOENT: no such file or directory, open '/abs/svar.csv'"), { code: 'ENOENT' });
    const e = toIoError(node, 'read', 'svar.csv');
    expect(e).toBeInstanceOf(CliIoError);
    expect((e as CliIoError).message).toBe('cannot read svar.csv: no such file or directory (ENOENT)');
    expect((e as CliIoError).cause).toBe(node);
  });

  it('toIoError returns errors that are not Node system errors unchanged', () => {
    const e = new SurveyFormatError('X', 'bad');
    expect(toIoError(e, 'read', 'a.csv')).toBe(e);
  });
});

describe('formatErrorMessage', () => {
  it('formatErrorMessage prints one line with the code and no stack', () => {
    const text = formatErrorMessage(new UsageError('RELCAP_CLI_BAD_FLAG', 'unknown flag --x'), false);
    expect(text).toBe('relcap: unknown flag --x [RELCAP_CLI_BAD_FLAG]\n');
  });

  it('formatErrorMessage marks an unexpected error as a bug and shows the stack only in debug mode', () => {
    const e = new TypeError('boom');
    expect(formatErrorMessage(e, false)).toContain('relcap: internal error: boom\nrelcap: this is a bug');
    expect(formatErrorMessage(e, false)).not.toMatch(/\n\s+at /);
    expect(formatErrorMessage(e, true)).toMatch(/\n\s+at /);
  });
});
