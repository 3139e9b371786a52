import { describe, expect, it } from 'vitest';
import { SurveyFormatError } from '../../src/errors/index';
import { parseSurvey, SURVEY_ISSUE_CODES } from '../../src/survey/index';
import { thrown, utf8 } from './helpers';

const H = 'respondent_id,respondent_role,target_role,dimension,value';
const W = 'id;rolle;accuracy:Lærer;fælles_mål:Pædagog';

// [name, input, code, expected location]. Lines are 1-based physical lines (header = 1).
const CASES: [string, string | Uint8Array, string, Record<string, unknown>][] = [
  ['a number above the scale', `${H}\nR1,Lærer,Lærer,accuracy,4\nR1,Lærer,Pædagog,accuracy,7\n`, 'RELCAP_OUT_OF_RANGE', { line: 3, column: 'value', value: '7' }],
  ['zero', `${W}\nR1;Lærer;0;4\n`, 'RELCAP_OUT_OF_RANGE', { line: 2, column: 'accuracy:Lærer', value: '0' }],
  ['a fraction', `${W}\nR1;Lærer;4;3.5\n`, 'RELCAP_OUT_OF_RANGE', { line: 2, column: 'fælles_mål:Pædagog', value: '3.5' }],
  ['an unknown label', `${W}\nR1;Lærer;4;4\nR2;Lærer;Måske;4\n`, 'RELCAP_UNKNOWN_LABEL', { line: 3, column: 'accuracy:Lærer', value: 'Måske' }],
  ['too few fields', `${W}\nR1;Lærer;4\n`, 'RELCAP_RAGGED_ROW', { line: 2, value: '3 fields', expected: '4 fields, as in the header' }],
  ['too many fields after a multi-line cell', `${W}\nR1;Lærer;"4\n";4\nR2;Lærer;4;4;4\n`, 'RELCAP_RAGGED_ROW', { line: 4, value: '5 fields' }],
  ['no value column', 'respondent_id,respondent_role,target_role,dimension\nR1,Lærer,Lærer,accuracy\n', 'RELCAP_MISSING_COLUMN', { line: 1, column: 'value' }],
  ['no role column (wide)', 'id;accuracy:Lærer\n1;4\n', 'RELCAP_MISSING_COLUMN', { line: 1, column: 'respondent_role' }],
  ['no answer columns (wide)', 'id;rolle\n1;Lærer\n', 'RELCAP_MISSING_COLUMN', { line: 1 }],
  ['an empty text', '', 'RELCAP_EMPTY_FILE', { line: 1 }],
  ['only blank lines', '\r\n\r\n  \r\n', 'RELCAP_EMPTY_FILE', { line: 1 }],
  ['only a byte order mark', Uint8Array.from([0xef, 0xbb, 0xbf]), 'RELCAP_EMPTY_FILE', { line: 1 }],
  ['a header only', `${H}\n\n\n`, 'RELCAP_NO_DATA_ROWS', { line: 1 }],
  ['a header after blank lines and no rows', `\n\n${W}`, 'RELCAP_NO_DATA_ROWS', { line: 3 }],
  ['an empty respondent id', `${W}\nR1;Lærer;4;4\n ;Lærer;4;4\n`, 'RELCAP_MISSING_VALUE', { line: 3, column: 'id' }],
  ['an empty role', `${W}\nR1;;4;4\n`, 'RELCAP_MISSING_VALUE', { line: 2, column: 'rolle' }],
  ['an empty target role (long)', `${H}\nR1,Lærer,,accuracy,4\n`, 'RELCAP_MISSING_VALUE', { line: 2, column: 'target_role' }],
  ['an empty dimension (long)', `${H}\nR1,Lærer,Lærer,,4\n`, 'RELCAP_MISSING_VALUE', { line: 2, column: 'dimension' }],
  ['an unknown dimension (long)', `${H}\nR1,Lærer,Lærer,trust,4\n`, 'RELCAP_UNKNOWN_DIMENSION', { line: 2, column: 'dimension', value: 'trust' }],
  [
    'a respondent whose role changes (long)',
    `${H}\nR1,Lærer,Lærer,accuracy,4\nR2,Pædagog,Lærer,accuracy,4\nR1,Pædagog,Lærer,timeliness,4\n`,
    'RELCAP_INCONSISTENT_ROLE',
    { line: 4, column: 'respondent_role', value: 'Pædagog', expected: '"Lærer", as on line 2' },
  ],
  ['a respondent whose role changes (wide)', `${W}\nR1;Lærer;4;4\nR1;Pædagog;4;4\n`, 'RELCAP_INCONSISTENT_ROLE', { line: 3, column: 'rolle', value: 'Pædagog' }],
  ['an unknown column', 'id;rolle;accuracy:Lærer;Kommentar\n1;Lærer;4;x\n', 'RELCAP_UNKNOWN_COLUMN', { line: 1, column: 'Kommentar' }],
  ['an unknown dimension in a header', 'id;rolle;accuracy:Lærer;tillid:Lærer\n1;Lærer;4;4\n', 'RELCAP_UNKNOWN_COLUMN', { line: 1, column: 'tillid:Lærer' }],
  ['an extra column in a long file', `${H},note\nR1,Lærer,Lærer,accuracy,4,x\n`, 'RELCAP_UNKNOWN_COLUMN', { line: 1, column: 'note' }],
  ['a value in a column without header', 'id;rolle;accuracy:Lærer;\n1;Lærer;4;\n2;Lærer;4;x\n', 'RELCAP_UNKNOWN_COLUMN', { line: 3, column: '4', value: 'x' }],
  ['two columns for one dimension and target', 'id;rolle;fælles_mål:Lærer;shared_goals:Lærer\n1;Lærer;4;4\n', 'RELCAP_DUPLICATE_COLUMN', { line: 1, column: 'shared_goals:Lærer' }],
  ['two id columns', 'id;respondent_id;rolle;accuracy:Lærer\n1;1;Lærer;4\n', 'RELCAP_DUPLICATE_COLUMN', { line: 1, column: 'respondent_id' }],
  ['an unterminated quote', `${W}\nR1;Lærer;4;4\nR2;Lærer;"4;4\n`, 'RELCAP_BAD_QUOTES', { line: 3 }],
  ['text after a closing quote', `${W}\nR1;Lærer;"4"x;4\nR2;Lærer;4;4\n`, 'RELCAP_BAD_QUOTES', { line: 2 }],
  [
    'UTF-8 mixed with Windows-1252',
    Uint8Array.from([...utf8(`${W}\nR1;Lærer;4;4\nR2;P`), 0xe6, ...utf8('dagog;4;4\n')]),
    'RELCAP_BAD_ENCODING',
    { line: 3, column: 'character 5', value: '0xE6 after "R2;P"' },
  ],
  ['UTF-16 without a byte order mark', Uint8Array.from([0x69, 0, 0x64, 0, 0x0a, 0]), 'RELCAP_UTF16_NO_BOM', { line: 1 }],
];

describe('parseSurvey reports problems with a stable code and location', () => {
  it.each(CASES)('%s', (_name, input, code, location) => {
    const e = thrown(() => parseSurvey(input, { file: 'svar.csv' }));
    expect(e).toBeInstanceOf(SurveyFormatError);
    expect(e.code).toBe(code);
    expect(e.location).toMatchObject({ file: 'svar.csv', ...location });
  });

  it('stops at a record longer than 8 MiB without a line break instead of holding the whole file', () => {
    const text = `${W}\nR1;Lærer;4;4\n${'x'.repeat(9 << 20)}\n`;
    const e = thrown(() => parseSurvey(text, { file: 'svar.csv', mode: 'lenient' }));
    expect(e.code).toBe('RELCAP_RECORD_TOO_LONG');
    expect(e.location).toMatchObject({ file: 'svar.csv', line: 3 });
  });

  it('skips a quote never closed past 8 MiB line by line in lenient mode: located, and no later row lost', () => {
    // Issue 9: before, the open quote swallowed every later line into one record.
    const text = `${W}\nR1;Lærer;4;4\nR2;Lærer;"4;${`${'x'.repeat(1000)}\n`.repeat(9000)}R3;Lærer;4;4\n`;
    const s = parseSurvey(text, { file: 'svar.csv', mode: 'lenient', maxIssues: 2 });
    // The cell's text as far as its line goes (clipped to 60 characters).
    expect(s.issues[0]).toMatchObject({ code: 'RELCAP_BAD_QUOTES', location: { file: 'svar.csv', line: 3, value: `"4;${'x'.repeat(56)}…` } });
    // Data rows: R1, R2's line (its first run of x included), the other 8,999 lines of x (ragged), R3.
    expect(s.rows).toBe(1 + 1 + 8999 + 1);
    expect(s.respondents).toBe(2);
  });

  it('covers every documented code', () => {
    const tested = [...CASES.map((c) => c[2]), 'RELCAP_RECORD_TOO_LONG'];
    expect(new Set(tested)).toEqual(new Set(SURVEY_ISSUE_CODES));
  });

  it('throws the first problem in strict mode', () => {
    const e = thrown(() => parseSurvey(`${W}\nR1;Lærer;9;4\nR2;Lærer;Måske;4\n`));
    expect(e.location.line).toBe(2);
  });
});

describe('parseSurvey in lenient mode', () => {
  const TEXT = [
    `${W};Kommentar`, // 1: unknown column
    'R1;Lærer;4;Meget;ok', // 2: fine
    'R2;Lærer;9;Meget;', // 3: out of range (cell skipped, the other kept)
    'R3;Lærer;Måske;Lidt;', // 4: unknown label (cell skipped)
    ';Lærer;4;4;', // 5: no id (row skipped)
    'R4;Lærer;4;4', // 6: ragged (row skipped)
    'R1;Pædagog;4;4;', // 7: inconsistent role (row skipped)
    'R5;Pædagog;;Ved ikke;', // 8: two missing answers, no problem
    '', // trailing blank line
  ].join('\n');

  it('skips bad cells and unusable rows and collects every problem in order', () => {
    const seen: string[] = [];
    const s = parseSurvey(TEXT, { mode: 'lenient', onIssue: (e) => seen.push(e.code) });
    expect(s.issues.map((e) => [e.code, e.location.line])).toEqual([
      ['RELCAP_UNKNOWN_COLUMN', 1],
      ['RELCAP_OUT_OF_RANGE', 3],
      ['RELCAP_UNKNOWN_LABEL', 4],
      ['RELCAP_MISSING_VALUE', 5],
      ['RELCAP_RAGGED_ROW', 6],
      ['RELCAP_INCONSISTENT_ROLE', 7],
    ]);
    expect(seen).toEqual(s.issues.map((e) => e.code));
    expect(s.issueCount).toBe(6);
    expect(s.ignoredColumns).toEqual(['Kommentar']);
    // Kept: R1 x2, R2 shared_goals, R3 shared_goals, R5 x2 (both null).
    expect(s.answers.map((a) => `${a.respondentId}:${a.dimension}=${a.value}`)).toEqual([
      'R1:accuracy=4',
      'R1:shared_goals=4',
      'R2:shared_goals=4',
      'R3:shared_goals=2',
      'R5:accuracy=null',
      'R5:shared_goals=null',
    ]);
    expect(s.rows).toBe(7);
  });

  it('keeps at most maxIssues issues but counts them all', () => {
    const s = parseSurvey(TEXT, { mode: 'lenient', maxIssues: 2 });
    expect(s.issues).toHaveLength(2);
    expect(s.issueCount).toBe(6);
  });

  it.each([
    ['a missing column', 'id;accuracy:Lærer\n1;4\n', 'RELCAP_MISSING_COLUMN'],
    ['an empty file', '', 'RELCAP_EMPTY_FILE'],
    ['a header only', `${W}\n`, 'RELCAP_NO_DATA_ROWS'],
  ])('still throws when the file cannot be read at all: %s', (_n, text, code) => {
    expect(thrown(() => parseSurvey(text, { mode: 'lenient' })).code).toBe(code);
  });
});
