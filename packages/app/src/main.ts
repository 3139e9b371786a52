import '@relcap/visualizer/style.css';
import './app.css';
import { type NetworkMap, parseMap, RelcapError } from '@relcap/core';
import { detectLang, type Lang, mountNetworkMap } from '@relcap/visualizer';
import exampleMapText from '../../../examples/maps/seeds-001-network-map.json?raw';
import { APP_STRINGS, type AppStringKey } from './app-strings';
import { readMapFile } from './load-files';
import { surveyCsvToMap } from './load-survey';

type Tab = 'child' | 'roles';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`app: missing element #${id}`);
  return el as T;
};

const surveys = import.meta.glob<string>('../../../examples/data/survey-example.csv', { query: '?raw', import: 'default', eager: true });
const exampleSurvey = Object.values(surveys)[0];

const state: { tab: Tab; lang: Lang; showGaps: boolean; maps: Record<Tab, NetworkMap | null> } = {
  tab: 'child',
  lang: detectLang(navigator.languages),
  showGaps: false,
  maps: { child: parseMap(exampleMapText, { file: 'seeds-001-network-map.json' }), roles: null },
};
if (exampleSurvey !== undefined) {
  try {
    state.maps.roles = surveyCsvToMap(exampleSurvey, 'survey-example.csv', state.lang === 'da' ? 'Rollenetværk: eksempel' : 'Role network: example');
  } catch (e) {
    console.warn('relcap: the example survey could not be read', e);
  }
}

const host = $<HTMLElement>('map-host');
const placeholder = document.createElement('p');
placeholder.className = 'placeholder';
host.append(placeholder);
const handle = mountNetworkMap(host, state.maps.child!, { lang: state.lang, showGaps: state.showGaps });
handle.on('change', ({ map }) => {
  state.maps[state.tab] = map;
});

const s = (key: AppStringKey): string => APP_STRINGS[state.lang][key];

function showError(prefix: AppStringKey, e: unknown): void {
  const detail = e instanceof RelcapError || e instanceof Error ? e.message : String(e);
  $<HTMLElement>('error-text').textContent = `${s(prefix)}: ${detail}`;
  $<HTMLElement>('error-banner').hidden = false;
}

function render(): void {
  document.documentElement.lang = state.lang;
  const texts: [string, AppStringKey][] = [
    ['tab-child', 'tabChild'],
    ['tab-roles', 'tabRoles'],
    ['open-map-label', 'openMap'],
    ['open-survey-label', 'openSurvey'],
    ['gaps-label', 'gaps'],
    ['lang-label', 'lang'],
    ['export-svg', 'exportSvg'],
    ['export-png', 'exportPng'],
    ['print', 'print'],
  ];
  for (const [id, key] of texts) $(id).textContent = s(key);
  for (const tab of ['child', 'roles'] as const) $(`tab-${tab}`).setAttribute('aria-selected', String(state.tab === tab));
  $<HTMLSelectElement>('lang-select').value = state.lang;
  $<HTMLInputElement>('gaps-toggle').checked = state.showGaps;
  const map = state.maps[state.tab];
  const root = host.querySelector<HTMLElement>('.relcap-root');
  placeholder.hidden = map !== null;
  placeholder.textContent = s('noSurvey');
  if (root !== null) root.hidden = map === null;
  for (const id of ['export-svg', 'export-png', 'print']) $<HTMLButtonElement>(id).disabled = map === null;
  $('map-title').textContent = map?.title ?? '';
  document.title = `relcap: ${map?.title ?? s(state.tab === 'child' ? 'tabChild' : 'tabRoles')}`;
  handle.setOptions({ lang: state.lang, showGaps: state.showGaps });
  if (map !== null && handle.map !== map) {
    handle.update(map);
    state.maps[state.tab] = handle.map;
  }
}

function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

const fileName = (ext: string): string => `${(state.maps[state.tab]?.title ?? 'relcap').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-|-$/g, '')}.${ext}`;

$('tab-child').addEventListener('click', () => {
  state.tab = 'child';
  render();
});
$('tab-roles').addEventListener('click', () => {
  state.tab = 'roles';
  render();
});
$<HTMLInputElement>('gaps-toggle').addEventListener('change', (ev) => {
  state.showGaps = (ev.target as HTMLInputElement).checked;
  render();
});
$<HTMLSelectElement>('lang-select').addEventListener('change', (ev) => {
  state.lang = (ev.target as HTMLSelectElement).value === 'en' ? 'en' : 'da';
  render();
});
$('error-close').addEventListener('click', () => {
  $('error-banner').hidden = true;
});
$<HTMLInputElement>('open-map').addEventListener('change', async (ev) => {
  const input = ev.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file === undefined) return;
  try {
    const map = await readMapFile(file);
    $('error-banner').hidden = true;
    const tab: Tab = map.type === 'roles' ? 'roles' : 'child';
    state.maps[tab] = map;
    state.tab = tab;
    render();
  } catch (e) {
    showError('errorMap', e);
  }
});
$<HTMLInputElement>('open-survey').addEventListener('change', async (ev) => {
  const input = ev.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file === undefined) return;
  try {
    const map = surveyCsvToMap(new Uint8Array(await file.arrayBuffer()), file.name, file.name.replace(/\.[^.]+$/, ''));
    $('error-banner').hidden = true;
    state.maps.roles = map;
    state.tab = 'roles';
    render();
  } catch (e) {
    showError('errorSurvey', e);
  }
});
$('export-svg').addEventListener('click', () => {
  download(new Blob([handle.exportSvg()], { type: 'image/svg+xml' }), fileName('svg'));
});
$('export-png').addEventListener('click', async () => {
  download(await handle.exportPng({ scale: 2 }), fileName('png'));
});
$('print').addEventListener('click', () => window.print());

render();
document.body.setAttribute('data-ready', 'true');
