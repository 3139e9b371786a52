import { join, type ProblemSink, readArray, readId, readObject, readString, report, typeName } from './read-fields';
import { readTemplate } from './read-template';
import type { AssessmentRound, RoundParticipant, StatementPick } from './round-types';
import { SUPPORTED_ROUND_VERSIONS } from './round-types';
import type { RatingScale, SelfAssessmentTemplate } from './template-types';
import { SA_LIMITS } from './template-types';

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Reads a parsed JSON value as a round (internal), recording every problem with its JSON path. */
export function readRound(sink: ProblemSink, data: unknown): AssessmentRound | undefined {
  const obj = readObject(sink, data, '');
  if (obj === undefined) return undefined;
  const version = obj.schemaVersion;
  if (typeof version !== 'number' || !SUPPORTED_ROUND_VERSIONS.includes(version)) {
    report(
      sink,
      version === undefined ? 'RELCAP_SA_MISSING_FIELD' : 'RELCAP_SA_UNSUPPORTED_VERSION',
      'unsupported or missing schemaVersion',
      'schemaVersion',
      version,
      `one of ${SUPPORTED_ROUND_VERSIONS.join(', ')}`,
    );
  }
  const date = readString(sink, obj, 'date', '', { required: true });
  if (date !== undefined && !isIsoDate(date)) report(sink, 'RELCAP_SA_BAD_DATE', 'not a calendar date', 'date', date, 'a date written YYYY-MM-DD');
  const label = readString(sink, obj, 'label', '', { required: false });
  const template = readTemplate(sink, obj.template, 'template');
  const participants = template !== undefined ? readParticipants(sink, obj, template) : undefined;
  const picks = template !== undefined ? readPicks(sink, obj, template) : undefined;
  if (sink.problems.length > 0 || date === undefined || template === undefined || participants === undefined || picks === undefined) return undefined;
  return { schemaVersion: version as number, date, ...(label !== undefined ? { label } : {}), template, participants, picks };
}

function statementIds(template: SelfAssessmentTemplate): Set<string> {
  return new Set(template.areas.flatMap((a) => a.statements.map((s) => s.id)));
}

function readParticipants(sink: ProblemSink, obj: Record<string, unknown>, template: SelfAssessmentTemplate): RoundParticipant[] | undefined {
  const list = readArray(sink, obj, 'participants', '', SA_LIMITS.participants);
  if (list === undefined) return undefined;
  const known = statementIds(template);
  const ids = new Set<string>();
  const out: RoundParticipant[] = [];
  list.forEach((item, i) => {
    const p = `participants[${i}]`;
    const o = readObject(sink, item, p);
    if (o === undefined) return;
    const id = readId(sink, o, 'id', p);
    if (id !== undefined && ids.has(id)) report(sink, 'RELCAP_SA_DUPLICATE_ID', 'participant id used twice', join(p, 'id'), id, 'a unique participant id');
    if (id !== undefined) ids.add(id);
    const name = readString(sink, o, 'name', p, { required: false });
    const ratings = readRatings(sink, o.ratings, join(p, 'ratings'), known, template.scale);
    if (id !== undefined && ratings !== undefined) out.push({ id, ...(name !== undefined ? { name } : {}), ratings });
  });
  return out;
}

function readRatings(
  sink: ProblemSink,
  v: unknown,
  path: string,
  known: ReadonlySet<string>,
  scale: RatingScale,
): Record<string, number | null> | undefined {
  if (v === undefined) return {};
  const o = readObject(sink, v, path);
  if (o === undefined) return undefined;
  const out: Record<string, number | null> = {};
  const expected = `a whole number from ${scale.min} to ${scale.max}, or null when not rated`;
  for (const [sid, r] of Object.entries(o)) {
    const p = `${path}[${JSON.stringify(sid)}]`;
    if (!known.has(sid)) {
      report(sink, 'RELCAP_SA_UNKNOWN_STATEMENT', 'rating of a statement the template does not have', p, sid, 'a statement id of the template');
      continue;
    }
    if (r === null) {
      out[sid] = null;
    } else if (typeof r !== 'number' || !Number.isFinite(r)) {
      report(sink, 'RELCAP_SA_BAD_TYPE', 'a rating must be a number', p, r, `${expected}, not ${typeName(r)}`);
    } else if (!Number.isInteger(r)) {
      report(sink, 'RELCAP_SA_RATING_NOT_INTEGER', 'a rating must be a whole number', p, r, expected);
    } else if (r < scale.min || r > scale.max) {
      report(sink, 'RELCAP_SA_RATING_OUT_OF_SCALE', 'rating outside the scale', p, r, expected);
    } else {
      out[sid] = r;
    }
  }
  return out;
}

function readPicks(sink: ProblemSink, obj: Record<string, unknown>, template: SelfAssessmentTemplate): StatementPick[] | undefined {
  if (obj.picks === undefined) return [];
  const list = readArray(sink, obj, 'picks', '', SA_LIMITS.picks);
  if (list === undefined) return undefined;
  const known = statementIds(template);
  const seen = new Set<string>();
  const out: StatementPick[] = [];
  list.forEach((item, i) => {
    const p = `picks[${i}]`;
    const o = readObject(sink, item, p);
    if (o === undefined) return;
    const sid = readString(sink, o, 'statementId', p, { required: true, nonEmpty: true });
    if (sid !== undefined && !known.has(sid)) report(sink, 'RELCAP_SA_UNKNOWN_STATEMENT', 'pick of a statement the template does not have', join(p, 'statementId'), sid, 'a statement id of the template');
    if (sid !== undefined && seen.has(sid)) report(sink, 'RELCAP_SA_DUPLICATE_ID', 'statement picked twice', join(p, 'statementId'), sid, 'three different statements');
    if (sid !== undefined) seen.add(sid);
    const notice = readString(sink, o, 'childAndParentsWillNotice', p, { required: false }) ?? '';
    const takes = readString(sink, o, 'whatItTakes', p, { required: false }) ?? '';
    const planObj = o.plan === undefined ? {} : readObject(sink, o.plan, join(p, 'plan'));
    if (planObj === undefined || sid === undefined) return;
    const pp = join(p, 'plan');
    const plan = {
      who: readString(sink, planObj, 'who', pp, { required: false }) ?? '',
      what: readString(sink, planObj, 'what', pp, { required: false }) ?? '',
      when: readString(sink, planObj, 'when', pp, { required: false }) ?? '',
    };
    out.push({ statementId: sid, childAndParentsWillNotice: notice, whatItTakes: takes, plan });
  });
  return out;
}
