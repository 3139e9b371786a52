import { MAP_SCHEMA_VERSION, type NetworkMap, RelcapError, validateMap } from '@relcap/core';
import { readMapFiles } from '../io/load-files';
import { surveyCsvToMap } from '../io/load-survey';
import { download, safeFileName, saveMapFile } from '../io/save-file';
import { newMapId } from '../store/saved-maps';
import { type AppStringKey, tr } from '../strings';
import type { AppServices } from './context';

/** The user's commands that read or write files or IndexedDB: effects that end in a dispatch. */

const message = (e: unknown): string => (e instanceof RelcapError || e instanceof Error ? e.message : String(e));

export function showError(app: AppServices, prefix: AppStringKey, e: unknown): void {
  const code = e instanceof RelcapError ? e.code : 'RELCAP_APP_ERROR';
  app.store.dispatch({ type: 'showError', error: { code, message: `${tr(app.state.value.lang, prefix)}: ${message(e)}` } });
}

/** Opens map files; a damaged file is refused with the located error and the open map stays. */
export async function openMapFiles(app: AppServices, files: readonly File[]): Promise<void> {
  try {
    const map = await readMapFiles(files);
    if (map.type === 'roles') app.store.dispatch({ type: 'openRoles', map });
    else app.store.dispatch({ type: 'open', map, docId: null });
  } catch (e) {
    showError(app, 'errorMap', e);
  }
}

export async function openSurvey(app: AppServices, file: File): Promise<void> {
  try {
    const map = await surveyCsvToMap(new Uint8Array(await file.arrayBuffer()), file.name, file.name.replace(/\.[^.]+$/, ''));
    app.store.dispatch({ type: 'openRoles', map });
  } catch (e) {
    showError(app, 'errorSurvey', e);
  }
}

/** The open map as a `*.relcap.json` file (File System Access API where present, else a download). */
export async function saveToFile(app: AppServices): Promise<void> {
  const map = app.state.value.map;
  if (map === null) return;
  await saveMapFile(`${JSON.stringify(map, null, 2)}\n`, safeFileName(map.title, 'relcap.json'));
}

export function exportSvg(app: AppServices): void {
  const h = app.canvas.current;
  if (h === null) return;
  download(new Blob([h.exportSvg()], { type: 'image/svg+xml' }), safeFileName(h.title, 'svg'));
}

export async function exportPng(app: AppServices): Promise<void> {
  const h = app.canvas.current;
  if (h === null) return;
  download(await h.exportPng({ scale: 2 }), safeFileName(h.title, 'png'));
}

/** A new map: around a child (under a pseudonym) or a professional network, from a template. */
export function newMap(options: { readonly type: 'child' | 'network'; readonly title: string; readonly template: NetworkMap | null; readonly lang: 'da' | 'en' }): NetworkMap {
  const createdAt = new Date().toISOString().slice(0, 10);
  if (options.template !== null) return validateMap({ ...options.template, title: options.title, createdAt });
  const child = options.type === 'child' ? [{ id: 'barn', label: options.title, kind: 'child' as const, profession: 'barn' }] : [];
  return validateMap({ schemaVersion: MAP_SCHEMA_VERSION, title: options.title, type: options.type, createdAt, actors: child, relations: [] } as NetworkMap);
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** Saves the open map as a dated round: a copy kept beside it in IndexedDB, labelled with its date. */
export async function saveRound(app: AppServices): Promise<void> {
  const { map, docId } = app.state.value;
  if (map === null || app.db === null) return;
  let id = docId;
  if (id === null) {
    id = newMapId();
    app.store.dispatch({ type: 'saved', docId: id });
    await app.db.put({ id, map, updatedAt: new Date().toISOString() });
  }
  const existing = await app.db.rounds(id);
  const round = map.round ?? today();
  const label = existing.some((r) => r.map.round === round) ? `${round} (${existing.length + 1})` : round;
  await app.db.put({ id: `${id}~round${existing.length + 1}`, map: { ...map, round: label }, updatedAt: new Date().toISOString(), roundOf: id });
  app.savedVersion.value++;
}

/** Saves the open map as a round and goes on with the next round: a copy with a new date. */
export async function startNextRound(app: AppServices): Promise<void> {
  await saveRound(app);
  if (app.state.value.map?.round !== undefined) app.store.dispatch({ type: 'setRound', round: null });
}

/** Every saved map and round as one JSON file (a backup). */
export async function exportAll(app: AppServices): Promise<void> {
  if (app.db === null) return;
  const all = await app.db.list();
  const text = JSON.stringify({ relcapBackup: 1, exportedAt: new Date().toISOString(), maps: all }, null, 2);
  download(new Blob([text], { type: 'application/json' }), `relcap-all-maps-${today()}.json`);
}
