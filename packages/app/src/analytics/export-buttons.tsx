import { EXCEL_CSV, renderCsv, roleMatrixTable, type SurveyScore, tieTable } from '@relcap/core';
import type { Lang } from '@relcap/visualizer';
import { download, safeFileName } from '../io/save-file';
import { at } from './strings';

/**
 * Downloads of the analysis: the matrix and the ties as CSV in the reader's Excel dialect (core's
 * tables rendered by core's `renderCsv`, formula-safe, `;` and decimal comma in Danish).
 */
export function ExportButtons({ score, lang, name }: { readonly score: SurveyScore; readonly lang: Lang; readonly name: string }): preact.JSX.Element {
  const base = name.replace(/\.[^.]+$/, '');
  const csv = (text: string, suffix: string): void => download(new Blob([text], { type: 'text/csv;charset=utf-8' }), safeFileName(`${base}-${suffix}`, 'csv'));
  return (
    <div class="analytics-exports" id="analytics-exports">
      <button type="button" id="export-matrix-csv" onClick={() => csv(renderCsv(roleMatrixTable(score), { lang }, EXCEL_CSV[lang]), 'matrix')}>
        {at(lang, 'exportMatrixCsv')}
      </button>
      <button type="button" id="export-ties-csv" onClick={() => csv(renderCsv(tieTable(score), { lang }, EXCEL_CSV[lang]), 'ties')}>
        {at(lang, 'exportTiesCsv')}
      </button>
    </div>
  );
}
