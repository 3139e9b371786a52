import { parseXml, type XmlElement } from '@relcap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReportSvg, escapeHtml, iccResults, REPORT_CSP, REPORT_STRINGS, ReportInputError, renderReport } from '../../src/report/index';
import { SCRIPT_ROLE } from './report-survey';
import { reportInput, scored } from './report-test-input';

const all = (e: XmlElement): XmlElement[] => [e, ...e.children.flatMap(all)];
/** Text of an element and everything inside it. */
const textOf = (e: XmlElement): string => e.text + e.children.map(textOf).join('');
const byAttr = (root: XmlElement, attr: string, value?: string): XmlElement[] =>
  all(root).filter((e) => attr in e.attrs && (value === undefined || e.attrs[attr] === value));
const sectionOf = (root: XmlElement, id: string): XmlElement => all(root).find((e) => e.name === 'section' && e.attrs.id === id)!;

const render = (lang: 'da' | 'en', options: { compare?: boolean; minRaters?: number } = {}): { html: string; doc: XmlElement } => {
  const html = renderReport(reportInput(lang, options), { lang, version: '0.1.0' });
  return { html, doc: parseXml(html) };
};

describe('renderReport: the role-by-role matrix', () => {
  const { doc } = render('en');
  const matrix = all(doc).find((e) => e.name === 'table' && e.attrs.class === 'matrix')!;
  const cell = (from: string, to: string): XmlElement | undefined =>
    all(matrix).find((e) => e.name === 'td' && e.attrs['data-from'] === from && e.attrs['data-to'] === to);

  it('renderReport puts rater roles in rows and rated roles in columns, in role order', () => {
    // UTF-16 order: '<' (0x3C) < 'L' < 'P'.
    const head = all(matrix).filter((e) => e.name === 'th' && e.attrs.scope === 'col').map(textOf);
    expect(head.slice(1)).toEqual([SCRIPT_ROLE, 'Lærer', 'Pædagog']);
    expect(all(matrix).filter((e) => e.name === 'th' && e.attrs.scope === 'row').map(textOf)).toEqual([SCRIPT_ROLE, 'Lærer', 'Pædagog']);
  });

  it('renderReport writes score, band and n in each shown cell', () => {
    // By hand (report-survey.ts): Lærer -> Lærer 13/3 = 4.33 strong n 3; Lærer -> Pædagog (4+5+3)/3 = 4.00
    // moderate n 3; Pædagog -> Lærer (3+3+2+2)/4 = 2.50 weak n 4; Pædagog -> <script> 4.00 moderate n 3.
    const cases: [string, string, string][] = [
      ['Lærer', 'Lærer', '4.33strongn = 3'],
      ['Lærer', 'Pædagog', '4.00moderaten = 3'],
      ['Pædagog', 'Lærer', '2.50weakn = 4'],
      ['Pædagog', SCRIPT_ROLE, '4.00moderaten = 3'],
    ];
    for (const [from, to, text] of cases) expect(textOf(cell(from, to)!), `${from} -> ${to}`).toBe(text);
    expect(cell('Pædagog', 'Lærer')!.attrs['data-band']).toBe('weak');
    expect(cell('Pædagog', 'Lærer')!.attrs.style).toContain('background:');
  });

  it('renderReport greys suppressed cells, says "suppressed (n<3)" and shows no score', () => {
    const suppressed = byAttr(matrix, 'data-suppressed', 'true');
    // n = 2 each: Lærer -> <script>, <script> -> Lærer, <script> -> Pædagog.
    expect(suppressed.map((e) => `${e.attrs['data-from']} -> ${e.attrs['data-to']}`).sort()).toEqual(
      [`${SCRIPT_ROLE} -> Lærer`, `${SCRIPT_ROLE} -> Pædagog`, `Lærer -> ${SCRIPT_ROLE}`].sort(),
    );
    for (const e of suppressed) {
      expect(textOf(e)).toBe('suppressed (n<3)');
      expect(e.attrs.class).toContain('cell-suppressed');
      expect(textOf(e)).not.toMatch(/\d\.\d/);
    }
  });

  it('renderReport marks pairs nobody rated with a dash', () => {
    const empty = all(matrix).filter((e) => e.name === 'td' && (e.attrs.class ?? '').includes('cell-empty'));
    // <script> -> <script> and Pædagog -> Pædagog: 3 x 3 cells - 4 shown - 3 suppressed = 2.
    expect(empty.map(textOf)).toEqual(['–', '–']);
  });

  it('renderReport shows scores only for ties that are not suppressed, everywhere', () => {
    const { doc: d } = render('en', { compare: true });
    const profiles = all(sectionOf(d, 'profiles')).filter((e) => e.name === 'article');
    expect(profiles.map((p) => `${p.attrs['data-from']} -> ${p.attrs['data-to']}`)).toEqual([
      'Lærer -> Lærer',
      'Lærer -> Pædagog',
      `Pædagog -> ${SCRIPT_ROLE}`,
      'Pædagog -> Lærer',
    ]);
    for (const row of byAttr(sectionOf(d, 'comparison'), 'data-status', 'suppressed_both')) {
      expect(textOf(row)).not.toMatch(/\d\.\d\d/);
    }
  });

  it('renderReport with minRaters 1 suppresses nothing', () => {
    const { doc: d } = render('en', { minRaters: 1 });
    expect(byAttr(d, 'data-suppressed', 'true')).toHaveLength(0);
    // <script> -> Lærer: S1 3, S2 4: (3 + 4) / 2 = 3.50 moderate n 2.
    const c = all(d).find((e) => e.name === 'td' && e.attrs['data-from'] === SCRIPT_ROLE && e.attrs['data-to'] === 'Lærer')!;
    expect(textOf(c)).toBe('3.50moderaten = 2');
  });
});

describe('renderReport: summaries, statistics, comparison', () => {
  const { doc } = render('en', { compare: true });

  it('renderReport gives both network means and says which is which', () => {
    // Unweighted over the 3 shown between-role ties: (4.00 + 4.00 + 2.50) / 3 = 3.50.
    // Respondent-weighted over their 3 + 3 + 4 = 10 ratings: (12 + 12 + 10) / 10 = 3.40.
    const row = (k: string): string => textOf(byAttr(sectionOf(doc, 'summary'), 'data-mean', k)[0]!);
    expect(row('unweighted')).toBe('Unweighted: mean of 3 between-role ties (each direction counts once)3.50');
    expect(row('weighted')).toBe('Respondent-weighted: mean of 10 individual between-role ratings3.40');
  });

  it('renderReport summarises roles given and received in role order', () => {
    // Lærer gives 4.00 (-> Pædagog), receives 2.50; Pædagog gives (4.00 + 2.50) / 2 = 3.25, receives 4.00;
    // <script> gives nothing shown (all suppressed), receives 4.00.
    const rows = byAttr(sectionOf(doc, 'summary'), 'data-role').map((r) => textOf(r).replace(/\s+/g, ' '));
    expect(rows).toEqual([
      `${SCRIPT_ROLE}2– (0 ties)4.00 (1 ties)`,
      'Lærer34.00 (1 ties)2.50 (1 ties)',
      'Pædagog43.25 (2 ties)4.00 (1 ties)',
    ]);
  });

  it('renderReport lists weak ties as ties to work on together, and strong ones as ties that carry', () => {
    const lists = all(sectionOf(doc, 'summary')).filter((e) => e.name === 'ul' && e.attrs.class === 'tie-list');
    expect(lists.map((l) => l.children.map(textOf))).toEqual([['Pædagog → Lærer: 2.50 (n = 4)'], ['Within Lærer: 4.33 (n = 3)']]);
    expect(textOf(sectionOf(doc, 'summary'))).toContain('Ties to work on together');
  });

  it('renderReport reports alpha, rwg(j) per tie and ICC with hand-computed values', () => {
    const text = textOf(sectionOf(doc, 'reliability'));
    // Every complete rating is constant across its items: alpha = 7/6 (1 - 7v / 49v) = 1.
    expect(text).toContain('Alpha = 1.00 over');
    // rwg(j): Lærer -> Pædagog, item variances 1 (6 answered items): 6 · 0.5 / (6 · 0.5 + 0.5) = 0.857;
    // Lærer -> Lærer, variances 1/3: 7 · (5/6) / (7 · 5/6 + 1/6) = 35/36 = 0.972.
    expect(text).toContain('Within Lærer30.97agree');
    expect(text).toContain('Lærer → Pædagog30.86agree');
    expect(text).toContain('4 of 4 ties have rwg(j) above 0.70.');
    const rows = byAttr(sectionOf(doc, 'reliability'), 'data-unit').map(textOf);
    // Tie: groups [5,4,4] [4,5,3] [4,4,4] [3,3,2,2]: MSB = 289/117, MSW = 11/27, k = 13/4,
    // ICC(1) = 2896/4755 = 0.609, ICC(2) = 724/867 = 0.835.
    expect(rows[0]).toBe('tie (role → role)43.30.61above the limit0.84above the limit');
    // Rated role (between-role only): [3,3,2,2] [4,5,3] [4,4,4]: MSB = 27/10, MSW = 3/7, k = 10/3,
    // ICC(1) = 159/259 = 0.614, ICC(2) = 53/63 = 0.841.
    expect(rows[1]).toBe('rated role33.30.61above the limit0.84above the limit');
  });

  it('iccResults uses only ratings of ties that are not suppressed', () => {
    const input = reportInput('en');
    const [pair, target] = iccResults(input.score);
    expect(pair!.result.n).toBe(13);
    expect(pair!.result.icc1.value).toBeCloseTo(2896 / 4755, 10);
    expect(pair!.result.icc2.value).toBeCloseTo(724 / 867, 10);
    expect(target!.result.icc1.value).toBeCloseTo(159 / 259, 10);
    expect(target!.result.icc2.value).toBeCloseTo(53 / 63, 10);
  });

  it('renderReport compares with the earlier survey: change, Welch interval, new and vanished ties', () => {
    const cmp = sectionOf(doc, 'comparison');
    const row = (from: string, to: string): XmlElement =>
      all(cmp).find((e) => e.name === 'tr' && e.attrs['data-from'] === from && e.attrs['data-to'] === to)!;
    // Pædagog -> Lærer: 1.50 -> 2.50, change +1.00; sd both sqrt(1/3), n 4: se = sqrt(1/12 + 1/12) = 0.408,
    // df = (1/6)^2 / (2 (1/12)^2 / 3) = 6, t(0.975, 6) = 2.4469: 1 ± 0.9990 = 0.0010 .. 1.9990.
    expect(textOf(row('Pædagog', 'Lærer'))).toBe('Pædagog → Lærer1.50 (n = 4)2.50 (n = 4)+1.000.00 – +2.00shown in both');
    expect(row('Pædagog', SCRIPT_ROLE).attrs['data-status']).toBe('appeared');
    expect(row('Lærer', 'Sundhedsplejerske').attrs['data-status']).toBe('vanished');
    expect(textOf(cmp)).toContain('3 ties can be compared, 1 are new, 1 are not rated now, 3 are suppressed in at least one survey.');
    // Network, unweighted: before Lærer -> Pædagog 4.00, Pædagog -> Lærer 1.50, Lærer -> Sundhedsplejerske 3.00:
    // (4 + 1.5 + 3) / 3 = 2.83; now 3.50 (above); change 3.50 - 2.8333 = +0.67.
    expect(textOf(byAttr(cmp, 'data-mean', 'unweighted')[0]!)).toBe('Unweighted (ties)2.833.50+0.67');
  });
});

describe('renderReport: safety, methods, languages', () => {
  it('renderReport keeps a role named <script> as text', () => {
    const { html, doc } = render('da');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all(doc).some((e) => e.name === 'script')).toBe(false);
    expect(all(doc).filter((e) => e.name === 'th').map(textOf)).toContain(SCRIPT_ROLE);
  });

  it('renderReport is one self-contained file with a Content-Security-Policy that loads nothing', () => {
    const { html, doc } = render('en');
    const csp = all(doc).find((e) => e.name === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy');
    expect(csp?.attrs.content).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(REPORT_CSP).toBe(csp?.attrs.content);
    // The only URLs are the SVG namespace (an identifier, never fetched).
    expect([...html.matchAll(/https?:\/\/[^"'\s)]+/g)].map((m) => m[0]).filter((u) => u !== 'http://www.w3.org/2000/svg')).toEqual([]);
    expect(all(doc).filter((e) => ['link', 'img', 'iframe', 'object', 'embed', 'script'].includes(e.name))).toEqual([]);
    expect(all(doc).filter((e) => 'src' in e.attrs)).toEqual([]);
    expect(all(doc).find((e) => e.name === 'style')?.text).toContain('@media print');
  });

  it('renderReport writes the methods: rules, thresholds, citations and the licensing note', () => {
    const { doc } = render('en');
    const text = textOf(sectionOf(doc, 'methods'));
    expect(text).toContain('at least 4 of 7 are answered');
    expect(text).toContain('fewer than 3 raters are suppressed');
    expect(text).toContain('weak below 3.5, moderate from 3.5 up to and including 4.0, strong above 4.0');
    for (const source of ['Gittell, J. H. (2002)', 'Gittell, J. H., Seidner, R., & Wimbush, J. (2010)', 'Cronbach, L. J. (1951)', 'James, L. R., Demaree, R. G., & Wolf, G. (1984)', 'Bliese, P. D. (2000)', 'Welch, B. L. (1947)', 'Hartman, A. (1978)']) {
      expect(text).toContain(source);
    }
    expect(text).toContain('licensed by Brandeis University (Relational Coordination Analytics is the licensee)');
    expect(text).toContain('not the licensed instrument');
  });

  it('renderReport speaks Danish by default and English on request', () => {
    const da = renderReport(reportInput('da'), { version: '0.1.0' });
    const en = renderReport(reportInput('en'), { lang: 'en', version: '0.1.0' });
    expect(da).toContain('<html lang="da">');
    expect(da).toContain('Rolle for rolle');
    expect(da).toContain('skjult (n&lt;3)');
    expect(da).toContain('2,50'); // decimal comma
    expect(da).toContain('Relationer at arbejde videre med sammen');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Role by role');
    expect(en).toContain('suppressed (n&lt;3)');
  });

  it('renderReport prints the matrix on a landscape page only when it has more than 8 rated roles', () => {
    const { doc } = render('en');
    expect(sectionOf(doc, 'matrix').attrs.class).toBe('report-section');
    const nine = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
    const rows = nine.flatMap((r) => [1, 2, 3].flatMap((i) => nine.map((t) => [`${r}${i}`, r, t, 4] as const)));
    const input = { ...reportInput('en'), ...scored(rows) };
    const wide = parseXml(renderReport(input, { lang: 'en' }));
    expect(sectionOf(wide, 'matrix').attrs.class).toBe('report-section landscape');
    expect(all(wide).filter((e) => e.name === 'section' && e.attrs.class?.includes('landscape'))).toHaveLength(1);
  });

  it('REPORT_STRINGS has the same keys in both languages, none empty', () => {
    expect(Object.keys(REPORT_STRINGS.da).sort()).toEqual(Object.keys(REPORT_STRINGS.en).sort());
    for (const lang of ['da', 'en'] as const) for (const v of Object.values(REPORT_STRINGS[lang])) expect(v.trim()).not.toBe('');
  });

  it('renderReport never ranks people: no "worst", "best" or "ranking" wording', () => {
    for (const lang of ['da', 'en'] as const) {
      expect(Object.values(REPORT_STRINGS[lang]).join(' ')).not.toMatch(/worst|best\b|rank|dårligst|bedst|rangering/i);
    }
  });

  it('renderReport refuses a network drawing that is not plain SVG', () => {
    const input = reportInput('en');
    for (const bad of ['<svg><script>alert(1)</script></svg>', '<svg onload="alert(1)"></svg>', '<svg><a href="x"></a></svg>', '<div></div>', '<svg><!-- x --></svg>']) {
      expect(() => renderReport({ ...input, networkSvg: bad }), bad).toThrow(ReportInputError);
    }
    expect(() => checkReportSvg(input.networkSvg)).not.toThrow();
  });

  it('checkReportSvg refuses javascript: where a browser reads a URL, even written with character references', () => {
    for (const bad of ['<svg><path style="fill:url(javascript:alert(1))"/></svg>', '<svg><rect fill="url(java&#115;cript&#58;x)"/></svg>']) {
      expect(() => checkReportSvg(bad), bad).toThrow(ReportInputError);
    }
  });

  it('checkReportSvg lets javascript: pass as text in data and label attributes (a role may be named so)', () => {
    expect(() => checkReportSvg('<svg><g data-target="javascript:alert(1)" aria-label="javascript:x"><title>javascript:x</title></g></svg>')).not.toThrow();
  });

  it('escapeHtml leaves no markup character and every & starts an entity (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
      }),
    );
  });
});
