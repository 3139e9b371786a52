/**
 * `pnpm bench`: scoring 1,000,000 long-format answers, streamed from a file, next to the time
 * papaparse alone needs to parse the same file, with peak memory. Every figure comes from the same
 * run on the same machine; only the ratios are meant to be compared between machines.
 *
 * Each measurement runs in a fresh process (see score-stream.worker.ts), three times; the median
 * is reported. A second, 4x smaller file shows whether memory grows with the number of rows.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLongSurvey } from './generate-long';

interface Measure {
  readonly mode: string;
  readonly ms: number;
  readonly maxRssMb: number;
  readonly peakHeapMb: number;
  readonly retainedMb: number;
  readonly rows: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '.out');
const root = join(here, '..', '..', '..');
const REPEAT = Number(process.env.RELCAP_BENCH_REPEAT ?? 3);

function measure(mode: string, file: string): Measure {
  const runs: Measure[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, 'score-stream.worker.ts'), mode, file], {
      encoding: 'utf8',
      cwd: root,
    });
    if (r.status !== 0) throw new Error(`${mode} failed:\n${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim().split('\n').pop() as string) as Measure);
  }
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(runs.length / 2)] as Measure;
}

const fmt = (n: number, d = 0): string => n.toFixed(d).padStart(8);

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const sizes = [250_000, 1_000_000];
  const rows: string[] = [];
  const results = new Map<string, Measure>();
  for (const n of sizes) {
    const file = join(out, `long-${n}.csv`);
    await generateLongSurvey(file, n);
    const mb = statSync(file).size / 2 ** 20;
    for (const mode of ['papaparse-text', 'papaparse-stream', 'relcap']) {
      const m = measure(mode, file);
      if (m.rows !== n) throw new Error(`${mode} read ${m.rows} rows, expected ${n}`);
      results.set(`${mode}@${n}`, m);
      rows.push(`${String(n).padStart(9)} ${fmt(mb, 1)} MB  ${mode.padEnd(17)} ${fmt(m.ms)} ms ${fmt(m.peakHeapMb, 1)} MB ${fmt(m.retainedMb, 1)} MB ${fmt(m.maxRssMb, 1)} MB`);
    }
  }
  console.log(`  answers     file    mode                  time   peak heap   retained    peak RSS  (median of ${REPEAT})`);
  for (const r of rows) console.log(r);
  const big = (m: string): Measure => results.get(`${m}@1000000`) as Measure;
  const small = (m: string): Measure => results.get(`${m}@250000`) as Measure;
  console.log('');
  console.log(`relcap score / papaparse text parse (1M answers): ${(big('relcap').ms / big('papaparse-text').ms).toFixed(2)}x  (target <= 1.5x)`);
  console.log(`relcap score / papaparse stream parse (1M answers): ${(big('relcap').ms / big('papaparse-stream').ms).toFixed(2)}x`);
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
