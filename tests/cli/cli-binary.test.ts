// End-to-end: the BUILT command (packages/cli/dist/bin.js, built by `pnpm test` before vitest)
// spawned as a real process: exit codes, streams, no stack traces, relative paths from the
// user's directory through `pnpm relcap` (scripts/dev.mjs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(__dirname, '..', '..');
const BIN = join(REPO, 'packages', 'cli', 'dist', 'bin.js');
const DEV = join(REPO, 'packages', 'cli', 'scripts', 'dev.mjs');
const SURVEY = join(REPO, 'tests', 'fixtures', 'cli', 'teachers-pedagogues.csv');
const MAP = join(REPO, 'examples', 'maps', 'seeds-001-network-map.json');

let dir: string;

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run pnpm build (pnpm test does) before this test`);
  dir = mkdtempSync(join(tmpdir(), 'relcap-e2e-'));
  copyFileSync(SURVEY, join(dir, 'svar.csv'));
  copyFileSync(MAP, join(dir, 'kort.json'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, RELCAP_DEBUG: '', ...env } });

const STACK = /\n\s+at .+\(?.*:\d+:\d+\)?/;

describe('relcap binary', () => {
  it('relcap --version and --help exit 0 on stdout', () => {
    const v = run(['--version']);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe((JSON.parse(readFileSync(join(REPO, 'packages/cli/package.json'), 'utf8')) as { version: string }).version);
    const h = run(['--help']);
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('Exit codes:');
  });

  it('relcap score --json on the hand-computed fixture: exit 0, rc 4 for Lærer -> Pædagog', () => {
    const r = run(['score', 'svar.csv', '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout) as { ties: { from: string; to: string; rc: number | null; suppressed: boolean }[] };
    expect(s.ties[0]).toMatchObject({ from: 'Lærer', to: 'Pædagog', suppressed: false });
    expect(s.ties[0]?.rc).toBeCloseTo(4, 10);
    expect(s.ties[1]).toMatchObject({ from: 'Pædagog', to: 'Lærer', suppressed: true, rc: null });
  });

  it.each([
    ['invalid input', ['score', 'bad.csv'], 1, /^bad\.csv:2: column "value": .*\[RELCAP_OUT_OF_RANGE\]\n$/],
    ['validation problems', ['validate', 'bad.csv'], 1, /^bad\.csv:2: column "value": .*\nbad\.csv: 1 problem\n$/],
    ['a bad flag', ['score', 'svar.csv', '--min-raters', '-1'], 2, /^relcap score: Option '--min-raters' argument is ambiguous\. .*\[RELCAP_CLI_BAD_FLAG\]\n$/],
    ['an unknown command', ['plot', 'svar.csv'], 2, /^relcap: unknown command "plot"/],
    ['a missing file', ['score', 'nope.csv'], 3, /^relcap: cannot read nope\.csv: no such file or directory \(ENOENT\)/],
    ['an unwritable --out', ['score', 'svar.csv', '--json', '--out', 'no/such/dir/x.json'], 3, /^relcap: cannot write no\/such\/dir\/x\.json: /],
    ['an invalid map', ['map', 'metrics', 'bad.json'], 1, /^bad\.json:\d+: .*\[RELCAP_MAP_BAD_JSON\]\n$/],
  ])('relcap exits with the documented code for %s, with a message and no stack trace on stderr', (_what, args, code, message) => {
    writeFileSync(join(dir, 'bad.csv'), 'respondent_id,role,target_role,dimension,value\nT1,Lærer,Pædagog,frequency,9\n');
    writeFileSync(join(dir, 'bad.json'), '{ "schemaVersion": 1, ');
    const r = run(args);
    expect(r.status).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('RELCAP_DEBUG=1 adds the stack trace', () => {
    const r = run(['score', 'nope.csv'], { RELCAP_DEBUG: '1' });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(STACK);
  });

  it('relcap map export writes Kumu sheets next to each other and reports them on stderr', () => {
    const r = run(['map', 'export', 'kort.json', '--to', 'kumu', '--out', 'kumu']);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'kumu-elements.csv'), 'utf8')).toContain('Socialrådgiver');
    expect(existsSync(join(dir, 'kumu-connections.csv'))).toBe(true);
    expect(r.stderr).toBe('relcap: wrote kumu-elements.csv\nrelcap: wrote kumu-connections.csv\n');
  });

  it('pnpm relcap (scripts/dev.mjs) resolves relative FILE arguments from the directory it was called in', () => {
    // pnpm runs the root script in the repository root and passes the caller's directory as INIT_CWD.
    const r = spawnSync(process.execPath, [DEV, 'validate', 'svar.csv'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: dir },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('svar.csv: OK (long format, 35 rows, 35 answers, 5 respondents, 2 roles rated)\n');
  });

  it('stdout piped into another program carries only the result', () => {
    const r = run(['score', 'svar.csv', '--csv']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toMatch(/^from,to,within,n,suppressed,rc,/);
    expect(r.stderr).toBe('');
  });
});
