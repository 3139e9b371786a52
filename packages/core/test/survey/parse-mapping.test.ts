import { describe, expect, it } from 'vitest';
import { MappingError, OptionsError } from '../../src/errors/index';
import { parseMapping, parseSurvey } from '../../src/survey/index';

function mappingError(f: () => unknown): MappingError {
  try {
    f();
  } catch (e) {
    if (e instanceof MappingError) return e;
    throw e;
  }
  throw new Error('expected a MappingError');
}

const MAPPING = JSON.stringify({
  version: 1,
  respondentId: 'ID',
  respondentRole: 'Faggruppe',
  columns: {
    Q3_1: { dimension: 'shared_goals', target: 'Lærer' },
    'Q3 2': { dimension: 'fælles_viden', target: 'Pædagog' },
  },
  ignore: ['Start time'],
});

describe('parseMapping', () => {
  it('reads a version 1 mapping', () => {
    expect(parseMapping(MAPPING, 'map.json')).toEqual({
      version: 1,
      respondentId: 'ID',
      respondentRole: 'Faggruppe',
      columns: { Q3_1: { dimension: 'shared_goals', target: 'Lærer' }, 'Q3 2': { dimension: 'fælles_viden', target: 'Pædagog' } },
      ignore: ['Start time'],
      file: 'map.json',
    });
  });

  it('needs only the version; columns and ignore default to empty', () => {
    expect(parseMapping('\uFEFF{"version":1}')).toEqual({ version: 1, columns: {}, ignore: [] });
  });

  it.each([
    ['not JSON', '{"version":1,\n"columns": }', 'RELCAP_MAPPING_BAD_JSON', { line: 2 }],
    ['an array', '[]', 'RELCAP_MAPPING_BAD_TYPE', { path: '$' }],
    ['no version', '{}', 'RELCAP_MAPPING_UNSUPPORTED_VERSION', { path: 'version' }],
    ['version 2', '{"version":2}', 'RELCAP_MAPPING_UNSUPPORTED_VERSION', { path: 'version', value: '2' }],
    ['an unknown top-level key', '{"version":1,"colums":{}}', 'RELCAP_MAPPING_UNKNOWN_KEY', { path: 'colums' }],
    ['columns as an array', '{"version":1,"columns":[]}', 'RELCAP_MAPPING_BAD_TYPE', { path: 'columns' }],
    ['a column without target', '{"version":1,"columns":{"Q1":{"dimension":"accuracy"}}}', 'RELCAP_MAPPING_MISSING_FIELD', { path: 'columns.Q1.target' }],
    [
      'a column with an unknown key',
      '{"version":1,"columns":{"Start tid":{"dimension":"accuracy","target":"Lærer","scale":"x"}}}',
      'RELCAP_MAPPING_UNKNOWN_KEY',
      { path: 'columns["Start tid"].scale' },
    ],
    ['a number as dimension', '{"version":1,"columns":{"Q1":{"dimension":3,"target":"Lærer"}}}', 'RELCAP_MAPPING_BAD_TYPE', { path: 'columns.Q1.dimension', value: 'number' }],
    ['an empty target', '{"version":1,"columns":{"Q1":{"dimension":"accuracy","target":" "}}}', 'RELCAP_MAPPING_BAD_TYPE', { path: 'columns.Q1.target' }],
    ['ignore as a string', '{"version":1,"ignore":"Start time"}', 'RELCAP_MAPPING_BAD_TYPE', { path: 'ignore' }],
    ['a number in ignore', '{"version":1,"ignore":["a",2]}', 'RELCAP_MAPPING_BAD_TYPE', { path: 'ignore[1]' }],
    ['respondentId not a string', '{"version":1,"respondentId":7}', 'RELCAP_MAPPING_BAD_TYPE', { path: 'respondentId' }],
  ])('reports %s with its JSON path', (_name, text, code, location) => {
    const e = mappingError(() => parseMapping(text, 'map.json'));
    expect(e.code).toBe(code);
    expect(e.location).toMatchObject({ file: 'map.json', ...location });
  });
});

describe('parseMapping and survey-tool mappings', () => {
  // One mapping type (issue 9): the mapping relcap inspect writes, missing codes included.
  it('reads survey-tool keys: there is one mapping type', () => {
    const m = parseMapping('{"version":1,"missingCodes":["99", 6]}');
    expect(m.missingCodes).toEqual(['99', '6']);
  });
});

describe('parseSurvey with a mapping', () => {
  const mapping = parseMapping(MAPPING, 'map.json');
  const CSV = 'Start time,ID,Faggruppe,Q3_1,Q3 2\n2024-01-01,7,Pædagog,Meget,Lidt\n';

  it('reads the mapped columns as a wide file', () => {
    const s = parseSurvey(CSV, { mapping });
    expect(s.format).toBe('wide');
    expect(s.ignoredColumns).toEqual(['Start time']);
    expect(s.answers).toEqual([
      { respondentId: '7', respondentRole: 'Pædagog', targetRole: 'Lærer', dimension: 'shared_goals', value: 4, source: { line: 2, column: 'Q3_1' } },
      { respondentId: '7', respondentRole: 'Pædagog', targetRole: 'Pædagog', dimension: 'shared_knowledge', value: 2, source: { line: 2, column: 'Q3 2' } },
    ]);
  });

  it('matches mapped headers ignoring case and surrounding spaces', () => {
    const s = parseSurvey(' start TIME ,id,FAGGRUPPE, q3_1 ,Q3 2\nx,7,Pædagog,4,2\n', { mapping });
    expect(s.answers.map((a) => a.value)).toEqual([4, 2]);
  });

  it('still reads <dimension>:<target role> columns next to mapped ones', () => {
    const s = parseSurvey(`${CSV.split('\n')[0]},accuracy:Lærer\n2024,7,Pædagog,4,2,Altid\n`, { mapping });
    expect(s.answers.map((a) => a.dimension)).toEqual(['shared_goals', 'shared_knowledge', 'accuracy']);
  });

  it('reports a mapped column missing from the file', () => {
    const e = mappingError(() => parseSurvey('Start time,ID,Faggruppe,Q3_1\nx,7,Pædagog,4\n', { mapping }));
    expect(e.code).toBe('RELCAP_MAPPING_COLUMN_NOT_FOUND');
    expect(e.location).toMatchObject({ file: 'map.json', path: 'columns["Q3 2"]' });
  });

  it('reports a named id column missing from the file', () => {
    const e = mappingError(() => parseSurvey('Start time,Nr,Faggruppe,Q3_1,Q3 2\nx,7,Pædagog,4,2\n', { mapping }));
    expect(e.location).toMatchObject({ path: 'respondentId', value: 'ID' });
  });

  it('reports a dimension the dimension set does not have', () => {
    const bad = parseMapping('{"version":1,"columns":{"Q1":{"dimension":"tillid","target":"Lærer"}}}');
    const e = mappingError(() => parseSurvey('id,rolle,Q1\n1,Lærer,4\n', { mapping: bad }));
    expect(e.code).toBe('RELCAP_MAPPING_UNKNOWN_DIMENSION');
    expect(e.location.path).toBe('columns.Q1.dimension');
  });

  it('refuses format long together with a mapping', () => {
    expect(() => parseSurvey(CSV, { mapping, format: 'long' })).toThrow(OptionsError);
  });
});
