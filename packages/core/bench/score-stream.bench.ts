/**
 * `pnpm bench`: scoring 1,000,000 long-format answers, streamed from a file, next to the time
 * papaparse alone needs to parse the same file, with peak memory. Every figure comes from the same
 * run on the same machine; only the ratios are meant to be compared between machines.
 *
 * Each measurement runs in a fresh process (see score-stream.worker.ts), five times; the median
 * is reported with the spread (slowest - fastest, relative to the median: the machine's noise).
 * The built CLI (`relcap score --json`) is measured as a user runs it, for its peak resident
 * memory, and next to a ten-line pandas script (pandas-score.py) when a python3 with pandas is
 * present (skipped otherwise). A second, 4x smaller file shows whether memory grows with rows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLongSurvey } from './generate-long';

interface Measure {
  readonly mode: string;
  /** Time inside the process (after start-up), ms. */
  readonly ms: number;
  /** CPU time (user + system) of the process, ms: less disturbed by other load than wall time. */
  readonly cpuMs: number;
  /** Wall time of the whole process, start-up included, ms. */
  readonly wallMs: number;
  readonly maxRssMb: number;
  readonly peakHeapMb: number;
  readonly retainedMb: number;
  readonly rows: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '.out');
const root = join(here, '..', '..', '..');
const REPEAT = Number(process.env.RELCAP_BENCH_REPEAT ?? 5);
const cliBin = join(root, 'packages', 'cli', 'dist', 'bin.js');

/** One run of a mode in a fresh process: the worker (tsx), the built CLI, or the pandas script. */
function once(mode: string, file: string, python: string | undefined): Measure {
  const t0 = performance.now();
  if (mode === 'relcap-cli') {
    const r = spawnSync(process.execPath, [join(here, 'rss-wrap.mjs'), cliBin, 'score', file, '--json', '--min-raters', '1'], { encoding: 'utf8', cwd: root, maxBuffer: 1 << 28 });
    const wallMs = performance.now() - t0;
    const last = JSON.parse(r.stderr.trim().split('\n').pop() as string) as { code: number; ms: number; cpuMs: number; maxRssMb: number };
    if (last.code !== 0) throw new Error(`relcap score failed:\n${r.stderr}`);
    const doc = JSON.parse(r.stdout) as { import: { rows: number } };
    return { mode, ms: last.ms, cpuMs: last.cpuMs, wallMs, maxRssMb: last.maxRssMb, peakHeapMb: Number.NaN, retainedMb: Number.NaN, rows: doc.import.rows };
  }
  if (mode === 'pandas') {
    const r = spawnSync(python as string, [join(here, 'pandas-score.py'), file], { encoding: 'utf8', cwd: root });
    const wallMs = performance.now() - t0;
    if (r.status !== 0) throw new Error(`pandas failed:\n${r.stderr}`);
    const m = JSON.parse(r.stdout.trim()) as { ms: number; cpuMs: number; maxRssMb: number; rows: number };
    return { mode, ms: m.ms, cpuMs: m.cpuMs, wallMs, maxRssMb: m.maxRssMb, peakHeapMb: Number.NaN, retainedMb: Number.NaN, rows: m.rows };
  }
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, 'score-stream.worker.ts'), mode, file], { encoding: 'utf8', cwd: root });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${mode} failed:\n${r.stderr}`);
  return { ...(JSON.parse(r.stdout.trim().split('\n').pop() as string) as Omit<Measure, 'wallMs'>), wallMs };
}

/** The run with the median in-process time of `REPEAT` runs, and the spread of the times. */
function measure(mode: string, file: string, python: string | undefined): Measure & { spread: number } {
  const runs: Measure[] = [];
  for (let i = 0; i < REPEAT; i++) runs.push(once(mode, file, python));
  runs.sort((a, b) => a.ms - b.ms);
  const mid = runs[Math.floor(runs.length / 2)] as Measure;
  return { ...mid, spread: (runs[runs.length - 1]!.ms - runs[0]!.ms) / mid.ms };
}

/** A python3 that has pandas (the pyenv one, else Debian's), or undefined: the baseline is skipped. */
function pythonWithPandas(): string | undefined {
  for (const py of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(py, ['-c', 'import pandas'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return undefined;
}

const fmt = (n: number, d = 0): string => (Number.isNaN(n) ? '       -' : n.toFixed(d).padStart(8));

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const python = pythonWithPandas();
  if (!existsSync(cliBin)) throw new Error('the CLI is not built: run pnpm build first (the bench measures packages/cli/dist/bin.js)');
  const modes = ['papaparse-text', 'papaparse-stream', 'relcap', 'relcap-cli', ...(python !== undefined ? ['pandas'] : [])];
  const sizes = [250_000, 1_000_000];
  const rows: string[] = [];
  const results = new Map<string, Measure & { spread: number }>();
  for (const n of sizes) {
    const file = join(out, `long-${n}.csv`);
    await generateLongSurvey(file, n);
    const mb = statSync(file).size / 2 ** 20;
    for (const mode of modes) {
      const m = measure(mode, file, python);
      if (m.rows !== n) throw new Error(`${mode} read ${m.rows} rows, expected ${n}`);
      results.set(`${mode}@${n}`, m);
      rows.push(
        `${String(n).padStart(9)} ${fmt(mb, 1)} MB  ${mode.padEnd(17)} ${fmt(m.ms)} ms ${fmt(m.cpuMs)} ms ${fmt(m.wallMs)} ms ${fmt(m.spread * 100)} % ${fmt(m.peakHeapMb, 1)} MB ${fmt(m.retainedMb, 1)} MB ${fmt(m.maxRssMb, 1)} MB`,
      );
    }
  }
  console.log(`  answers     file    mode               in-process   cpu time  process wall  spread   peak heap   retained    peak RSS  (median of ${REPEAT})`);
  for (const r of rows) console.log(r);
  if (python === undefined) console.log('pandas baseline skipped: no python3 with pandas (apt install python3-pandas to include it)');
  const big = (m: string) => results.get(`${m}@1000000`) as Measure & { spread: number };
  const small = (m: string) => results.get(`${m}@250000`) as Measure & { spread: number };
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
  console.log('');
  console.log(
    `relcap import+score / papaparse bare streaming parse (1M answers): ${ratio(big('relcap').ms, big('papaparse-stream').ms)} in-process time, ${ratio(big('relcap').cpuMs, big('papaparse-stream').cpuMs)} CPU time  (target <= 1.3x)`,
  );
  console.log(`relcap import+score / papaparse whole-text parse (1M answers, in-process): ${ratio(big('relcap').ms, big('papaparse-text').ms)}`);
  console.log(`relcap score CLI peak RSS (1M answers): ${big('relcap-cli').maxRssMb.toFixed(1)} MiB  (target <= 100 MiB)`);
  if (python !== undefined) {
    console.log(
      `relcap score CLI / pandas script (1M answers): ${ratio(big('relcap-cli').wallMs, big('pandas').wallMs)} process wall, ${ratio(big('relcap-cli').cpuMs, big('pandas').cpuMs)} CPU time`,
    );
  }
  console.log(
    `retained heap, 250k -> 1M answers: relcap ${small('relcap').retainedMb.toFixed(1)} -> ${big('relcap').retainedMb.toFixed(1)} MB ` +
      `(${(((big('relcap').retainedMb - small('relcap').retainedMb) * 2 ** 20) / 750_000).toFixed(1)} bytes per extra answer); ` +
      `papaparse text ${small('papaparse-text').retainedMb.toFixed(1)} -> ${big('papaparse-text').retainedMb.toFixed(1)} MB`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
