import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Every ```ts block of docs/survey-import.md runs as its own module, from the repository root
// (the snippets read example files by relative path). Blocks marked ```typescript are shown
// only (e.g. browser worker code).
const doc = readFileSync(new URL('../../../../docs/survey-import.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const dir = mkdtempSync(join(tmpdir(), 'relcap-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docs/survey-import.md', () => {
  it('has runnable snippets', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(blocks.map((code, i) => [i + 1, code] as const))('snippet %i runs', async (i, code) => {
    const file = join(dir, `snippet-${i}.ts`);
    writeFileSync(file, `${code}\nexport {};\n`);
    await expect(import(/* @vite-ignore */ file)).resolves.toBeDefined();
  });
});
