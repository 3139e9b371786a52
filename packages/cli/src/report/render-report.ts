import type { Lang } from '../commands/command';
import { checkReportSvg } from './check-svg';
import { comparisonBody } from './comparison-section';
import { escapeHtml } from './escape-html';
import { bandKey, matrixRoles, matrixTable } from './matrix-section';
import { methodsBody } from './methods-section';
import { profileCards } from './profiles-section';
import { alphaBlock, iccTable, rwgTable } from './reliability-section';
import { REPORT_CSS } from './report-css';
import { txt } from './report-format';
import { DEFAULT_REPORT_OPTIONS, type ReportInput, type ReportOptions } from './report-input';
import type { ReportTextKey } from './report-strings';
import { asymmetryTable, networkRc, rolesTable, tiesToDiscuss } from './summary-section';

/** The Content-Security-Policy of the report: nothing may load, no script may run; inline styles and data: images only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A matrix with more rated roles than this is printed on a landscape page. */
export const LANDSCAPE_MATRIX_ROLES = 8;

function section(id: string, titleKey: ReportTextKey, body: string, lang: Lang, landscape = false): string {
  const cls = landscape ? 'report-section landscape' : 'report-section';
  return `<section class="${cls}" id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${txt(lang, titleKey)}</h2>${body}</section>`;
}

/**
 * The whole report as one self-contained HTML document (docs/scoring.md; docs/report.md on tone and privacy): inline CSS,
 * inline SVG, no script, no external resource, a Content-Security-Policy that forbids loading
 * anything ({@link REPORT_CSP}), A4 print rules with a page break before each section (the matrix
 * on a landscape page when it has more than {@link LANDSCAPE_MATRIX_ROLES} columns). Sections:
 * role-by-role matrix, role network, roles and network RC (with ties to work on together), tie
 * profiles, reliability and aggregation, comparison (when `input.comparison` is given) and
 * methods. Every string from the data is HTML-escaped. Pure: the same input gives the same text.
 *
 * @throws ReportInputError (`RELCAP_REPORT_UNSAFE_SVG`) when `networkSvg` is not a plain SVG.
 * @example
 * ```ts
 * const html = renderReport({ file: 'svar.csv', score, ratings, networkSvg }, { lang: 'en', version: '0.1.0' });
 * writeFileSync('report.html', html);
 * ```
 */
export function renderReport(input: ReportInput, options: Partial<ReportOptions> = {}): string {
  const o: ReportOptions = { ...DEFAULT_REPORT_OPTIONS, ...options };
  const lang = o.lang;
  const s = input.score;
  checkReportSvg(input.networkSvg);
  const title = o.title === undefined ? txt(lang, 'title') : escapeHtml(o.title);
  const sections: [string, ReportTextKey, string][] = [
    ['matrix', 'matrixTitle', `<p>${txt(lang, 'matrixLead')}</p>${matrixTable(s, lang)}${bandKey(s, lang)}`],
    ['network', 'networkTitle', `<p>${txt(lang, 'networkLead')}</p><figure class="network">${input.networkSvg}</figure>`],
    [
      'summary',
      'summaryTitle',
      `<p>${txt(lang, 'rolesLead')}</p>${rolesTable(s, lang)}<h3>${txt(lang, 'networkRc')}</h3>${networkRc(s, lang)}${tiesToDiscuss(s, lang)}${asymmetryTable(s, lang, o.asymmetryGap)}`,
    ],
    ['profiles', 'profilesTitle', `<p>${txt(lang, 'profilesLead')}</p>${profileCards(s, lang)}`],
    ['reliability', 'reliabilityTitle', alphaBlock(s, lang) + rwgTable(s, lang) + iccTable(s, lang)],
  ];
  if (input.comparison !== undefined) {
    sections.push(['comparison', 'compareTitle', comparisonBody(input.comparison, input.file, s.options, lang)]);
  }
  sections.push(['methods', 'methodsTitle', methodsBody(s, lang)]);
  const wide = matrixRoles(s).rated.length > LANDSCAPE_MATRIX_ROLES;
  const toc = `<nav aria-label="${txt(lang, 'contents')}"><h2>${txt(lang, 'contents')}</h2><ol>${sections
    .map(([id, key]) => `<li><a href="#${id}">${txt(lang, key)}</a></li>`)
    .join('')}</ol></nav>`;
  const made = o.generatedAt === undefined ? '' : `<p class="muted">${txt(lang, 'generated', { date: o.generatedAt, version: o.version })}</p>`;
  const header =
    `<header><h1>${title}</h1><p class="lead">${txt(lang, 'lead')}</p>` +
    `<p>${txt(lang, 'source', { file: input.file, respondents: s.respondents, valid: s.ratings.valid, incomplete: s.ratings.incomplete })}</p>${made}</header>`;
  return (
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8" />` +
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />` +
    '<meta name="referrer" content="no-referrer" /><meta name="viewport" content="width=device-width, initial-scale=1" />' +
    `<title>${title}: ${escapeHtml(input.file)}</title><style>${REPORT_CSS}</style></head>` +
    `<body><main>${header}${toc}${sections.map(([id, key, body]) => section(id, key, body, lang, wide && id === 'matrix')).join('')}</main></body></html>\n`
  );
}
