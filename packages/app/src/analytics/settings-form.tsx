import type { Lang } from '@relcap/visualizer';
import type { AnalyticsSession } from './session';
import { at } from './strings';

/**
 * A number from an input (decimal comma or point). Whatever was typed is passed on as a number
 * (NaN for text): core's option checks decide, and a refused value is shown with its code as the
 * run's failure; nothing is clamped or dropped here.
 */
const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

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
          <input id="min-items" type="number" min={1} step={1} value={s.minItems ?? ''} onChange={(ev) => change({ minItems: ev.currentTarget.value.trim() === '' ? null : numberOf(ev.currentTarget.value) })} />
        </label>
        <label>
          {t('minRaters')}
          <input
            id="min-raters"
            type="number"
            min={1}
            step={1}
            value={s.minRaters}
            onChange={(ev) => change({ minRaters: numberOf(ev.currentTarget.value) })}
          />
        </label>
        <label>
          {t('weakBelow')}
          <input
            id="weak-below"
            type="text"
            inputMode="decimal"
            value={String(s.bands.weakBelow)}
            onChange={(ev) => change({ bands: { ...s.bands, weakBelow: numberOf(ev.currentTarget.value) } })}
          />
        </label>
        <label>
          {t('strongAbove')}
          <input
            id="strong-above"
            type="text"
            inputMode="decimal"
            value={String(s.bands.strongAbove)}
            onChange={(ev) => change({ bands: { ...s.bands, strongAbove: numberOf(ev.currentTarget.value) } })}
          />
        </label>
      </div>
    </details>
  );
}
