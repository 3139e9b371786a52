import { type BandThresholds, type ResultTable, tableCellText } from '@relcap/core';
import type { Lang } from '@relcap/visualizer';

/** One of core's result tables (roles, reliability, ties) as an HTML table with its notes; cells as core formats them. */
export function ResultTableView({ id, table, lang, bands }: { readonly id: string; readonly table: ResultTable; readonly lang: Lang; readonly bands: BandThresholds }): preact.JSX.Element {
  const o = { lang, digits: 2, bands };
  return (
    <section class="result-table" aria-labelledby={`${id}-caption`}>
      <table id={id}>
        <caption id={`${id}-caption`}>{table.title[lang]}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" class={c.numeric ? 'num' : ''}>
                {c.label[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {tableCellText(c, o)}
                  </th>
                ) : (
                  <td key={j} class={table.columns[j]?.numeric === true ? 'num' : ''}>
                    {tableCellText(c, o)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.notes.map((n, i) => (
        <p key={i} class="small muted">
          {n[lang]}
        </p>
      ))}
    </section>
  );
}
