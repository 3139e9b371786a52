import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSurvey } from '../../src/survey/index';
import { answerKeys, fixture, thrown, utf8 } from './helpers';

const LONG = 'respondent_id,respondent_role,target_role,dimension,value\nR1,Lærer,Pædagog,shared_goals,4\nR1,Lærer,Pædagog,frequency,Ofte\n';

describe('parseSurvey, long format', () => {
  it('reads one answer per row with its line and value column', () => {
    const s = parseSurvey(LONG, { file: 'svar.csv' });
    expect(s.format).toBe('long');
    expect(s.answers).toEqual([
      { respondentId: 'R1', respondentRole: 'Lærer', targetRole: 'Pædagog', dimension: 'shared_goals', value: 4, source: { file: 'svar.csv', line: 2, column: 'value' } },
      { respondentId: 'R1', respondentRole: 'Lærer', targetRole: 'Pædagog', dimension: 'frequency', value: 4, source: { file: 'svar.csv', line: 3, column: 'value' } },
    ]);
  });

  it.each([
    ['respondent;rolle;målrolle;dimension;værdi', 'R1;Lærer;Pædagog;fælles_mål;Meget'],
    ['værdi;dimension;target;respondent_rolle;id', 'Meget;faelles_maal;Pædagog;Lærer;R1'],
    ['Respondent ID;Respondent Role;Target Role;Dimension;Svar', 'R1;Lærer;Pædagog;Shared Goals;4'],
    ['svar,maalrolle,DIMENSION,profession,respondent', '4,Pædagog,SHARED_GOALS,Lærer,R1'],
  ])('accepts the header %j (aliases, any order) and dimension aliases', (header, row) => {
    const s = parseSurvey(`${header}\n${row}\n`);
    expect(s.format).toBe('long');
    expect(answerKeys(s.answers)).toEqual(['R1|Lærer|Pædagog|shared_goals|4']);
  });

  it('emits missing answers with value null and counts them', () => {
    const s = parseSurvey('respondent_id,respondent_role,target_role,dimension,value\nR1,Lærer,Lærer,accuracy,\nR1,Lærer,Lærer,timeliness,Ved ikke\nR1,Lærer,Lærer,frequency,2\n');
    expect(s.answers.map((a) => a.value)).toEqual([null, null, 2]);
    expect(s.missing).toBe(2);
    expect(s.answerCount).toBe(3);
  });

  it('summarises respondents per role and the target roles in order of appearance', () => {
    const s = parseSurvey(
      'respondent_id,respondent_role,target_role,dimension,value\nA,Lærer,Pædagog,frequency,3\nB,Pædagog,Lærer,frequency,3\nC,Lærer,Skoleleder,frequency,3\nA,Lærer,Lærer,frequency,3\n',
    );
    expect(s.respondents).toBe(3);
    expect(s.respondentRoles).toEqual([
      { role: 'Lærer', key: 'lærer', respondents: 2 },
      { role: 'Pædagog', key: 'pædagog', respondents: 1 },
    ]);
    expect(s.targetRoles).toEqual(['Pædagog', 'Lærer', 'Skoleleder']);
    expect(s.rows).toBe(4);
    expect(s.lines).toBe(5);
  });
});

describe('parseSurvey, wide format', () => {
  it('reads one respondent per row, one answer per <dimension>:<target role> column', () => {
    const s = parseSurvey('id;rolle;fælles_mål:Lærer;shared_goals:Pædagog;Hyppighed:Lærer\nR1;Pædagog;Meget;5;\n');
    expect(s.format).toBe('wide');
    expect(s.answerColumns).toBe(3);
    expect(s.answers).toEqual([
      { respondentId: 'R1', respondentRole: 'Pædagog', targetRole: 'Lærer', dimension: 'shared_goals', value: 4, source: { line: 2, column: 'fælles_mål:Lærer' } },
      { respondentId: 'R1', respondentRole: 'Pædagog', targetRole: 'Pædagog', dimension: 'shared_goals', value: 5, source: { line: 2, column: 'shared_goals:Pædagog' } },
      { respondentId: 'R1', respondentRole: 'Pædagog', targetRole: 'Lærer', dimension: 'frequency', value: null, source: { line: 2, column: 'Hyppighed:Lærer' } },
    ]);
  });

  it.each([
    ['respondent_id', 'role'],
    ['ID', 'Faggruppe'],
    ['respondent', 'profession'],
    ['deltager', 'respondent_rolle'],
  ])('finds the id column %j and the role column %j', (id, role) => {
    const s = parseSurvey(`${id},${role},accuracy:Lærer\nR1,Pædagog,Altid\n`);
    expect(answerKeys(s.answers)).toEqual(['R1|Pædagog|Lærer|accuracy|5']);
  });

  it('skips ignored columns and lists them in the summary', () => {
    const s = parseSurvey('id;Starttid;rolle;accuracy:Lærer;Kommentar\n1;08:00;Pædagog;4;hej\n', { ignoreColumns: ['starttid', ' KOMMENTAR '] });
    expect(s.ignoredColumns).toEqual(['Starttid', 'Kommentar']);
    expect(answerKeys(s.answers)).toEqual(['1|Pædagog|Lærer|accuracy|4']);
  });

  it('accepts columns without a header while their cells are empty (trailing delimiters)', () => {
    const s = parseSurvey('id;rolle;accuracy:Lærer;;\n1;Pædagog;4;;\n');
    expect(s.answers).toHaveLength(1);
  });
});

describe('parseSurvey, detection', () => {
  it.each([
    [',', 'id,rolle,accuracy:Lærer\n1,Pædagog,4\n'],
    [';', 'id;rolle;accuracy:Lærer\n1;Pædagog;4\n'],
    ['\t', 'id\trolle\taccuracy:Lærer\n1\tPædagog\t4\n'],
    [';', '"id";"rolle";"accuracy:Lærer"\n"1";"Pædagog";"4"\n'],
    [',', '"a;b;c",id,rolle,accuracy:Lærer\nx,1,Pædagog,4\n'],
  ])('detects the delimiter %j from the header line (quoted delimiters do not count)', (delimiter, text) => {
    const s = parseSurvey(text, { ignoreColumns: ['a;b;c'] });
    expect(s.delimiter).toBe(delimiter);
    expect(answerKeys(s.answers)).toEqual(['1|Pædagog|Lærer|accuracy|4']);
  });

  it('uses a forced delimiter', () => {
    // With ';' forced, "4,0" is one cell: Danish decimal comma.
    const s = parseSurvey('id;rolle;accuracy:Lærer,x\n1;Pædagog;4,0\n', { delimiter: ';' });
    expect(s.delimiter).toBe(';');
    expect(s.answers[0]?.targetRole).toBe('Lærer,x');
    expect(s.answers[0]?.value).toBe(4);
  });

  it('detects long format from a target, dimension or value column, wide otherwise', () => {
    expect(parseSurvey(LONG).format).toBe('long');
    expect(parseSurvey('id,rolle,accuracy:Lærer\n1,Pædagog,4\n').format).toBe('wide');
  });

  it('reads a file with <dimension>:<target role> columns as wide even if another column is called Svar', () => {
    const s = parseSurvey('id;rolle;accuracy:Lærer;Svar\n1;Pædagog;4;tak\n', { ignoreColumns: ['Svar'] });
    expect(s.format).toBe('wide');
    expect(s.ignoredColumns).toEqual(['Svar']);
  });

  it('reads a forced format and reports what that format lacks', () => {
    const e = thrown(() => parseSurvey('id,rolle,accuracy:Lærer\n1,Pædagog,4\n', { format: 'long' }));
    expect(e.code).toBe('RELCAP_MISSING_COLUMN');
    expect(e.location).toMatchObject({ line: 1, column: 'target_role' });
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR (old Mac)', '\r'],
  ])('reads %s line breaks with the same lines, blank and trailing lines included', (_n, nl) => {
    const text = ['id;rolle;accuracy:Lærer', '1;Pædagog;4', '', '2;Lærer;"Af', 'og til"', '3;Lærer;2', '', ''].join(nl);
    const s = parseSurvey(text);
    // Line 3 is blank; the quoted label "Af<line break>og til" spans lines 4-5 and reads as "Af og til" = 3.
    expect(s.answers.map((a) => [a.respondentId, a.value, a.source?.line])).toEqual([
      ['1', 4, 2],
      ['2', 3, 4],
      ['3', 2, 6],
    ]);
    expect(s.lines).toBe(7); // the last line break ends line 7, it does not start line 8
    expect(s.rows).toBe(3);
  });
});

describe('parseSurvey, fixtures', () => {
  const wide = parseSurvey(fixture('danish-wide-semicolon-bom.csv'), { file: 'danish-wide-semicolon-bom.csv' });

  it('reads the Danish wide export (BOM, ;, CRLF, labels)', () => {
    expect(wide).toMatchObject({ format: 'wide', delimiter: ';', encoding: 'utf-8', bom: true, rows: 12, respondents: 12, answerCount: 420 });
    expect(wide.targetRoles).toEqual(['Lærer', 'Pædagog', 'Sundhedsplejerske', 'Socialrådgiver', 'PPR-psykolog']);
    // Line 2 starts `L1;Lærer;Konstant;Ofte;...`: frequency about Lærer = Konstant = 5, about Pædagog = Ofte = 4.
    expect(wide.answers.slice(0, 2).map((a) => [a.targetRole, a.dimension, a.value, a.source?.line, a.source?.column])).toEqual([
      ['Lærer', 'frequency', 5, 2, 'hyppighed:Lærer'],
      ['Pædagog', 'frequency', 4, 2, 'hyppighed:Pædagog'],
    ]);
  });

  it('reads the Windows-1252 copy to exactly the same answers, æ ø å intact', () => {
    const w1252 = parseSurvey(fixture('danish-wide-windows-1252.csv'), { file: 'danish-wide-semicolon-bom.csv' });
    expect(w1252.encoding).toBe('windows-1252');
    expect(w1252.bom).toBe(false);
    expect(w1252.answers).toEqual(wide.answers);
  });

  it('reads the long file to the same multiset of answers as the wide file', () => {
    const long = parseSurvey(fixture('long.csv'));
    expect(long).toMatchObject({ format: 'long', delimiter: ',', encoding: 'utf-8', bom: false, rows: 420 });
    expect(answerKeys(long.answers)).toEqual(answerKeys(wide.answers));
    expect(long.missing).toBe(wide.missing);
    expect(long.missing).toBeGreaterThan(0);
  });

  it('reads the example survey of 40 respondents in 6 roles', () => {
    const s = parseSurvey(readFileSync(new URL('../../../../examples/data/survey-example.csv', import.meta.url)));
    expect(s.respondents).toBe(40);
    expect(s.respondentRoles.find((r) => r.role === 'Skoleleder')?.respondents).toBe(2);
    expect(s.answerCount).toBe(40 * 7 * 6);
  });

  it('reads text input the same as bytes', () => {
    const text = new TextDecoder().decode(fixture('long.csv'));
    expect(parseSurvey(text).answers).toEqual(parseSurvey(utf8(text)).answers);
    expect(parseSurvey(text).encoding).toBe('string');
  });
});

describe('parseSurvey, frequency sufficiency variant', () => {
  const TEXT = 'id;rolle;hyppighed:Lærer;hyppighed:Pædagog;hyppighed:Skoleleder;accuracy:Lærer\n1;Pædagog;Tilpas;Ikke nok;2;2\n';

  it('scores the sufficiency labels 1, 3, 5, 4, 2 and keeps numbers as scores by default', () => {
    const s = parseSurvey(TEXT, { frequencyVariant: 'sufficiency' });
    // Tilpas = 5, Ikke nok = 3, "2" stays 2; accuracy is not affected.
    expect(s.answers.map((a) => a.value)).toEqual([5, 3, 2, 2]);
  });

  it('recodes numeric display positions of frequency only when asked', () => {
    const s = parseSurvey(TEXT, { frequencyVariant: 'sufficiency', frequencyInput: 'position' });
    // Position 2 -> score 3 for frequency; accuracy "2" stays 2.
    expect(s.answers.map((a) => a.value)).toEqual([5, 3, 3, 2]);
  });

  it('rejects sufficiency labels under the classic variant (the variant is never guessed)', () => {
    expect(thrown(() => parseSurvey(TEXT)).code).toBe('RELCAP_UNKNOWN_LABEL');
  });
});
