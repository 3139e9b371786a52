// `pnpm start` ends cleanly on Ctrl-C: the server's SIGINT handler closes it (open keep-alive
// connections included) and exits 0, and pnpm, run with the repository's .npmrc, reports no
// ELIFECYCLE. Ctrl-C is simulated as a terminal does it: SIGINT to the whole process group.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const serveModule = join(repo, 'packages', 'visualizer', 'scripts', 'serve.mjs');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A folder with an app (one index.html) and a script that serves it like `pnpm start`. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relcap-serve-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app', 'index.html'), '<!doctype html><title>relcap</title>');
  writeFileSync(
    join(dir, 'serve.mjs'),
    `import { serveFromCommandLine } from ${JSON.stringify(serveModule)};\nawait serveFromCommandLine({ root: ${JSON.stringify(join(dir, 'app'))} });\n`,
  );
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'serve-check', private: true, scripts: { start: 'node serve.mjs' } }));
  copyFileSync(join(repo, '.npmrc'), join(dir, '.npmrc'));
  return dir;
}

interface Run {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly url: Promise<string>;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `cmd` in its own process group (as a terminal's foreground job) with PORT=0. */
function startGroup(cmd: string, args: string[], cwd: string): Run {
  const child = spawn(cmd, args, { cwd, detached: true, env: { ...process.env, PORT: '0' } });
  let out = '';
  const url = new Promise<string>((ok, fail) => {
    const onData = (b: Buffer): void => {
      out += b.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m !== null) ok(m[0]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => fail(new Error(`exited before printing a URL:\n${out}`)));
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => {
    child.once('exit', (code, signal) => ok({ code, signal }));
  });
  return { child, output: () => out, url, exit };
}

/** Opens a keep-alive connection and waits for the answer: the server must not wait for it. */
function fetchKeepAlive(url: string): Promise<number> {
  return new Promise((ok, fail) => {
    get(url, { agent: new Agent({ keepAlive: true }) }, (res) => {
      res.resume();
      res.on('end', () => ok(res.statusCode ?? 0));
    }).on('error', fail);
  });
}

describe('stopping the server with Ctrl-C', () => {
  it('serve.mjs exits 0 on SIGINT sent twice to its process group, with a keep-alive connection open', async () => {
    const dir = scratch();
    const run = startGroup(process.execPath, ['serve.mjs'], dir);
    expect(await fetchKeepAlive(await run.url)).toBe(200);
    process.kill(-(run.child.pid as number), 'SIGINT');
    process.kill(-(run.child.pid as number), 'SIGINT');
    expect(await run.exit).toEqual({ code: 0, signal: null });
  });

  it('exits 0 on SIGTERM', async () => {
    const run = startGroup(process.execPath, ['serve.mjs'], scratch());
    await run.url;
    process.kill(run.child.pid as number, 'SIGTERM');
    expect(await run.exit).toEqual({ code: 0, signal: null });
  });

  it('`pnpm start` with the repository .npmrc ends with exit 0 and no ELIFECYCLE', async () => {
    const run = startGroup('pnpm', ['start'], scratch());
    await run.url;
    process.kill(-(run.child.pid as number), 'SIGINT');
    expect(await run.exit).toEqual({ code: 0, signal: null });
    expect(run.output()).not.toContain('ELIFECYCLE');
  });
});
