import { createRound, getBuiltinTemplate, parseXml, type XmlElement } from '@relcap/core';
import { describe, expect, it } from 'vitest';
import { buildSpiderWeb, roundsToSpiderWebInput, spiderWebToSvgString } from '../../src/spider-web/index';

const all = (root: XmlElement): XmlElement[] => [root, ...root.children.flatMap(all)];
const named = (root: XmlElement, name: string): XmlElement[] => all(root).filter((e) => e.name === name);
const classed = (root: XmlElement, c: string): XmlElement[] => all(root).filter((e) => (e.attrs.class ?? '').split(' ').includes(c));

const template = getBuiltinTemplate('meetings');
const ids = template.areas.flatMap((a) => a.statements.map((s) => s.id));
// Five participants, one row each, ratings per statement of the meetings template (7 statements).
const table = [
  [7, 3, 8, 6, 5, 9, 2],
  [6, 9, 8, 6, 4, 8, 3],
  [8, 2, 7, 5, 5, 9, 2],
  [5, 8, 9, 7, 6, 7, 4],
  [7, 4, null, 6, 5, 8, 3],
];
const round = (date: string, shift = 0) =>
  createRound(template, {
    date,
    participants: table.map((row, i) => ({ id: `p${i + 1}`, ...(i === 0 ? { name: '<b>Anne</b> & "Bo"' } : {}), ratings: Object.fromEntries(ids.map((id, j) => [id, row[j] === null ? null : Math.min(10, row[j]! + shift)])) })),
  });

describe('spiderWebToSvgString', () => {
  const svg = spiderWebToSvgString(buildSpiderWeb(roundsToSpiderWebInput([round('2026-03-01')], { lang: 'en', participants: true })));
  const doc = parseXml(svg);

  it('writes well-formed SVG with one spoke per statement and rings 2..10', () => {
    expect(doc.name).toBe('svg');
    expect(doc.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(named(doc, 'line')).toHaveLength(7);
    expect(classed(doc, 'relcap-web-grid')[0]!.children.filter((c) => c.name === 'text').map((t) => t.text)).toEqual(['2', '4', '6', '8', '10']);
  });

  it('draws the median line, the band and five participants\' points', () => {
    expect(classed(doc, 'relcap-web-line')).toHaveLength(1);
    expect(classed(doc, 'relcap-web-band')).toHaveLength(1);
    // 5 people x 7 statements, one rating missing.
    expect(classed(doc, 'relcap-web-point')).toHaveLength(34);
  });

  it('keeps names and labels as text: markup in a name is escaped', () => {
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;Anne&lt;/b&gt; &amp; &quot;Bo&quot;: 7');
  });

  it('escapes markup in axis labels, series labels and the caption', () => {
    const evil = '<script>alert(1)</script>';
    const text = spiderWebToSvgString(
      buildSpiderWeb({ axes: [1, 2, 3].map((i) => ({ key: `k${i}`, label: evil })), series: [{ id: 'a', label: evil, values: [1, 2, 3] }], max: 10, caption: evil }, { legend: 'always' }),
    );
    expect(text).not.toContain('<script>');
    expect(parseXml(text).name).toBe('svg');
    // Three axis labels, the legend and the caption once each; the title and the aria-label name all three axes.
    expect(text.split('&lt;script&gt;').length - 1).toBe(3 + 1 + 1 + 3 + 3);
  });

  it('flags the three statements where the team disagrees most', () => {
    // IQR (Tukey hinges) and range per column: structure-1 5 6 7 7 8 -> 1, 3; structure-2 2 3 4 8 9 -> 5, 7;
    // structure-3 7 8 8 9 -> 1, 2; structure-4 -> 0; analysis-1 -> 0; analysis-2 7 8 8 9 9 -> 1, 2; analysis-3 2 2 3 3 4 -> 1, 2.
    // Ranked: structure-2, then structure-1 (wider range), then structure-3 (template order before analysis-2).
    const flagged = classed(doc, 'relcap-web-flagged').map((t) => t.attrs['data-axis']);
    expect(flagged).toEqual(['meet-structure-1', 'meet-structure-2', 'meet-structure-3']);
  });

  it('draws several rounds, each in its own colour, with a legend', () => {
    const two = parseXml(spiderWebToSvgString(buildSpiderWeb(roundsToSpiderWebInput([round('2026-03-01'), round('2026-09-01', 1)], { lang: 'da' }))));
    const lines = classed(two, 'relcap-web-line').map((l) => l.attrs.stroke);
    expect(lines).toEqual(['#0072b2', '#d55e00']);
    expect(classed(two, 'relcap-web-legend')[0]!.children.filter((c) => c.name === 'text').map((t) => t.text)).toEqual(['2026-03-01', '2026-09-01']);
  });

  it('says under the web how to read it, in the language asked', () => {
    expect(classed(doc, 'relcap-web-caption')[0]!.text).toBe("Line: median. Band: quartiles (Tukey's hinges). Circles: participants. Bold: most disagreement.");
    const three = roundsToSpiderWebInput([createRound(template, { date: '2026-03-01', participants: round('2026-03-01').participants.slice(0, 3) })], { lang: 'da' });
    expect(three.caption).toBe('Linje: median. Bånd: laveste til højeste. Fed: størst uenighed.');
    expect(roundsToSpiderWebInput([round('2026-03-01')], { caption: false }).caption).toBeUndefined();
  });

  it('wraps statement labels into tspans', () => {
    const label = all(doc).find((e) => e.name === 'text' && e.attrs['data-axis'] === 'meet-structure-1')!;
    expect(label.children.map((c) => c.text).join(' ')).toBe('1. We have someone who chairs and sees to preparation, the meeting and follow-up.');
    expect(label.children.length).toBeGreaterThan(1);
  });
});
