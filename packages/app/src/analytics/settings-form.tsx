import type { Lang } from '@relcap/visualizer';
import type { AnalyticsSession } from './session';
import { at } from './strings';

/** A whole number from an input, or null when the field is empty or not a whole number ≥ 1. */
const wholeOrNull = (text: string): number | null => (/^\d+$/.test(text.trim()) && Number(text) >= 1 ? Number(text) : null);
/** A score from an input (decimal comma or point), or null. */
const scoreOrNull = (text: string): number | null => {
  const v = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(v) ? v : null;
};

/** Strict/lenient, missing codes, minItems, minRaters and bands; each change rescores the open file. */
export function SettingsForm({ session, lang }: { readonly session: AnalyticsSession; readonly lang: Lang }): preact.JSX.Element {
  const s = session.settings.value;
  const t = (k: Parameters<typeof at>[1]): string => at(lang, k);
  const change = (patch: Partial<typeof s>): void => {
    session.settings.value = { ...s, ...patch };
    session.rescore();
  };
  return (
    <details class="analytics-settings" id="analytics-settings" open>
      <summary>{t('settings')}</summary>
      <div class="settings-grid">
        <label>
          {t('mode')}
          <select id="import-mode" value={s.mode} onChange={(ev) => change({ mode: ev.currentTarget.value === 'strict' ? 'strict' : 'lenient' })}>
            <option value="lenient">{t('lenient')}</option>
            <option value="strict">{t('strict')}</option>
          </select>
        </label>
        <label>
          {t('missingCodes')}
          <input
            id="missing-codes"
            type="text"
            value={s.missingCodes.join(', ')}
            onChange={(ev) =>
              change({
                missingCodes: ev.currentTarget.value
                  .split(',')
                  .map((c) => c.trim())
                  .filter((c) => c !== ''),
              })
            }
          />
        </label>
        <label>
          {t('minItems')}
          <input id="min-items" type="number" min={1} step={1} value={s.minItems ?? ''} onChange={(ev) => change({ minItems: wholeOrNull(ev.currentTarget.value) })} />
        </label>
        <label>
          {t('minRaters')}
          <input
            id="min-raters"
            type="number"
            min={1}
            step={1}
            value={s.minRaters}
            onChange={(ev) => {
              const v = wholeOrNull(ev.currentTarget.value);
              if (v !== null) change({ minRaters: v });
            }}
          />
        </label>
        <label>
          {t('weakBelow')}
          <input
            id="weak-below"
            type="text"
            inputMode="decimal"
            value={String(s.bands.weakBelow)}
            onChange={(ev) => {
              const v = scoreOrNull(ev.currentTarget.value);
              if (v !== null && v <= s.bands.strongAbove) change({ bands: { ...s.bands, weakBelow: v } });
            }}
          />
        </label>
        <label>
          {t('strongAbove')}
          <input
            id="strong-above"
            type="text"
            inputMode="decimal"
            value={String(s.bands.strongAbove)}
            onChange={(ev) => {
              const v = scoreOrNull(ev.currentTarget.value);
              if (v !== null && v >= s.bands.weakBelow) change({ bands: { ...s.bands, strongAbove: v } });
            }}
          />
        </label>
      </div>
    </details>
  );
}
