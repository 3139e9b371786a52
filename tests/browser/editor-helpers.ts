// Helpers of the editor's browser tests: keyboard-only navigation, reading the app's IndexedDB,
// axe-core, counting PDF pages.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Presses Tab (or `key`, e.g. Shift+Tab; at most `limit` times) until the focused element matches
 * `selector`, as a keyboard user would. The map is one tab stop with a roving tabindex: Tab enters
 * at the last focused actor and walks forward, Shift+Tab backward.
 */
export async function tabTo(page: Page, selector: string, key = 'Tab', limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`tabTo: ${selector} not reached in ${limit} presses of Tab`);
}

/** Every record of the app's IndexedDB store `relcap`/`maps`, read with the raw API in the page. */
export function readSavedMaps(page: Page): Promise<{ id: string; roundOf?: string; map: { title: string; actors: { id: string; coordinator?: boolean }[]; relations: unknown[] } }[]> {
  return page.evaluate(
    () =>
      new Promise((ok, fail) => {
        const req = indexedDB.open('relcap');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('maps')) {
            db.close();
            ok([]);
            return;
          }
          const all = db.transaction('maps').objectStore('maps').getAll();
          all.onsuccess = () => {
            db.close();
            ok(all.result);
          };
          all.onerror = () => fail(all.error);
        };
      }),
  );
}

/** axe-core's serious and critical violations on the page as it is now (rule id and nodes). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Pages of a PDF: its `/Type /Page` objects (not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
