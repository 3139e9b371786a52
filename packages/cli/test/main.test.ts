import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINE_MAP, writeJson } from './map-fixtures';
import { runCli, tempDir } from './run-cli';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };

describe('relcap main', () => {
  it('relcap --version prints the package version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag]);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  it('relcap --help lists every command and the exit codes 0-3', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['map validate', 'map metrics', 'map export', 'map gaps']) expect(r.stdout).toContain(`  ${c} `);
    expect(r.stdout).toMatch(/^ {2}0 {2}success$/m);
    expect(r.stdout).toMatch(/^ {2}1 {2}invalid input/m);
    expect(r.stdout).toMatch(/^ {2}2 {2}usage error/m);
    expect(r.stdout).toMatch(/^ {2}3 {2}I\/O error/m);
  });

  it('relcap without arguments prints the help on stderr and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: relcap <command>');
  });

  it('relcap <command> --help prints the command usage and its flags', async () => {
    const r = await runCli(['map', 'export', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('Usage: relcap map export FILE [flags]\n')).toBe(true);
    expect(r.stdout).toContain('--to gexf|graphml|gephi|kumu|polinode|tidy');
    expect(r.stdout).toContain('-o, --out PATH');
  });

  it('relcap --help and every command help fit in 80 columns (examples aside)', async () => {
    const { COMMANDS } = await import('../src/commands/registry');
    const texts = [(await runCli(['--help'])).stdout];
    for (const c of COMMANDS) texts.push((await runCli([...c.name.split(' '), '--help'])).stdout.split('\nExamples:')[0]!);
    for (const text of texts) for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('--lang da gives Danish errors from the message catalogue, with place, value and code', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'svar.csv'), 'respondent_id,role,target_role,dimension,value\nR1,Lærer,Pædagog,frequency,9\n');
    const bad = await runCli(['score', 'svar.csv', '--lang', 'da'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^relcap: svar\.csv:2: .*værdien ligger uden for svarskalaen \(fandt "9"/);
    expect(bad.stderr).toContain('[RELCAP_OUT_OF_RANGE]');
    const missing = await runCli(['score', 'mangler.csv', '--lang', 'da'], { cwd: dir });
    expect(missing.stderr).toContain('filen kan ikke læses');
    const usage = await runCli(['score', '--lang', 'da']);
    expect(usage.stderr).toContain('et argument mangler');
    const english = await runCli(['score', 'svar.csv'], { cwd: dir });
    expect(english.stderr).not.toContain('værdien');
  });

  it('relcap map --help lists the map commands on stdout and exits 0', async () => {
    const { COMMANDS } = await import('../src/commands/registry');
    for (const flag of ['--help', '-h']) {
      const r = await runCli(['map', flag]);
      expect(r.code).toBe(0);
      for (const c of COMMANDS.filter((x) => x.name.startsWith('map '))) expect(r.stdout).toContain(c.name);
      expect(r.stdout).not.toContain('relcap score');
    }
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"', 'RELCAP_CLI_UNKNOWN_COMMAND'],
    [['map'], 'relcap map: name a command', 'RELCAP_CLI_MISSING_COMMAND'],
    [['map', 'draw'], 'relcap map: unknown command "draw"', 'RELCAP_CLI_UNKNOWN_COMMAND'],
    [['--colour'], 'unknown flag --colour', 'RELCAP_CLI_BAD_FLAG'],
    [['map', 'metrics', 'a.json', '--colour'], "Unknown option '--colour'", 'RELCAP_CLI_BAD_FLAG'],
    [['map', 'metrics'], 'relcap map metrics: missing FILE', 'RELCAP_CLI_MISSING_ARGUMENT'],
    [['map', 'metrics', 'a.json', 'b.json'], 'unexpected argument "b.json"', 'RELCAP_CLI_EXTRA_ARGUMENT'],
    [['map', 'metrics', 'a.json', '--out'], "Option '-o, --out <value>' argument missing", 'RELCAP_CLI_BAD_FLAG'],
    [['map', 'metrics', 'a.json', '--lang', 'de'], '--lang must be one of da, en', 'RELCAP_CLI_BAD_FLAG_VALUE'],
  ])('relcap %j is a usage error: exit 2, one line on stderr', async (argv, message, code) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(`[${code}]`);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('relative FILE arguments resolve from io.cwd, the user directory', async () => {
    const dir = tempDir();
    writeJson(dir, 'kort.json', LINE_MAP);
    const here = await runCli(['map', 'validate', 'kort.json'], { cwd: dir });
    const elsewhere = await runCli(['map', 'validate', 'kort.json'], { cwd: tempDir() });
    expect(here.code).toBe(0);
    expect(elsewhere.code).toBe(3);
    const absolute = await runCli(['map', 'validate', join(dir, 'kort.json')], { cwd: tempDir() });
    expect(absolute.code).toBe(0);
  });

  it('RELCAP_DEBUG=1 adds the stack trace to an error; without it there is none', async () => {
    const plain = await runCli(['map', 'validate', 'nowhere.json'], { cwd: tempDir() });
    const debug = await runCli(['map', 'validate', 'nowhere.json'], { cwd: tempDir(), env: { RELCAP_DEBUG: '1' } });
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(debug.code).toBe(3);
  });
});
