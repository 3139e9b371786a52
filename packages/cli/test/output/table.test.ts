import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/output/table';

describe('renderTable', () => {
  it('renderTable aligns columns by code points, so æøå do not shift the next column', () => {
    const text = renderTable(
      [{ header: 'from' }, { header: 'to' }, { header: 'rc', align: 'right' }],
      [
        ['Pædagog', 'Lærer', '4.20'],
        ['Teacher', 'Social worker', '3.10'],
      ],
    );
    const lines = text.trimEnd().split('\n');
    expect(lines).toEqual(['from     to               rc', '-------  -------------  ----', 'Pædagog  Lærer          4.20', 'Teacher  Social worker  3.10']);
    // every "rc" value ends in the same terminal column
    expect(new Set(lines.map((l) => [...l].length))).toEqual(new Set([28])) // 7 + 2 + 13 + 2 + 4;
  });

  it('renderTable keeps a cell on one line: line breaks and escape characters become spaces', () => {
    const text = renderTable([{ header: 'role' }], [['Læ\nrer\u001b[31m']]);
    expect(text.split('\n')).toHaveLength(4); // header, rule, one row, final ''
    expect(text).not.toContain('\u001b');
  });
});
