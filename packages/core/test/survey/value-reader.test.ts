import { describe, expect, it } from 'vitest';
import { RELATIONAL_COORDINATION } from '../../src/dimensions/index';
import { OptionsError } from '../../src/errors/index';
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions } from '../../src/survey/import-options';
import { createValueReader } from '../../src/survey/value-reader';

const dim = (key: string) => RELATIONAL_COORDINATION.dimensions.find((d) => d.key === key)!;
const reader = (key: string, o: Partial<ImportOptions> = {}) => createValueReader(dim(key), { ...DEFAULT_IMPORT_OPTIONS, ...o });

// The scales of docs/scoring.md, written out by hand: [dimension, score, English, Danish].
const LABELS: [string, number, string, string][] = [
  ['frequency', 1, 'Never', 'Aldrig'],
  ['frequency', 2, 'Rarely', 'Sjældent'],
  ['frequency', 3, 'Occasionally', 'Af og til'],
  ['frequency', 4, 'Often', 'Ofte'],
  ['frequency', 5, 'Constantly', 'Konstant'],
  ['timeliness', 1, 'Never', 'Aldrig'],
  ['timeliness', 5, 'Always', 'Altid'],
  ['accuracy', 2, 'Rarely', 'Sjældent'],
  ['accuracy', 5, 'Always', 'Altid'],
  ['problem_solving', 1, 'Always blame others', 'Bebrejder altid andre'],
  ['problem_solving', 2, 'Mostly blame others', 'Bebrejder oftest andre'],
  ['problem_solving', 3, 'Neither blame nor solve', 'Hverken bebrejder eller løser'],
  ['problem_solving', 4, 'Mostly solve with me', 'Løser oftest problemet med mig'],
  ['problem_solving', 5, 'Always solve with me', 'Løser altid problemet med mig'],
  ['shared_goals', 1, 'Not at all', 'Slet ikke'],
  ['shared_goals', 2, 'A little', 'Lidt'],
  ['shared_goals', 3, 'Somewhat', 'Noget'],
  ['shared_goals', 4, 'A lot', 'Meget'],
  ['shared_goals', 5, 'Completely', 'Fuldstændigt'],
  ['mutual_respect', 5, 'Completely', 'Fuldstændigt'],
  ['shared_knowledge', 1, 'Nothing', 'Intet'],
  ['shared_knowledge', 3, 'Some', 'Noget'],
  ['shared_knowledge', 5, 'Everything', 'Alt'],
];

describe('createValueReader', () => {
  it.each(LABELS)('reads %s label score %i in English (%s) and Danish (%s), any case, spaces trimmed', (key, score, en, da) => {
    const r = reader(key);
    for (const cell of [en, da, en.toUpperCase(), da.toLowerCase(), `  ${da}  `, `\t${en} `]) expect(r.read(cell)).toBe(score);
  });

  it.each([
    ['4', 4],
    [' 4 ', 4],
    ['4.0', 4],
    ['4,0', 4],
    ['04', 4],
    ['+2', 2],
    ['1', 1],
    ['5', 5],
  ])('reads the number %j as %i', (cell, score) => {
    expect(reader('shared_goals').read(cell)).toBe(score);
  });

  it.each(['', '   ', 'NA', 'n/a', '-', 'Ved ikke', 'VED IKKE', ' ikke relevant ', "Don't know", 'Don’t know', 'not applicable'])(
    'reads the missing token %j as null',
    (cell) => {
      expect(reader('accuracy').read(cell)).toBeNull();
    },
  );

  it('reads extra missing tokens given as options', () => {
    expect(reader('accuracy', { missingTokens: ['99', 'Uoplyst'] }).read('uoplyst')).toBeNull();
  });

  it.each([
    ['0', 'RELCAP_OUT_OF_RANGE'],
    ['6', 'RELCAP_OUT_OF_RANGE'],
    ['3.5', 'RELCAP_OUT_OF_RANGE'],
    ['4,5', 'RELCAP_OUT_OF_RANGE'],
    ['-1', 'RELCAP_OUT_OF_RANGE'],
    ['Meget', 'RELCAP_UNKNOWN_LABEL'], // a shared_goals label, not a frequency label
    ['Often-ish', 'RELCAP_UNKNOWN_LABEL'],
    ['Tilpas', 'RELCAP_UNKNOWN_LABEL'], // sufficiency label, but the classic variant is asked for
  ])('rejects %j on frequency with %s', (cell, code) => {
    const r = reader('frequency');
    expect(r.read(cell)).toBeUndefined();
    expect(r.problem(cell).code).toBe(code);
  });

  // Sufficiency variant: display order Not nearly enough, Not enough, Just the right amount,
  // Too often, Much too often scores 1, 3, 5, 4, 2 (docs/scoring.md, sufficiency variant).
  it.each([
    ['Not nearly enough', 'Slet ikke nok', 1],
    ['Not enough', 'Ikke nok', 3],
    ['Just the right amount', 'Tilpas', 5],
    ['Too often', 'For ofte', 4],
    ['Much too often', 'Alt for ofte', 2],
  ])('reads the sufficiency labels %s / %s as %i', (en, da, score) => {
    const r = reader('frequency', { frequencyVariant: 'sufficiency' });
    expect(r.read(en)).toBe(score);
    expect(r.read(da.toUpperCase())).toBe(score);
  });

  it('rejects classic frequency labels under the sufficiency variant', () => {
    expect(reader('frequency', { frequencyVariant: 'sufficiency' }).read('Ofte')).toBeUndefined();
  });

  it.each([
    ['1', 1],
    ['2', 3],
    ['3', 5],
    ['4', 4],
    ['5', 2],
    ['3.0', 5],
  ])('recodes sufficiency display position %s to score %i', (cell, score) => {
    expect(reader('frequency', { frequencyVariant: 'sufficiency', frequencyInput: 'position' }).read(cell)).toBe(score);
  });

  it('keeps numbers of sufficiency frequency as scores unless positions are asked for', () => {
    expect(reader('frequency', { frequencyVariant: 'sufficiency' }).read('2')).toBe(2);
  });

  it('does not recode numbers of other dimensions when frequency holds positions', () => {
    expect(reader('shared_goals', { frequencyVariant: 'sufficiency', frequencyInput: 'position' }).read('2')).toBe(2);
  });

  it('refuses a missing token that is also a label', () => {
    expect(() => reader('frequency', { missingTokens: ['Aldrig'] })).toThrow(OptionsError);
  });

  it('accepts the alias Fuldstændig for Fuldstændigt', () => {
    expect(reader('mutual_respect').read('fuldstændig')).toBe(5);
  });
});
