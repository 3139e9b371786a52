// Draws the role network of the example survey as a standalone SVG file in Node, without a DOM:
// core scores the survey, `surveyToMap` turns the ties into a role network, and the visualizer's
// Node entry (`@relcap/visualizer/node`) lays it out (`buildScene`) and writes it as SVG text
// (`sceneToSvgString`), the drawing `relcap report` puts in its HTML report.
// Run after `pnpm build`: node examples/reports/role-network-svg.mjs [out.svg]
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSurvey, scoreAnswers, surveyToMap } from '@relcap/core';
import { buildScene, sceneToSvgString } from '@relcap/visualizer/node';

const csv = readFileSync(new URL('../data/survey-example.csv', import.meta.url));
const score = scoreAnswers(parseSurvey(csv).answers, { minRaters: 3 });
const map = surveyToMap(
  { dimensionSet: score.dimensionSet, ties: score.ties, roles: score.roles.map((r) => r.role) },
  { title: 'Role network, example survey' },
);
const svg = sceneToSvgString(buildScene(map, { lang: 'en', seed: 1 }), { idPrefix: 'example', subtitle: `${score.respondents} respondents, suppressed under 3 raters` });

const out = process.argv[2] ?? join(tmpdir(), 'relcap-role-network.svg');
writeFileSync(out, svg);
// 6 roles; every rated directed pair between roles is an edge; within-role ties are rings.
const edges = (svg.match(/class="relcap-edge"/g) ?? []).length;
const between = score.ties.filter((t) => !t.within).length;
if (edges !== between) throw new Error(`expected ${between} edges, drew ${edges}`);
console.log(`wrote ${out}: ${score.roles.length} roles, ${edges} ties between roles, ${svg.length} characters`);
