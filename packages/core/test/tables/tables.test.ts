import { describe, expect, it } from 'vitest';
import { EXCEL_CSV } from '../../src/io/index';
import { scoreAnswers } from '../../src/scoring/index';
import {
  reliabilityTable,
  renderCsv,
  renderHtml,
  renderLatex,
  renderMarkdown,
  roleMatrix,
  roleMatrixTable,
  roleTable,
  tableCellText,
  tieTable,
} from '../../src/tables/index';
import { all, SurveyBuilder } from '../scoring/survey-builder';

// A rates B: 3, 4, 5 (rc 4, sd 1); B rates A: 2, 3 (n 2 < 3, suppressed); C rates A: 3, 4, 3.43
// (individual indexes 3, 4 and (3·5 + 4·2)/7 = 23/7): rc (3 + 4 + 23/7)/3 = 3.4286 (weak)
const b = new SurveyBuilder()
  .rate('a1', 'A', 'B', all(3))
  .rate('a2', 'A', 'B', all(4))
  .rate('a3', 'A', 'B', all(5))
  .rate('b1', 'B', 'A', all(2))
  .rate('b2', 'B', 'A', all(3))
  .rate('c1', 'C', 'A', all(3))
  .rate('c2', 'C', 'A', all(4))
  .rate('c3', 'C', 'A', [3, 3, 3, 3, 3, 4, 4]);
const score = scoreAnswers(b.answers);

describe('roleMatrix', () => {
  it('roleMatrix puts raters in rows and rated roles in columns, with suppressed and unrated cells', () => {
    const m = roleMatrix(score);
    expect(m.raters).toEqual(['A', 'B', 'C']);
    expect(m.rated).toEqual(['A', 'B']);
    expect(m.cells.map((r) => r.map((c) => c.kind))).toEqual([
      ['none', 'score'],
      ['suppressed', 'none'],
      ['score', 'none'],
    ]);
    const ab = m.cells[0]![1]!;
    expect(ab.kind === 'score' && ab.tie.rc).toBeCloseTo(4, 12);
  });

  it('roleMatrixTable shows the score, n for a suppressed tie and nothing for an unrated pair', () => {
    const t = roleMatrixTable(score);
    const text = t.rows.map((r) => r.map((c) => tableCellText(c, { lang: 'da', digits: 1, bands: score.options.bands })));
    // C -> A: 3.4286 rounds to 3.4 (still weak): one decimal
    expect(text).toEqual([
      ['A', '', '4,0'],
      ['B', 'skjult (n=2)', ''],
      ['C', '3,4', ''],
    ]);
    expect(t.notes.map((n) => n.en).join(' ')).toContain('fewer than 3 respondents are suppressed');
  });
});

describe('tieTable, roleTable, reliabilityTable', () => {
  it('tieTable rows hold the score numbers unrounded, clipped bounds marked', () => {
    const t = tieTable(score);
    const ab = t.rows.find((r) => r[0]!.kind === 'text' && r[0]!.text === 'A')!;
    expect(ab[3]).toEqual({ kind: 'number', value: 4, score: true });
    // 4 ± t(0.975, 2) · 1/√3 = 4 ± 2.4841: the upper bound 6.48 is clipped to 5 and marked
    expect(ab[6]).toEqual({ kind: 'number', value: 5, clipped: true });
    expect(tableCellText(ab[6]!, { lang: 'en', digits: 2, bands: score.options.bands })).toBe('5.00*');
    const ba = t.rows.find((r) => r[0]!.kind === 'text' && r[0]!.text === 'B')!;
    expect(ba[3]).toEqual({ kind: 'suppressed', n: 2 });
  });

  it('roleTable gives RC given and received per role', () => {
    const rows = roleTable(score).rows.map((r) => r.map((c) => tableCellText(c, { lang: 'en', digits: 2, bands: score.options.bands })));
    // A given: A->B 4; A received: C->A 3.43 (B->A suppressed); B received 4; C given 3.43
    expect(rows).toEqual([
      ['A', '3', '4.00', '1', '3.43', '1'],
      ['B', '2', '', '0', '4.00', '1'],
      ['C', '3', '3.43', '1', '', '0'],
    ]);
  });

  it('reliabilityTable lists alpha, rwg and ICC by tie and rated role', () => {
    const t = reliabilityTable(score);
    expect(t.rows.map((r) => tableCellText(r[0]!, { lang: 'en', digits: 2, bands: score.options.bands }))).toEqual([
      'Cronbach’s alpha',
      'rwg(j), ties above the cut-off',
      'ICC(1), by tie',
      'ICC(2), by tie',
      'ICC(1), by rated role',
      'ICC(2), by rated role',
    ]);
    expect(t.rows[2]![1]).toEqual({ kind: 'number', value: score.reliability.icc.pair.icc1.value });
  });
});

describe('renderers', () => {
  const evil = scoreAnswers(
    new SurveyBuilder()
      .rate('x', 'a|b & c_<i>', 'B', all(3))
      .rate('y', 'a|b & c_<i>', 'B', all(4))
      .rate('z', 'a|b & c_<i>', 'B', all(4)).answers,
  );

  it('renderMarkdown escapes | and markup in role names and states the decimals under the table', () => {
    const md = renderMarkdown(roleTable(evil), { digits: 2 });
    expect(md).toContain('| a\\|b & c\\_\\<i\\> |');
    expect(md).toContain('Numbers with 2 decimals');
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(4);
  });

  it('renderLatex uses booktabs and escapes & and _', () => {
    const tex = renderLatex(roleTable(evil));
    expect(tex).toContain('\\toprule');
    expect(tex).toContain('\\bottomrule');
    expect(tex).toContain('a|b \\& c\\_<i>');
  });

  it('renderHtml escapes markup', () => {
    const h = renderHtml(roleTable(evil));
    expect(h).toContain('a|b &amp; c_&lt;i&gt;');
    expect(h).not.toContain('<i>');
  });

  it('renderCsv rounds to the chosen decimals, writes numbers with the dialect and guards formulas', () => {
    const csv = renderCsv(roleTable(score), { lang: 'da', digits: 1 }, EXCEL_CSV.da);
    expect(csv.startsWith('\uFEFFRolle;Respondenter;')).toBe(true);
    expect(csv).toContain('A;3;4;1;"3,4";1');
  });
});

describe('table shape', () => {
  it('every row of every table has as many cells as the table has columns', () => {
    for (const t of [roleMatrixTable(score), tieTable(score), roleTable(score), reliabilityTable(score)]) {
      for (const r of t.rows) expect(r.length, t.key).toBe(t.columns.length);
    }
  });
});
