import { describe, expect, it } from 'vitest';
import { MappingError } from '../../src/errors/index';
import { parseToolMapping } from '../../src/survey-tools/index';
import { thrownBy } from './fixtures';

const base = { version: 1, columns: { Q3_1: { dimension: 'frequency', target: 'lærer' } } };
const parse = (o: unknown) => parseToolMapping(JSON.stringify(o), 'm.json');

describe('parseToolMapping', () => {
  it('reads the survey mapping fields and the survey-tool fields', () => {
    const m = parse({
      ...base,
      tool: 'qualtrics',
      respondentId: ' ResponseId ',
      respondentRole: 'Q1',
      roleValues: { '1': 'lærer' },
      missingCodes: [99, '-99', 'UNK'],
      labelSet: 'grad',
      labelSets: { enighed: { 'Helt enig': 5, Enig: 4 } },
      columns: { Q3_1: { dimension: 'frequency', target: 'lærer', labelSet: 'enighed', missingCodes: [6] } },
    });
    expect(m).toMatchObject({
      version: 1,
      tool: 'qualtrics',
      respondentId: 'ResponseId',
      missingCodes: ['99', '-99', 'UNK'],
      labelSets: { enighed: { 'Helt enig': 5, Enig: 4 } },
      columns: { Q3_1: { dimension: 'frequency', target: 'lærer', labelSet: 'enighed', missingCodes: ['6'] } },
      ignore: [],
      file: 'm.json',
    });
  });

  it.each([
    [{ ...base, colums: {} }, 'RELCAP_MAPPING_UNKNOWN_KEY', 'colums'],
    [{ ...base, version: 2 }, 'RELCAP_MAPPING_UNSUPPORTED_VERSION', 'version'],
    [{ ...base, tool: 'limesurvey' }, 'RELCAP_MAPPING_BAD_VALUE', 'tool'],
    [{ ...base, skipRows: -1 }, 'RELCAP_MAPPING_BAD_VALUE', 'skipRows'],
    [{ ...base, missingCodes: '99' }, 'RELCAP_MAPPING_BAD_TYPE', 'missingCodes'],
    [{ ...base, missingCodes: [99, ''] }, 'RELCAP_MAPPING_BAD_TYPE', 'missingCodes[1]'],
    [{ ...base, roleValues: { '1': '' } }, 'RELCAP_MAPPING_ROLE_EMPTY', 'roleValues["1"]'],
    [{ ...base, labelSets: { s: { Ja: 1.5 } } }, 'RELCAP_MAPPING_BAD_VALUE', 'labelSets.s.Ja'],
    [{ ...base, labelSets: { s: {} } }, 'RELCAP_MAPPING_BAD_VALUE', 'labelSets.s'],
    [{ version: 1, columns: { 'Start time': { dimension: 'frequency' } } }, 'RELCAP_MAPPING_MISSING_FIELD', 'columns["Start time"].target'],
    [{ version: 1, columns: { Q: { dimension: 'frequency', target: 'x', weight: 2 } } }, 'RELCAP_MAPPING_UNKNOWN_KEY', 'columns.Q.weight'],
  ])('rejects %j with %s at %s', (json, code, path) => {
    const err = thrownBy(MappingError, () => parse(json));
    expect(err.code).toBe(code);
    expect(err.location).toMatchObject({ file: 'm.json', path });
  });

  it('reports a JSON syntax error with its line', () => {
    const err = thrownBy(MappingError, () => parseToolMapping('{\n  "version": 1,\n  "columns": {,}\n}', 'm.json'));
    expect(err.code).toBe('RELCAP_MAPPING_BAD_JSON');
    expect(err.location.line).toBe(3);
  });

  it('ignores a byte order mark', () => {
    expect(parseToolMapping(`\uFEFF${JSON.stringify(base)}`).columns.Q3_1?.target).toBe('lærer');
  });
});
