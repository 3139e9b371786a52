import { type AssessmentRound, createRound, RelcapError, parseRound, roundToCsv, type SelfAssessmentTemplate, TEMPLATE_SCHEMA_VERSION, DEFAULT_RATING_SCALE } from '@relcap/core';
import { buildSpiderWeb, exportPng, roundsToSpiderWebInput, spiderWebToSvgString } from '@relcap/visualizer';
import { download, safeFileName } from '../io/save-file';
import { showError } from '../views/commands';
import type { AppServices } from '../views/context';
import { byRoundOrder } from './assessment-store';
import { saServices } from './sa-services';
import { saTr } from './sa-strings';

/** The self-assessment's commands that read or write IndexedDB or files: effects that end in a dispatch. */

const today = (): string => new Date().toISOString().slice(0, 10);

/** Participants p1..pn, numbered (names are optional and added in the grid). */
const numbered = (n: number): { id: string; ratings: Record<string, number> }[] => Array.from({ length: n }, (_, i) => ({ id: `p${i + 1}`, ratings: {} }));

/** Opens a new first round from `template` with `count` numbered participants. */
export function startRound(app: AppServices, template: SelfAssessmentTemplate, count: number): void {
  const lang = app.state.value.lang;
  try {
    const round = createRound(template, { date: today(), label: `${saTr(lang, 'round')} 1`, participants: numbered(count) });
    app.store.dispatch({ type: 'saOpen', round, docId: null, series: null, earlier: [] });
  } catch (e) {
    showError(app, 'errorEdit', e);
  }
}

/** A template of the team's own words: one area with its first statement, on the default 0..10 scale. */
export function ownTemplate(area: string, statement: string): SelfAssessmentTemplate {
  const t = (s: string): { da: string; en: string } => ({ da: s.trim(), en: s.trim() });
  return {
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: 'own',
    title: { da: 'Egne udsagn', en: 'Own statements' },
    scale: DEFAULT_RATING_SCALE,
    areas: [{ id: 'own-area-1', title: t(area), statements: [{ id: 'own-1', text: t(statement) }] }],
  };
}

/** Opens a saved round, with the rounds of its series held before it as the earlier rounds. */
export async function openSaved(app: AppServices, id: string): Promise<void> {
  const db = app.db?.assessments;
  if (db === undefined) return;
  const rec = await db.get(id);
  if (rec === undefined) return;
  const series = await db.series(rec.series);
  const earlier = series.filter((r) => byRoundOrder(r, rec) < 0).map((r) => r.round);
  app.store.dispatch({ type: 'saOpen', round: rec.round, docId: rec.id, series: rec.series, earlier });
}

/** Deletes one saved round for good. */
export async function deleteSaved(app: AppServices, id: string): Promise<void> {
  const db = app.db?.assessments;
  if (db === undefined) return;
  await db.remove(id);
  app.store.dispatch({ type: 'saDeleted', docId: id });
  saServices(app.store).listVersion.value++;
}

/** Saves the open round now, then starts the next round from it (same statements and participants). */
export async function nextRound(app: AppServices, carryRatings: boolean): Promise<void> {
  await saServices(app.store).autosave?.flush();
  const { lang, sa } = app.state.value;
  app.store.dispatch({ type: 'saNextRound', date: today(), label: `${saTr(lang, 'round')} ${sa.earlier.length + 2}`, carryRatings });
  await saServices(app.store).autosave?.flush();
}

/** Opens a round from a JSON file (the round format); a damaged file is refused with the located error. */
export async function openRoundFile(app: AppServices, file: File): Promise<void> {
  try {
    const round = parseRound(await file.text(), { file: file.name });
    app.store.dispatch({ type: 'saOpen', round, docId: null, series: null, earlier: [] });
  } catch (e) {
    const code = e instanceof RelcapError ? e.code : 'RELCAP_APP_ERROR';
    const message = e instanceof Error ? e.message : String(e);
    app.store.dispatch({ type: 'showError', error: { code, message: `${saTr(app.state.value.lang, 'errorFile')}: ${message}` } });
  }
}

const stem = (round: AssessmentRound, lang: 'da' | 'en'): string => `${round.template.title[lang]}-${round.label ?? ''}-${round.date}`;

/** The web of the open round (with the earlier rounds overlaid when `overlay`), as an SVG document. */
export function webSvg(app: AppServices, overlay: boolean): string {
  const { lang, sa } = app.state.value;
  if (sa.round === null) return '';
  const rounds = overlay ? [...sa.earlier, sa.round] : [sa.round];
  return spiderWebToSvgString(buildSpiderWeb(roundsToSpiderWebInput(rounds.slice(-20), { lang, participants: sa.showPoints && !overlay })), { width: 900 });
}

export function exportWebSvg(app: AppServices, overlay: boolean): void {
  const { lang, sa } = app.state.value;
  if (sa.round === null) return;
  download(new Blob([webSvg(app, overlay)], { type: 'image/svg+xml' }), safeFileName(stem(sa.round, lang), 'svg'));
}

export async function exportWebPng(app: AppServices, overlay: boolean): Promise<void> {
  const { lang, sa } = app.state.value;
  if (sa.round === null) return;
  download(await exportPng(webSvg(app, overlay), { scale: 2 }), safeFileName(stem(sa.round, lang), 'png'));
}

/** One row per participant and statement; Danish: `;` and a byte order mark for Excel. */
export function exportCsv(app: AppServices): void {
  const { lang, sa } = app.state.value;
  if (sa.round === null) return;
  const csv = roundToCsv(sa.round, { lang, delimiter: lang === 'da' ? ';' : ',', bom: true });
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), safeFileName(stem(sa.round, lang), 'csv'));
}

export function exportJson(app: AppServices): void {
  const { lang, sa } = app.state.value;
  if (sa.round === null) return;
  download(new Blob([`${JSON.stringify(sa.round, null, 2)}\n`], { type: 'application/json' }), safeFileName(stem(sa.round, lang), 'json'));
}
