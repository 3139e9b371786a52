import { join, type ProblemSink, readArray, readId, readInteger, readLocalized, readObject, readString, report } from './read-fields';
import type { TemplateArea, RatingScale, SelfAssessmentTemplate, TemplateStatement } from './template-types';
import { DEFAULT_RATING_SCALE, SA_LIMITS, SUPPORTED_TEMPLATE_VERSIONS } from './template-types';

/**
 * Reads a parsed JSON value as a template (internal to the validator), recording every problem
 * in `sink` with its JSON path. Returns the template only when there was no problem.
 */
export function readTemplate(sink: ProblemSink, data: unknown, path: string): SelfAssessmentTemplate | undefined {
  const before = sink.problems.length;
  const obj = readObject(sink, data, path);
  if (obj === undefined) return undefined;
  const version = obj.schemaVersion;
  if (version === undefined) {
    report(sink, 'RELCAP_SA_MISSING_FIELD', 'missing field "schemaVersion"', join(path, 'schemaVersion'), undefined, `one of ${SUPPORTED_TEMPLATE_VERSIONS.join(', ')}`);
  } else if (typeof version !== 'number' || !SUPPORTED_TEMPLATE_VERSIONS.includes(version)) {
    report(sink, 'RELCAP_SA_UNSUPPORTED_VERSION', 'unsupported schemaVersion', join(path, 'schemaVersion'), version, `one of ${SUPPORTED_TEMPLATE_VERSIONS.join(', ')}`);
  }
  const id = readId(sink, obj, 'id', path);
  const title = readLocalized(sink, obj, 'title', path, true);
  const description = readLocalized(sink, obj, 'description', path, false);
  const source = readString(sink, obj, 'source', path, { required: false });
  const scale = readScale(sink, obj.scale, join(path, 'scale'));
  const areas = readAreas(sink, obj, path);
  if (sink.problems.length > before || id === undefined || title === undefined || scale === undefined || areas === undefined) return undefined;
  return {
    schemaVersion: version as number,
    id,
    title,
    ...(description !== undefined ? { description } : {}),
    ...(source !== undefined ? { source } : {}),
    scale,
    areas,
  };
}

function readScale(sink: ProblemSink, v: unknown, path: string): RatingScale | undefined {
  if (v === undefined) return DEFAULT_RATING_SCALE;
  const obj = readObject(sink, v, path);
  if (obj === undefined) return undefined;
  const min = readInteger(sink, obj.min, join(path, 'min'), { min: 0, max: SA_LIMITS.scaleMax - 1 }, 'RELCAP_SA_BAD_SCALE');
  const max = readInteger(sink, obj.max, join(path, 'max'), { min: 1, max: SA_LIMITS.scaleMax }, 'RELCAP_SA_BAD_SCALE');
  if (min === undefined || max === undefined) return undefined;
  if (max - min < 2) {
    report(sink, 'RELCAP_SA_BAD_SCALE', 'the scale is too narrow', join(path, 'max'), max, `at least ${min + 2} (min + 2)`);
    return undefined;
  }
  let anchors = DEFAULT_RATING_SCALE.anchors;
  if (obj.anchors !== undefined) {
    const a = readObject(sink, obj.anchors, join(path, 'anchors'));
    if (a === undefined) return undefined;
    const lo = readLocalized(sink, a, 'min', join(path, 'anchors'), true);
    const hi = readLocalized(sink, a, 'max', join(path, 'anchors'), true);
    if (lo === undefined || hi === undefined) return undefined;
    anchors = { min: lo, max: hi };
  }
  return { min, max, anchors };
}

function readAreas(sink: ProblemSink, obj: Record<string, unknown>, path: string): TemplateArea[] | undefined {
  const list = readArray(sink, obj, 'areas', path, SA_LIMITS.areas);
  if (list === undefined) return undefined;
  if (list.length === 0) {
    report(sink, 'RELCAP_SA_EMPTY', 'a template needs at least one area', join(path, 'areas'), list, 'at least one area');
    return undefined;
  }
  const areas: TemplateArea[] = [];
  const areaIds = new Set<string>();
  const statementIds = new Set<string>();
  let total = 0;
  list.forEach((item, i) => {
    const p = `${join(path, 'areas')}[${i}]`;
    const a = readObject(sink, item, p);
    if (a === undefined) return;
    const id = readId(sink, a, 'id', p);
    if (id !== undefined && areaIds.has(id)) report(sink, 'RELCAP_SA_DUPLICATE_ID', 'area id used twice', join(p, 'id'), id, 'a unique area id');
    if (id !== undefined) areaIds.add(id);
    const title = readLocalized(sink, a, 'title', p, true);
    const statements = readArray(sink, a, 'statements', p, SA_LIMITS.statementsPerArea);
    if (statements !== undefined && statements.length === 0) {
      report(sink, 'RELCAP_SA_EMPTY', 'an area needs at least one statement', join(p, 'statements'), statements, 'at least one statement');
    }
    total += statements?.length ?? 0;
    const read: TemplateStatement[] = [];
    statements?.forEach((s, j) => {
      const sp = `${join(p, 'statements')}[${j}]`;
      const so = readObject(sink, s, sp);
      if (so === undefined) return;
      const sid = readId(sink, so, 'id', sp);
      if (sid !== undefined && statementIds.has(sid)) report(sink, 'RELCAP_SA_DUPLICATE_ID', 'statement id used twice in the template', join(sp, 'id'), sid, 'a unique statement id');
      if (sid !== undefined) statementIds.add(sid);
      const text = readLocalized(sink, so, 'text', sp, true);
      if (sid !== undefined && text !== undefined) read.push({ id: sid, text });
    });
    if (id !== undefined && title !== undefined) areas.push({ id, title, statements: read });
  });
  if (total > SA_LIMITS.statements) {
    report(sink, 'RELCAP_SA_TOO_MANY', 'the template has too many statements', join(path, 'areas'), `${total} statements`, `at most ${SA_LIMITS.statements}`);
  }
  return areas;
}

