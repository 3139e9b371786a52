import type { ToolImportReport } from '@relcap/core';
import type { Lang } from '../commands/command';

const SOURCE: Readonly<Record<string, Record<Lang, string>>> = {
  declared: { da: 'erklæret', en: 'declared' },
  labels: { da: 'fra labels-tabellen', en: 'from the labels table' },
  token: { da: 'manglende-svar-ord', en: 'missing token' },
  blank: { da: 'tom celle', en: 'blank cell' },
};

/**
 * The import report of a survey-tool export as text lines (for stderr): the preset and why, the
 * encoding, how many answers each missing code removed, label sets, and unmapped columns.
 *
 * @example
 * ```ts
 * io.stderr.write(formatToolReport(report, 'da'));
 * ```
 */
export function formatToolReport(r: ToolImportReport, lang: Lang): string {
  const da = lang === 'da';
  const file = r.file ?? '';
  const lines = [`${file}: ${r.tool} (${r.reason})`];
  if (r.encoding !== undefined) lines.push(`${file}: encoding ${r.encoding}`);
  lines.push(
    da
      ? `${file}: ${r.respondents} besvarelser, ${r.answers} svar, ${r.answered} med en værdi (mapping: ${r.mappingSource === 'given' ? 'givet' : 'foreslået'})`
      : `${file}: ${r.respondents} respondents, ${r.answers} answers, ${r.answered} with a value (mapping: ${r.mappingSource})`,
  );
  for (const m of r.missing) {
    const code = m.code === '' ? (da ? '(tom)' : '(blank)') : JSON.stringify(m.code);
    lines.push(da ? `${file}: manglende svar ${code} (${SOURCE[m.source]?.da}): ${m.count}` : `${file}: missing ${code} (${SOURCE[m.source]?.en}): ${m.count}`);
  }
  const sets = Object.entries(r.labelSets).map(([k, n]) => `${k} ${n}`).join(', ');
  if (sets !== '') lines.push(da ? `${file}: svarskalaer: ${sets}` : `${file}: label sets: ${sets}`);
  if (r.unmappedColumns.length > 0) {
    const cols = r.unmappedColumns.map((c) => JSON.stringify(c)).join(', ');
    lines.push(da ? `${file}: advarsel: kolonner uden mapping: ${cols}` : `${file}: warning: columns not mapped: ${cols}`);
  }
  for (const w of r.warnings) lines.push(`${file}: ${da ? 'advarsel' : 'warning'}: ${w}`);
  return `${lines.join('\n')}\n`;
}
