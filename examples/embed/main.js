// Embeds a network map in a plain page: mount, listen, toggle options, export, destroy.
// Served from the repository root, so the built library and the example map are local files.
import { mountNetworkMap } from '../../packages/visualizer/dist/relcap-visualizer.standalone.js';

const status = document.getElementById('status');
const response = await fetch('../maps/seeds-001-network-map.json');
const map = await response.json();

const handle = mountNetworkMap(document.getElementById('map'), map, { lang: 'en', seed: 1 });

handle.on('select', (target) => {
  status.textContent = target === null ? '' : `Selected ${target.kind} ${target.id}`;
});
handle.on('change', ({ map: changed }) => {
  // A real case system would save `changed` (it carries the pinned positions).
  status.textContent = `Moved: ${changed.actors.filter((a) => a.position?.pinned).length} pinned`;
});

let lang = 'en';
document.getElementById('gaps').addEventListener('change', (ev) => handle.setOptions({ showGaps: ev.target.checked }));
document.getElementById('lang').addEventListener('click', () => {
  lang = lang === 'en' ? 'da' : 'en';
  handle.setOptions({ lang });
});
document.getElementById('save-svg').addEventListener('click', () => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([handle.exportSvg()], { type: 'image/svg+xml' }));
  a.download = 'network-map.svg';
  a.click();
});

// When the host page removes the map (e.g. a framework unmounts the component):
window.addEventListener('pagehide', () => handle.destroy());
document.body.dataset.ready = 'true';
