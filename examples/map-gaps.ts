/**
 * Reads the bundled network map (Undervisningsministeriet 2019, inspirationsmateriale om tværprofessionelt samarbejde: eight actors around a child), checks it, and lists
 * where to act: warnings, and the gaps ranked by how much a new relation would connect the
 * network. Run: `pnpm exec tsx examples/map-gaps.ts` (CI runs it).
 */
import { readFileSync } from 'node:fs';
import { computeMapMetrics, mapWarnings, parseMap, rankGaps, toGraphml } from '@relcap/core';

const text = readFileSync(new URL('./maps/seeds-001-network-map.json', import.meta.url), 'utf8');
const map = parseMap(text, { file: 'seeds-001-network-map.json' });

for (const w of mapWarnings(map)) console.log(`warning: ${w.message.en}`);
for (const gap of rankGaps(map, { limit: 5 }).gaps) console.log(`${gap.a} - ${gap.b} (${gap.kind}): ${gap.reason.en}`);

const metrics = computeMapMetrics(map);
console.log(`density ${metrics.density.toFixed(3)}, components ${metrics.components}`);
const graphml = toGraphml(map);
if (!graphml.startsWith('<?xml')) throw new Error('GraphML export should be XML');
