#!/usr/bin/env node
// `pnpm docs:examples`: type-checks every ```ts block under an `@example` TSDoc tag in the
// packages' sources. Each block becomes a module that imports everything its package's entry
// points export (unless the block imports it itself), then all are type-checked together against
// the sources. Prints each failing example with file:line and the first error.
// Not yet in `pnpm test`: most examples are snippets that use a variable they do not declare
// (`map`, `score`, `io`). docs/packaging.md has the count and what a block needs to pass.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ts = createRequire(import.meta.url)('typescript');
const OUT = join(root, '.tmp', 'check-examples');

/** The entry points whose exports an example may use without importing them. */
const PACKAGES = [
  { dir: 'packages/core', entries: { '@relcap/core': 'src/index.ts' } },
  { dir: 'packages/visualizer', entries: { '@relcap/visualizer': 'src/index.ts', '@relcap/visualizer/node': 'src/node.ts' } },
  { dir: 'packages/cli', entries: { '@relcap/cli': 'src/index.ts' } },
];
const PATHS = Object.fromEntries(PACKAGES.flatMap((p) => Object.entries(p.entries).map(([spec, file]) => [spec, [join(root, p.dir, file)]])));
const OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
  typeRoots: [join(root, 'node_modules', '@types')],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
  paths: PATHS,
};

/**
 * Names an example may use without declaring them (the conventional inputs of the snippets), with
 * their types. Declared only when the example uses the name and does not declare it itself.
 */
const PRELUDE = {
  map: "import('@relcap/core').NetworkMap",
  before: "import('@relcap/core').SurveyScore",
  after: "import('@relcap/core').SurveyScore",
  score: "import('@relcap/core').SurveyScore",
  answers: "import('@relcap/core').Answer[]",
  text: 'string',
  raw: 'string',
  bytes: 'Uint8Array',
  io: "import('@relcap/cli').CliIo",
  element: 'HTMLElement',
};

function walkTs(d, out = []) {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walkTs(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The TypeScript program over every source file: exports of the entries and of each file. */
const allSources = PACKAGES.flatMap((p) => walkTs(join(root, p.dir, 'src')));
const sourceProgram = ts.createProgram(allSources, OPTIONS);
const checker = sourceProgram.getTypeChecker();
/** Names a module exports (values and types). */
function exportsOf(file) {
  const symbol = checker.getSymbolAtLocation(sourceProgram.getSourceFile(file));
  return symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((x) => x.getName());
}
/** Names exported by each entry point. */
function exportedNames() {
  return new Map(Object.entries(PATHS).map(([spec, [file]]) => [spec, exportsOf(file)]));
}

/** The ```ts blocks under @example tags in `text`, with the line each starts on. */
function examplesIn(text) {
  const found = [];
  const comment = /\/\*\*[\s\S]*?\*\//g;
  for (const m of text.matchAll(comment)) {
    const lines = m[0].split('\n').map((l) => l.replace(/^\s*\*? ?/, ''));
    const startLine = text.slice(0, m.index).split('\n').length;
    let inExample = false;
    let block = null;
    lines.forEach((line, i) => {
      if (/^@\w+/.test(line)) inExample = line.startsWith('@example');
      if (!inExample) return;
      if (block === null && /^```(ts|typescript)\s*$/.test(line.trim())) block = { line: startLine + i + 1, body: [] };
      else if (block !== null && line.trim() === '```') {
        found.push({ line: block.line, code: block.body.join('\n') });
        block = null;
      } else if (block !== null) block.body.push(line);
    });
  }
  return found;
}


const names = exportedNames();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const cases = [];
for (const p of PACKAGES) {
  for (const file of walkTs(join(root, p.dir, 'src'))) {
    for (const ex of examplesIn(readFileSync(file, 'utf8'))) {
      const own = new Set([...ex.code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((m) => m[1].split(',').map((s) => s.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop())));
      const declared = (n) =>
        own.has(n) ||
        new RegExp(`\\b(const|let|var|function|class)\\s+${n}\\b|\\b${n}\\s*=>|\\b(const|let|var)\\s*[{[][^=]*\\b${n}\\b[^=]*[}\\]]\\s*=`).test(ex.code);
      const taken = new Set();
      const imports = [];
      const importFrom = (spec, list) => {
        const fresh = list.filter((n) => !declared(n) && !taken.has(n));
        for (const n of fresh) taken.add(n);
        if (fresh.length > 0) imports.push(`import { ${fresh.join(', ')} } from '${spec}';`);
      };
      for (const spec of Object.keys(p.entries)) importFrom(spec, names.get(spec));
      importFrom(file.replace(/\.ts$/, ''), exportsOf(file));
      importFrom('node:fs', ['readFileSync', 'writeFileSync']);
      if (!declared('fs') && /\bfs\./.test(ex.code)) imports.push("import * as fs from 'node:fs';");
      for (const [n, type] of Object.entries(PRELUDE)) {
        if (!declared(n) && !taken.has(n) && new RegExp(`\\b${n}\\b`).test(ex.code)) imports.push(`declare const ${n}: ${type};`);
      }
      const header = imports.join('\n');
      const out = join(OUT, `${cases.length}.ts`);
      writeFileSync(out, `${header}\nexport {};\n${ex.code}\n`);
      cases.push({ out, source: `${relative(root, file)}:${ex.line}`, headerLines: header.split('\n').length + 1 });
    }
  }
}

const program = ts.createProgram(
  cases.map((c) => c.out),
  OPTIONS,
);
const byFile = new Map();
for (const d of ts.getPreEmitDiagnostics(program)) {
  if (d.file === undefined) continue;
  const list = byFile.get(d.file.fileName) ?? [];
  list.push(d);
  byFile.set(d.file.fileName, list);
}
let failed = 0;
for (const c of cases) {
  const diags = byFile.get(c.out);
  if (diags === undefined) continue;
  failed++;
  const d = diags[0];
  const line = d.file.getLineAndCharacterOfPosition(d.start).line - c.headerLines;
  console.log(`FAIL ${c.source} (+${line}): ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}
console.log(`docs:examples: ${cases.length - failed} of ${cases.length} @example blocks type-check, ${failed} fail`);
if (!process.argv.includes('--keep')) rmSync(OUT, { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
