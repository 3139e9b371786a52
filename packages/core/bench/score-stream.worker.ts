/**
 * One measurement of the scoring benchmark, run in its own process so that peak memory is its
 * own: `tsx score-stream.worker.ts <mode> <file>` prints one JSON line
 * `{ mode, ms, cpuMs, maxRssMb, peakHeapMb, retainedMb, rows }` (cpuMs: user + system time of the
 * process, which a busy machine disturbs less than wall time) (retained: heap after a full GC at the end
 * of the input, before `finish()`; the text mode still holds its parsed rows then).
 *
 * Modes:
 * - `papaparse-text`: read the file, decode it, `Papa.parse(text)` (the bare library, whole file).
 * - `papaparse-stream`: papaparse's own Node stream (`Papa.NODE_STREAM_INPUT`), one row at a time.
 * - `relcap`: `importSurvey(createReadStream(file))` (the one import path) into `createScorer()`,
 *   then `finish()`.
 */
import { createReadStream, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { createScorer } from '../src/scoring/create-scorer';
import { importSurvey } from '../src/survey/import-survey';

const [mode, file] = process.argv.slice(2);
if (mode === undefined || file === undefined) throw new Error('usage: score-stream.worker.ts <mode> <file>');

let peakHeap = 0;
/** Heap still in use after a full GC at the end of the input: the state scoring keeps. */
let retained = 0;
const gc = (globalThis as { gc?: () => void }).gc;
const measureRetained = (): void => {
  if (gc === undefined) throw new Error('run with --expose-gc');
  gc();
  retained = process.memoryUsage().heapUsed;
};
const sample = (): void => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const timer = setInterval(sample, 5);

async function run(): Promise<number> {
  if (mode === 'papaparse-text') {
    const text = new TextDecoder('utf-8').decode(readFileSync(file as string));
    const result = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true });
    sample();
    measureRetained();
    return result.data.length - 1;
  }
  if (mode === 'papaparse-stream') {
    return await new Promise<number>((resolve, reject) => {
      let rows = -1;
      const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter: ',', skipEmptyLines: true });
      parser.on('data', () => {
        rows++;
      });
      parser.on('end', () => {
        measureRetained();
        resolve(rows);
      });
      parser.on('error', reject);
      createReadStream(file as string).pipe(parser);
    });
  }
  if (mode === 'relcap') {
    const scorer = createScorer();
    const summary = await importSurvey(createReadStream(file as string), { file, onAnswer: (a) => scorer.add(a) });
    measureRetained();
    const score = scorer.finish();
    sample();
    if (score.ties.length === 0) throw new Error('no ties scored');
    return summary.rows;
  }
  throw new Error(`unknown mode ${mode}`);
}

const t0 = performance.now();
const c0 = process.cpuUsage();
run()
  .then((rows) => {
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    clearInterval(timer);
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    console.log(JSON.stringify({ mode, ms, cpuMs, maxRssMb, peakHeapMb: peakHeap / 2 ** 20, retainedMb: retained / 2 ** 20, rows }));
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
