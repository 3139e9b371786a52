import type { Lang } from '../scene/types';
import { t } from './i18n';
import type { SideListItems } from './side-list';

/**
 * Fills the list beside the map: warnings first, then missing and weak relations, and the gaps
 * when shown. Text nodes only.
 *
 * @example
 * ```ts
 * renderSideList(section, sideListItems(map, scene), 'da');
 * ```
 */
export function renderSideList(section: HTMLElement, items: SideListItems, lang: Lang): void {
  const doc = section.ownerDocument;
  section.replaceChildren();
  const group = (title: string, texts: readonly string[], cls: string, always: boolean): void => {
    if (texts.length === 0 && !always) return;
    const h = doc.createElement('h3');
    h.textContent = `${title} (${texts.length})`;
    const ul = doc.createElement('ul');
    ul.className = cls;
    for (const text of texts) {
      const li = doc.createElement('li');
      li.textContent = text;
      ul.append(li);
    }
    if (texts.length === 0) {
      const li = doc.createElement('li');
      li.className = 'relcap-none';
      li.textContent = t(lang, 'none');
      ul.append(li);
    }
    section.append(h, ul);
  };
  group(
    t(lang, 'warnings'),
    items.warnings.map((w) => w.text),
    'relcap-warnings',
    false,
  );
  group(t(lang, 'missingList'), items.missing, 'relcap-missing', true);
  group(t(lang, 'weakList'), items.weak, 'relcap-weak', true);
  group(t(lang, 'gapList'), items.gaps, 'relcap-gaps', false);
}
