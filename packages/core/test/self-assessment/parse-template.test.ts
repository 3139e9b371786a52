import { describe, expect, it } from 'vitest';
import { collectTemplateProblems, parseTemplate, SelfAssessmentError, validateTemplate } from '../../src/self-assessment/index';
import { SMALL_TEMPLATE, setPath, templateJson } from './fixtures';

function thrownBy(f: () => unknown): SelfAssessmentError {
  try {
    f();
  } catch (e) {
    if (e instanceof SelfAssessmentError) return e;
    throw e;
  }
  throw new Error('expected a SelfAssessmentError');
}

describe('validateTemplate', () => {
  it('returns a typed copy of a valid template', () => {
    const t = validateTemplate(templateJson());
    expect(t).toEqual(SMALL_TEMPLATE);
    expect(t).not.toBe(SMALL_TEMPLATE);
  });

  it('uses the default 0..10 scale with the guide anchors when the scale is absent', () => {
    const json = templateJson();
    delete json.scale;
    const t = validateTemplate(json);
    expect([t.scale.min, t.scale.max]).toEqual([0, 10]);
    expect(t.scale.anchors.min.en).toBe('We do not do it at all');
  });

  it('accepts a 1..10 scale', () => {
    const json = { ...templateJson(), scale: { min: 1, max: 10 } };
    expect(validateTemplate(json).scale.min).toBe(1);
  });

  // [what is broken, how, code, JSON path, value found]
  const cases: [string, (j: Record<string, unknown>) => void, string, string, string | undefined][] = [
    ['a missing schemaVersion', (j) => delete j.schemaVersion, 'RELCAP_SA_MISSING_FIELD', 'schemaVersion', undefined],
    ['a future schemaVersion', (j) => (j.schemaVersion = 2), 'RELCAP_SA_UNSUPPORTED_VERSION', 'schemaVersion', '2'],
    ['an English title missing', (j) => (j.title = { da: 'x' }), 'RELCAP_SA_MISSING_FIELD', 'title.en', undefined],
    ['an empty area list', (j) => (j.areas = []), 'RELCAP_SA_EMPTY', 'areas', '[]'],
    ['a statement text of the wrong type', (j) => setPath(j, 'areas[1].statements[0].text.da', 7), 'RELCAP_SA_BAD_TYPE', 'areas[1].statements[0].text.da', '7'],
    ['a duplicate statement id', (j) => setPath(j, 'areas[1].statements[1].id', 's1'), 'RELCAP_SA_DUPLICATE_ID', 'areas[1].statements[1].id', 's1'],
    ['a duplicate area id', (j) => setPath(j, 'areas[1].id', 'a'), 'RELCAP_SA_DUPLICATE_ID', 'areas[1].id', 'a'],
    ['an id with a space', (j) => setPath(j, 'areas[0].id', 'a b'), 'RELCAP_SA_BAD_TYPE', 'areas[0].id', 'a b'],
    ['a scale that is not whole', (j) => (j.scale = { min: 0, max: 9.5 }), 'RELCAP_SA_BAD_SCALE', 'scale.max', '9.5'],
    ['a negative scale minimum', (j) => (j.scale = { min: -1, max: 10 }), 'RELCAP_SA_BAD_SCALE', 'scale.min', '-1'],
    ['a scale with one step', (j) => (j.scale = { min: 1, max: 2 }), 'RELCAP_SA_BAD_SCALE', 'scale.max', '2'],
    ['an area without statements', (j) => setPath(j, 'areas[0].statements', []), 'RELCAP_SA_EMPTY', 'areas[0].statements', '[]'],
    ['an area that is a string', (j) => setPath(j, 'areas[0]', 'x'), 'RELCAP_SA_BAD_TYPE', 'areas[0]', 'x'],
  ];

  it.each(cases)('reports %s with code and JSON path', (_what, breakIt, code, path, value) => {
    const json = templateJson();
    breakIt(json);
    const err = thrownBy(() => validateTemplate(json, { file: 'web.json' }));
    expect(err.code).toBe(code);
    expect(err.location.path).toBe(path);
    expect(err.location.file).toBe('web.json');
    expect(err.location.value).toBe(value);
    expect(err.location.expected).toEqual(expect.any(String));
  });

  it('reports a value that is not an object at the root', () => {
    const err = thrownBy(() => validateTemplate([1]));
    expect([err.code, err.location.path]).toEqual(['RELCAP_SA_BAD_TYPE', '$']);
  });

  it('lists every problem in document order', () => {
    const json = templateJson();
    json.schemaVersion = 9;
    setPath(json, 'areas[0].statements[1].text', { da: '', en: 'x' });
    expect(collectTemplateProblems(json).map((p) => [p.code, p.location.path])).toEqual([
      ['RELCAP_SA_UNSUPPORTED_VERSION', 'schemaVersion'],
      ['RELCAP_SA_EMPTY', 'areas[0].statements[1].text.da'],
    ]);
  });

  it('refuses more areas than the limit without reading them', () => {
    const json = { ...templateJson(), areas: Array.from({ length: 51 }, () => ({})) };
    const problems = collectTemplateProblems(json);
    expect(problems.map((p) => [p.code, p.location.path])).toEqual([['RELCAP_SA_TOO_MANY', 'areas']]);
  });
});

describe('parseTemplate', () => {
  it('parses JSON text with a byte order mark', () => {
    expect(parseTemplate(`\uFEFF${JSON.stringify(SMALL_TEMPLATE)}`).id).toBe('small');
  });

  it('reports a JSON syntax error with line and column', () => {
    const err = thrownBy(() => parseTemplate('{\n  "id": "x"\n  ,}', { file: 't.json' }));
    expect(err.code).toBe('RELCAP_SA_BAD_JSON');
    expect(err.location).toMatchObject({ file: 't.json', line: 3, column: '4' });
  });
});
