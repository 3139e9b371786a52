import { describe, expect, it } from 'vitest';
import { RELATIONAL_CAPACITY, RELATIONAL_COORDINATION } from '../../src/dimensions/index';
import { OptionsError } from '../../src/errors/index';
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions, resolveImportOptions } from '../../src/survey/index';

describe('resolveImportOptions', () => {
  it('fills in the documented defaults', () => {
    expect(resolveImportOptions({})).toEqual(DEFAULT_IMPORT_OPTIONS);
    expect(DEFAULT_IMPORT_OPTIONS).toMatchObject({ format: 'auto', delimiter: 'auto', encoding: 'auto', mode: 'strict', frequencyVariant: 'classic', frequencyInput: 'score' });
    expect(DEFAULT_IMPORT_OPTIONS.dimensionSet).toBe(RELATIONAL_COORDINATION);
  });

  it('treats undefined fields as not given', () => {
    expect(resolveImportOptions({ file: undefined, mode: undefined }).mode).toBe('strict');
  });

  it.each([
    ['format', { format: 'tall' }],
    ['delimiter', { delimiter: '|' }],
    ['encoding', { encoding: 'latin1' }],
    ['mode', { mode: 'loose' }],
    ['frequencyVariant', { frequencyVariant: 'sufficient' }],
    ['frequencyInput without the sufficiency variant', { frequencyInput: 'position' }],
    ['sufficiency for a set without frequency', { frequencyVariant: 'sufficiency', dimensionSet: RELATIONAL_CAPACITY }],
    ['an empty dimension set', { dimensionSet: { ...RELATIONAL_COORDINATION, dimensions: [] } }],
    ['missingTokens', { missingTokens: 'NA' }],
    ['ignoreColumns', { ignoreColumns: [1] }],
    ['maxIssues', { maxIssues: -1 }],
    ['onIssue', { onIssue: 'log' }],
    ['an unknown option', { delimeter: ';' }],
  ])('refuses %s', (_name, options) => {
    expect(() => resolveImportOptions(options as unknown as Partial<ImportOptions>)).toThrow(OptionsError);
  });

  it('accepts positions with the sufficiency variant', () => {
    expect(resolveImportOptions({ frequencyVariant: 'sufficiency', frequencyInput: 'position' }).frequencyInput).toBe('position');
  });
});
