import '@relcap/visualizer/style.css';
import './app.css';
import { parseMap } from '@relcap/core';
import { detectLang } from '@relcap/visualizer';
import exampleMapText from '../../../examples/maps/seeds-001-network-map.json?raw';
import { surveyCsvToMap } from './io/load-survey';
import { mountMapEditor } from './mount-map-editor';
import { templates } from './views/new-map-form';

// The app behind `pnpm start`: the editor on the whole page, the example survey as the role network.
const surveys = import.meta.glob<string>('../../../examples/data/survey-example.csv', { query: '?raw', import: 'default', eager: true });
const exampleSurvey = Object.values(surveys)[0];
const lang = detectLang(navigator.languages);
const example = parseMap(exampleMapText, { file: 'seeds-001-network-map.json' });
templates.example = example;
let roles = null;
if (exampleSurvey !== undefined) {
  try {
    roles = await surveyCsvToMap(exampleSurvey, 'survey-example.csv', lang === 'da' ? 'Rollenetværk: eksempel' : 'Role network: example');
  } catch (e) {
    console.warn('relcap: the example survey could not be read', e);
  }
}

const host = document.getElementById('app');
if (host === null) throw new Error('app: missing element #app');
const editor = mountMapEditor(host, { lang, map: example, roles, resumeLast: true });
await editor.ready;
addEventListener('pagehide', () => void editor.flush());
document.body.setAttribute('data-ready', 'true');
