import { SelfAssessmentError } from './self-assessment-error';
import { SA_LIMITS } from './template-types';

/**
 * Parses JSON text for the self-assessment readers (internal). A byte order mark is ignored; a
 * text longer than `SA_LIMITS.jsonChars` is refused before parsing (`RELCAP_SA_TOO_LARGE`); a
 * syntax error becomes `RELCAP_SA_BAD_JSON` with the 1-based line and column.
 */
export function parseJsonText(text: string, what: 'template' | 'round', file: string | undefined): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const where = file !== undefined ? { file } : {};
  if (body.length > SA_LIMITS.jsonChars) {
    throw new SelfAssessmentError('RELCAP_SA_TOO_LARGE', `self-assessment ${what}: the text is too large`, {
      ...where,
      value: `${body.length} characters`,
      expected: `at most ${SA_LIMITS.jsonChars} characters`,
    });
  }
  try {
    return JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(message);
    const offset = m?.[1] !== undefined ? Math.min(Number(m[1]), body.length) : body.length;
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    throw new SelfAssessmentError('RELCAP_SA_BAD_JSON', `self-assessment ${what}: the text is not valid JSON (${message})`, {
      ...where,
      line,
      column: String(column),
      value: body.slice(offset, offset + 20),
      expected: 'valid JSON (check commas, quotes and brackets near this place)',
    });
  }
}
