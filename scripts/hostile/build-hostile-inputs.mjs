#!/usr/bin/env node
// Builds the hostile input files of the output-safety tests (tests/cli/hostile-output.test.ts)
// into a folder: `node scripts/hostile/build-hostile-inputs.mjs OUT_DIR`. Each file is named
// after the defect it provokes; nothing is downloaded. Also importable: buildHostileInputs(dir).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Nesting depth of the deep JSON and XML files (the stack of a recursive reader overflows well before). */
export const DEEP = 100_000;

const DIMENSIONS = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];

/** A long-format survey: three respondents of `role` rate `target` with 4 on every dimension, and back. */
function survey(role, target) {
  const q = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['respondent_id,role,target_role,dimension,value'];
  for (const [from, to, prefix] of [
    [role, target, 'A'],
    [target, role, 'B'],
  ]) {
    for (const id of [1, 2, 3]) for (const d of DIMENSIONS) lines.push([`${prefix}${id}`, q(from), q(to), d, '4'].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** A small valid map with a given title and first label. */
function map(title, label = 'Barn', extra = {}) {
  return {
    schemaVersion: 1,
    type: 'child',
    title,
    actors: [
      { id: 'barn', label, kind: 'child' },
      { id: 'laerer', label: 'Lærer', kind: 'professional', profession: 'lærer' },
    ],
    relations: [{ id: 'r1', source: 'barn', target: 'laerer', directed: false, kind: 'strength', strength: 'strong' }],
    ...extra,
  };
}

/** Writes every hostile file into `dir` and returns their paths by name. */
export function buildHostileInputs(dir) {
  mkdirSync(dir, { recursive: true });
  const files = {};
  const put = (name, text) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    files[name] = p;
  };
  // A role that Danish Excel would split on ';' into a cell starting with '='.
  put('semicolon-formula-role.csv', survey("x;=cmd|' /C calc'!A0;", 'Pædagog'));
  // A role containing the text "javascript:" (harmless text, must not be refused by the report).
  put('javascript-role.csv', survey('javascript:alert(1)', 'Lærer'));
  // Terminal escape sequences in a map's title and in a role name.
  put('escape-title-map.json', JSON.stringify(map('Kort \u001b[2J\u001b[31mrødt\u001b]0;pwned\u0007', 'Barn \u001b[1mfed')));
  put('escape-role.csv', survey('Lærer\u001b[2J', 'Pædagog'));
  // A 100,000-deep array inside a label of a map JSON.
  const m = JSON.stringify(map('Dyb'));
  put('deep-label-map.json', m.replace('"label":"Barn"', `"label":${'['.repeat(DEEP)}${']'.repeat(DEEP)}`));
  // 100,000-deep element nesting in GraphML and GEXF.
  const deep = (open, close) => `${open.repeat(DEEP)}${close.repeat(DEEP)}`;
  put(
    'deep.graphml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${deep('<x>', '</x>')}</graph></graphml>\n`,
  );
  put(
    'deep.gexf',
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>${deep('<x>', '</x>')}</graph></gexf>\n`,
  );
  // A DOCTYPE with an internal subset (entity definitions: the billion-laughs family).
  put(
    'doctype-subset.graphml',
    '<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="n1"><data key="label">&b;</data></node></graph></graphml>\n',
  );
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2];
  if (out === undefined) {
    process.stderr.write('usage: node scripts/hostile/build-hostile-inputs.mjs OUT_DIR\n');
    process.exit(2);
  }
  const files = buildHostileInputs(out);
  process.stdout.write(`${Object.keys(files).join('\n')}\n`);
}
