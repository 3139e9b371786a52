import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTENT_GRAD, NOT_AT_ALL_COMPLETELY } from '../../src/dimensions/index';
import { OptionsError } from '../../src/errors/index';
import {
  AGREEMENT,
  BUILTIN_LABEL_SETS,
  findKeys,
  findLabelSet,
  findPhrase,
  fitValues,
  foldText,
  isMissingLabel,
  isMissingToken,
  parseMissingCodes,
  scoreOfLabel,
  splitGridLabel,
  words,
} from '../../src/survey-tools/index';
import { thrownBy } from './fixtures';

describe('text matching', () => {
  it('folds Danish letters the way ASCII variable names spell them', () => {
    expect(foldText('Fælles MÅL, Pædagog, Børn')).toBe('faelles maal, paedagog, boern');
    expect(words('faelles_maal-Lærer?')).toEqual(['faelles', 'maal', 'laerer']);
  });

  it.each([
    ['Lærerne deler mine mål', 'lærer', 0],
    ['teachers share my goals', 'teacher', 0],
    ['ung mand', 'ung', 0],
    ['ungdomspsykiatri', 'ung', -1],
    ['har viden om arbejdet', 'ved de om', -1],
    ['hvor meget ved de om arbejdet', 'ved de om', 2],
  ])('findPhrase(%j, %j) is %i (short words match whole only)', (text, phrase, at) => {
    expect(findPhrase(words(text), phrase)).toBe(at);
  });

  it('keeps only the longest of overlapping phrases', () => {
    const hits = findKeys('Børne- og ungdomspsykiatri', { ung: ['ung'], psykiatri: ['Børne- og ungdomspsykiatri', 'psykiatri'] });
    expect(hits.map((h) => h.key)).toEqual(['psykiatri']);
  });

  it.each([
    ['Hvor ofte? - Lærer', { question: 'Hvor ofte?', row: 'Lærer' }],
    ['Børne- og ungdomspsykiatri', { question: 'Børne- og ungdomspsykiatri', row: undefined }],
    ['A - B - Health visitor', { question: 'A - B', row: 'Health visitor' }],
  ])('splitGridLabel(%j)', (text, parts) => {
    expect(splitGridLabel(text)).toEqual(parts);
  });
});

describe('label sets', () => {
  it('ships the grad and agreement scales beside the relational-coordination scales', () => {
    expect(BUILTIN_LABEL_SETS.map((s) => s.key)).toEqual([
      'grad',
      'enig',
      'frequency',
      'frequency_sufficiency',
      'never_always',
      'problem_solving',
      'not_at_all_completely',
      'nothing_everything',
    ]);
    expect(findLabelSet('GRAD')?.scale).toBe(EXTENT_GRAD);
  });

  it.each([
    [EXTENT_GRAD, 'I meget høj grad', 5],
    [EXTENT_GRAD, '  i   MINDRE grad ', 2],
    [EXTENT_GRAD, 'To a great extent', 4],
    [AGREEMENT, 'Helt uenig', 1],
    [AGREEMENT, 'Delvist enig', 4],
    [AGREEMENT, 'Strongly agree', 5],
    [NOT_AT_ALL_COMPLETELY, 'Fuldstændig', 5],
  ])('reads %#: "%s" as %i', (scale, label, score) => {
    expect(scoreOfLabel(scale, label)).toBe(score);
  });

  it('matches any casing and spacing of every label (property)', () => {
    const labels = BUILTIN_LABEL_SETS.flatMap((s) => s.scale.points.map((p) => [s, p.labels.da, p.score] as const));
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.boolean(), fc.nat(3), ([set, label, score], upper, pad) => {
        const spaced = ' '.repeat(pad) + (upper ? label.toUpperCase() : label).replace(/ /g, '  ') + ' '.repeat(pad);
        expect(scoreOfLabel(set.scale, spaced)).toBe(score);
      }),
    );
  });

  it('fits a column to the label set that reads its answers and lists what no set reads', () => {
    expect(fitValues(['I høj grad', 'Slet ikke', '99', 'Ved ikke', ''], NOT_AT_ALL_COMPLETELY, BUILTIN_LABEL_SETS)).toEqual({
      labelSet: 'grad',
      outside: ['99'],
    });
    expect(fitValues(['Meget', 'Lidt', 'UNK'], NOT_AT_ALL_COMPLETELY, BUILTIN_LABEL_SETS)).toEqual({ outside: ['UNK'] });
  });
});

describe('missing codes', () => {
  it('parses a command-line list and refuses empty entries', () => {
    expect(parseMissingCodes('6, 99,-99,UNK,6')).toEqual(['6', '99', '-99', 'UNK']);
    expect(thrownBy(OptionsError, () => parseMissingCodes('6,,99')).code).toBe('RELCAP_MISSING_CODES_EMPTY');
  });

  it('knows the documented missing tokens and the labels that declare a code missing', () => {
    expect(isMissingToken(' VED ikke ')).toBe(true);
    expect(isMissingToken('Don’t know')).toBe(true);
    expect(isMissingToken('99')).toBe(false);
    expect(isMissingLabel('Ønsker ikke at svare')).toBe(true);
    expect(isMissingLabel('Aldrig')).toBe(false);
  });
});
