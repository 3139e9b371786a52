import { getDimensionSet, type MappingProposal, type SurveyMapping } from '@relcap/core';
import type { Lang } from '@relcap/visualizer';
import { useMemo, useState } from 'preact/hooks';
import { download, safeFileName } from '../io/save-file';
import type { AnalyticsSession } from './session';
import { at } from './strings';

type Use = 'id' | 'role' | 'rating' | 'unused';
interface Row {
  readonly column: string;
  readonly text: string;
  readonly samples: readonly string[];
  readonly use: Use;
  readonly dimension: string;
  readonly target: string;
}

/** `1=lærer, 2=pædagog` as a role-values record (entries without `=` are left out and reported by core as unknown roles). */
const parseRoleValues = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split(',')
      .map((p) => p.split('=').map((x) => x.trim()))
      .filter((p): p is [string, string] => p.length === 2 && p[0] !== '' && p[1] !== ''),
  );

/**
 * The mapping built from the wizard's rows: core's proposed mapping with the user's choices of
 * id and role column, rating columns (dimension and target role), role values and missing codes.
 * The same JSON `relcap inspect` writes.
 *
 * @example
 * ```ts
 * const mapping = buildMapping(proposal.mapping, rows, { '1': 'lærer' }, ['9']);
 * ```
 */
export function buildMapping(base: SurveyMapping, rows: readonly Row[], roleValues: Readonly<Record<string, string>>, missingCodes: readonly string[]): SurveyMapping {
  const id = rows.find((r) => r.use === 'id')?.column;
  const role = rows.find((r) => r.use === 'role')?.column;
  const { respondentId: _i, respondentRole: _r, roleValues: _v, missingCodes: _m, file: _f, ...rest } = base;
  return {
    ...rest,
    version: 1,
    ...(id !== undefined ? { respondentId: id } : {}),
    ...(role !== undefined ? { respondentRole: role } : {}),
    ...(Object.keys(roleValues).length > 0 ? { roleValues } : {}),
    ...(missingCodes.length > 0 ? { missingCodes } : {}),
    columns: Object.fromEntries(rows.filter((r) => r.use === 'rating').map((r) => [r.column, { ...base.columns[r.column], dimension: r.dimension, target: r.target }])),
    ignore: rows.filter((r) => r.use === 'unused').map((r) => r.column),
  };
}

/**
 * The mapping wizard: every column with its header, question text and sample values, core's
 * proposal pre-filled; assign respondent id, role, or a dimension and target role; declare role
 * values and missing codes; use the mapping (the file is scored with it) or save it as JSON.
 */
export function MappingWizard({ session, proposal, lang }: { readonly session: AnalyticsSession; readonly proposal: MappingProposal; readonly lang: Lang }): preact.JSX.Element {
  const t = (k: Parameters<typeof at>[1]): string => at(lang, k);
  const dims = useMemo(() => getDimensionSet(proposal.mapping.dimensionSet ?? 'relational_coordination').dimensions, [proposal]);
  const [rows, setRows] = useState<Row[]>(() =>
    proposal.columns.map((c) => ({
      column: c.column,
      text: c.text ?? '',
      samples: c.samples,
      use: c.use === 'meta' ? 'unused' : c.use,
      dimension: c.dimension ?? '',
      target: c.target ?? '',
    })),
  );
  const [roleValues, setRoleValues] = useState(
    Object.entries(proposal.mapping.roleValues ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(', '),
  );
  const [missing, setMissing] = useState((proposal.mapping.missingCodes ?? session.settings.value.missingCodes).join(', '));
  const set = (i: number, patch: Partial<Row>): void => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const mapping = (): SurveyMapping =>
    buildMapping(
      proposal.mapping,
      rows,
      parseRoleValues(roleValues),
      missing
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== ''),
    );
  return (
    <section class="mapping-wizard" id="mapping-wizard" aria-labelledby="wizard-heading">
      <h2 id="wizard-heading">{t('wizard')}</h2>
      <p>{t('wizardIntro')}</p>
      {proposal.warnings.length > 0 && (
        <ul class="small" id="wizard-warnings">
          {proposal.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div class="matrix-scroll">
        <table id="wizard-columns">
          <thead>
            <tr>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('questionText')}</th>
              <th scope="col">{t('samples')}</th>
              <th scope="col">{t('use')}</th>
              <th scope="col">{t('dimension')}</th>
              <th scope="col">{t('targetRole')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.column} data-column={r.column}>
                <th scope="row">{r.column}</th>
                <td>{r.text}</td>
                <td>
                  <code>{r.samples.join(' · ')}</code>
                </td>
                <td>
                  <select class="wizard-use" aria-label={`${t('use')}: ${r.column}`} value={r.use} onChange={(ev) => set(i, { use: ev.currentTarget.value as Use })}>
                    <option value="unused">{t('useUnused')}</option>
                    <option value="id">{t('useId')}</option>
                    <option value="role">{t('useRole')}</option>
                    <option value="rating">{t('useRating')}</option>
                  </select>
                </td>
                <td>
                  <select
                    class="wizard-dimension"
                    aria-label={`${t('dimension')}: ${r.column}`}
                    value={r.dimension}
                    disabled={r.use !== 'rating'}
                    onChange={(ev) => set(i, { dimension: ev.currentTarget.value })}
                  >
                    <option value="">–</option>
                    {dims.map((d) => (
                      <option key={d.key} value={d.key}>
                        {d.labels[lang]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    class="wizard-target"
                    type="text"
                    aria-label={`${t('targetRole')}: ${r.column}`}
                    value={r.target}
                    disabled={r.use !== 'rating'}
                    onInput={(ev) => set(i, { target: ev.currentTarget.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="settings-grid">
        <label>
          {t('roleValues')}
          <input id="wizard-role-values" type="text" value={roleValues} onInput={(ev) => setRoleValues(ev.currentTarget.value)} />
        </label>
        <label>
          {t('missingCodes')}
          <input id="wizard-missing" type="text" value={missing} onInput={(ev) => setMissing(ev.currentTarget.value)} />
        </label>
      </div>
      <div class="analytics-exports">
        <button
          type="button"
          id="wizard-use"
          onClick={() => {
            const m = mapping();
            session.settings.value = { ...session.settings.value, mapping: m, missingCodes: m.missingCodes ?? [] };
            session.analyse();
          }}
        >
          {t('useMapping')}
        </button>
        <button
          type="button"
          id="wizard-save"
          onClick={() => download(new Blob([`${JSON.stringify(mapping(), null, 2)}\n`], { type: 'application/json' }), safeFileName(`${session.file.value?.name ?? 'survey'}-mapping`, 'json'))}
        >
          {t('saveMapping')}
        </button>
      </div>
    </section>
  );
}
