// Runs a Node program and, when it exits, prints its peak resident memory and run time on the
// last line of stderr as JSON: `node rss-wrap.mjs program.js args...`. Used by the scoring
// benchmark to measure the built CLI (packages/cli/dist/bin.js) as a user runs it.
import { pathToFileURL } from 'node:url';

const [program, ...args] = process.argv.slice(2);
const t0 = performance.now();
process.on('exit', (code) => {
  const ms = performance.now() - t0;
  const u = process.resourceUsage();
  const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
  process.stderr.write(`\n${JSON.stringify({ code, ms, cpuMs, maxRssMb: u.maxRSS / 1024 })}\n`);
});
process.argv = [process.argv[0], program, ...args];
await import(pathToFileURL(program).href);
