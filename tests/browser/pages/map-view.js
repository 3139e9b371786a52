// Test page of tests/browser/map-view.test.ts: createMapView from the built standalone library,
// owned by the smallest possible owner of state (a scene and a highlight, changed only in reply
// to the view's intents), the way the app owns it. Everything it saw is in window.viewTest.
import * as lib from '../../../packages/visualizer/dist/relcap-visualizer.standalone.js';

const map = await (await fetch('/examples/maps/seeds-001-network-map.json')).json();
const lang = new URLSearchParams(location.search).get('lang') === 'da' ? 'da' : 'en';
let scene = lib.buildScene(map, { lang });
let highlight = {};
let added = 0;
const events = [];
const pointerTypes = [];
const host = document.getElementById('map');
const view = lib.createMapView(host);
const draw = () => view.render({ scene, highlight });
const set = (field, value) => {
  const next = { ...highlight };
  if (value === undefined || value === null) delete next[field];
  else next[field] = value;
  highlight = next;
};
const place = (id, x, y) => {
  scene = { ...scene, nodes: scene.nodes.map((n) => (n.id === id ? { ...n, x, y, pinned: true } : n)) };
};

for (const name of ['select', 'hover', 'move', 'moveEnd', 'connect', 'link', 'activate', 'delete', 'nudge']) {
  view.on(name, (payload) => events.push([name, payload]));
}
view.on('select', (t) => {
  set('selected', t?.id);
  draw();
});
view.on('link', ({ source }) => {
  set('linking', source);
  draw();
});
view.on('connect', ({ source, target }) => {
  added += 1;
  const edge = { id: `new${added}`, source, target, style: 'strong', directed: false, curvature: 0, label: '', rc: null, n: null, gap: false };
  scene = { ...scene, edges: [...scene.edges, edge] };
  set('linking', undefined);
  draw();
});
view.on('moveEnd', ({ id, x, y }) => {
  place(id, x, y);
  draw();
});
view.on('nudge', ({ id, dx, dy }) => {
  const n = scene.nodes.find((m) => m.id === id);
  place(id, n.x + dx, n.y + dy);
  draw();
});
view.on('delete', (t) => {
  if (t.kind === 'actor') {
    scene = { ...scene, nodes: scene.nodes.filter((n) => n.id !== t.id), edges: scene.edges.filter((e) => e.source !== t.id && e.target !== t.id) };
  } else {
    scene = { ...scene, edges: scene.edges.filter((e) => e.id !== t.id) };
  }
  draw();
});
view.svg.addEventListener('pointerdown', (ev) => pointerTypes.push(ev.pointerType), true);
draw();

/** Where a mutation record landed: the actor or relation (or edge label) it belongs to. */
const owner = (node) => {
  const el = node.nodeType === 1 ? node : node.parentElement;
  const g = el?.closest('g.relcap-node, g.relcap-edge');
  if (g !== null && g !== undefined) return `${g.classList.contains('relcap-node') ? 'actor' : 'relation'}:${g.getAttribute('data-id')}`;
  const edge = el?.closest('text[data-edge]');
  if (edge !== null && edge !== undefined) return `label:${edge.getAttribute('data-edge')}`;
  return el === view.svg ? 'svg' : `other:${el?.getAttribute('class') ?? el?.tagName}`;
};
const observe = () => {
  const obs = new MutationObserver(() => {});
  obs.observe(view.svg, { subtree: true, childList: true, attributes: true, characterData: true });
  return () => {
    const records = obs.takeRecords();
    obs.disconnect();
    return records.map((r) => ({ owner: owner(r.target), type: r.type, attribute: r.attributeName }));
  };
};

window.viewTest = {
  events,
  pointerTypes,
  scene: () => scene,
  highlight: () => highlight,
  setOptions: (o) => view.setOptions(o),
  observe: () => {
    window.viewTest.stop = observe();
  },
  /** Changes one actor's label (same length, so the bounds stay) and returns the mutations of the redraw. */
  relabel: (id, label) => {
    const stop = observe();
    scene = { ...scene, nodes: scene.nodes.map((n) => (n.id === id ? { ...n, label } : n)) };
    draw();
    return stop();
  },
  /** A redraw of an equal scene (a new object with new node objects): returns its mutations. */
  redrawEqual: () => {
    const stop = observe();
    scene = { ...scene, nodes: scene.nodes.map((n) => ({ ...n })), edges: scene.edges.map((e) => ({ ...e })) };
    draw();
    return stop();
  },
  /** Switches to another scene, e.g. a large generated one. */
  useGenerated: (actors, relations) => {
    const big = lib.generateMunicipalityNetwork({ actors, relations, seed: 1 });
    scene = lib.buildScene(big, { iterations: 0 });
    highlight = {};
    draw();
    return scene.nodes.length;
  },
  exportSvg: () => view.exportSvg(),
  destroy: () => {
    view.destroy();
    view.destroy();
  },
};
document.body.dataset.ready = 'true';
