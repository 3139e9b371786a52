import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, errorText, REFERENCES } from '../../src/messages/index';

const ROOT = join(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every error code written in the sources of core and the CLI (the env variable and the code prefixes aside). */
function codesInSources(): string[] {
  const codes = new Set<string>();
  for (const pkg of ['core', 'cli']) {
    for (const f of sources(join(ROOT, pkg, 'src'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(/RELCAP_[A-Z0-9_]*[A-Z0-9]/g)) codes.add(m[0]);
    }
  }
  for (const notACode of ['RELCAP_DEBUG', 'RELCAP_CLI', 'RELCAP_EDIT', 'RELCAP_MAP']) codes.delete(notACode);
  return [...codes].sort();
}

describe('the message catalogue', () => {
  it('every error code in core and the CLI has a Danish and an English text', () => {
    const missing = codesInSources().filter((c) => ERROR_MESSAGES[c] === undefined);
    expect(missing).toEqual([]);
    for (const [code, t] of Object.entries(ERROR_MESSAGES)) {
      expect(t.da.length, code).toBeGreaterThan(3);
      expect(t.en.length, code).toBeGreaterThan(3);
      expect(t.da, code).not.toBe(t.en);
    }
  });

  it('errorText gives the text in the asked language', () => {
    expect(errorText('RELCAP_OUT_OF_RANGE', 'da')).toBe('værdien ligger uden for svarskalaen');
    expect(errorText('RELCAP_OUT_OF_RANGE', 'en')).toBe('the value is outside the answer scale');
    expect(errorText('RELCAP_NOT_A_CODE', 'da')).toBeUndefined();
  });
});

describe('the references list', () => {
  it('docs/references.md lists exactly the entries of REFERENCES, in the same order', () => {
    const doc = readFileSync(join(ROOT, '..', 'docs', 'references.md'), 'utf8');
    const listed = doc.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
    expect(listed).toEqual(REFERENCES.map((r) => r.text));
  });
});
