import { parseJsonText } from './parse-json-text';
import { newSink } from './read-fields';
import { readTemplate } from './read-template';
import type { SelfAssessmentError } from './self-assessment-error';
import type { SelfAssessmentTemplate } from './template-types';

/** Options of {@link parseTemplate}, {@link validateTemplate} and {@link collectTemplateProblems}. */
export interface TemplateReadOptions {
  /** File name as the user gave it; copied into every error's `location.file`. */
  readonly file?: string;
}

/**
 * Every problem of a parsed JSON value as a self-assessment template, in document order, each a
 * `SelfAssessmentError` with its JSON path, the value found and what was expected (at most
 * `SA_LIMITS.problems`). An empty list means the template is valid.
 *
 * @example
 * ```ts
 * collectTemplateProblems({ schemaVersion: 1, id: 't', title: { da: 'T', en: 'T' }, areas: [] })
 *   .map((p) => [p.code, p.location.path]); // [['RELCAP_SA_EMPTY', 'areas']]
 * ```
 */
export function collectTemplateProblems(data: unknown, options: TemplateReadOptions = {}): SelfAssessmentError[] {
  const sink = newSink('template', options.file);
  readTemplate(sink, data, '');
  return sink.problems;
}

/**
 * Validates a parsed JSON value as a template and returns a fresh typed copy of the known fields
 * (unknown fields are ignored; an absent scale is the default 0..10). Throws the first problem;
 * use {@link collectTemplateProblems} to list them all.
 *
 * @example
 * ```ts
 * const t = validateTemplate(JSON.parse(text), { file: 'web.json' });
 * t.scale; // { min: 0, max: 10, anchors: ... }
 * ```
 */
export function validateTemplate(data: unknown, options: TemplateReadOptions = {}): SelfAssessmentTemplate {
  const sink = newSink('template', options.file);
  const template = readTemplate(sink, data, '');
  const first = sink.problems[0];
  if (first !== undefined) throw first;
  if (template === undefined) throw new Error('self-assessment template: internal error, no template and no problem');
  return template;
}

/**
 * Parses template JSON text and validates it ({@link validateTemplate}). A syntax error is
 * `RELCAP_SA_BAD_JSON` with line and column.
 *
 * @example
 * ```ts
 * const t = parseTemplate(fs.readFileSync('web.json', 'utf8'), { file: 'web.json' });
 * ```
 */
export function parseTemplate(text: string, options: TemplateReadOptions = {}): SelfAssessmentTemplate {
  return validateTemplate(parseJsonText(text, 'template', options.file), options);
}
