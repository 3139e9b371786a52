/**
 * A team self-assessment ("spindelvæv") from start to finish in Node: load a built-in template
 * (theme 3 of the ministry guide "Tværprofessionelt samarbejde – om udsatte børn og unge": good
 * meetings), build a round of five participants (names optional), print the summary per statement
 * (median, Tukey's hinges, spread) and where the team disagrees most, pick three statements with a
 * plan, compare with a second round, and write the spider web as SVG and the ratings as CSV.
 * A team's own template is read from JSON the same way (`our-handovers.json`, on a 1..10 scale).
 * Run: `pnpm exec tsx examples/self-assessment/run-round.ts [out-dir]` (CI runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareRounds, createRound, getBuiltinTemplate, parseRound, parseTemplate, rankDisagreement, roundToCsv, SelfAssessmentError, summarizeRound } from '@relcap/core';
import { buildSpiderWeb, roundsToSpiderWebInput, spiderWebToSvgString } from '@relcap/visualizer/node';

const template = getBuiltinTemplate('meetings');
const ids = template.areas.flatMap((a) => a.statements.map((s) => s.id));

// Five participants; two gave a name, three are numbered. One statement was left unrated.
const table: [string | undefined, (number | null)[]][] = [
  ['Anne', [7, 3, 8, 6, 5, 9, 2]],
  [undefined, [6, 9, 8, 6, 4, 8, 3]],
  ['Bo', [8, 2, 7, 5, 5, 9, 2]],
  [undefined, [5, 8, 9, 7, 6, 7, 4]],
  [undefined, [7, 4, null, 6, 5, 8, 3]],
];
const participants = table.map(([name, row], i) => ({
  id: `p${i + 1}`,
  ...(name !== undefined ? { name } : {}),
  ratings: Object.fromEntries(ids.map((id, j) => [id, row[j] ?? null])),
}));
const plan = (statementId: string, who: string) => ({
  statementId,
  childAndParentsWillNotice: 'Møderne har en tydelig opgave, og familien ved, hvad der sker bagefter.',
  whatItTakes: 'En fast mødeleder og en skabelon til dagsordenen.',
  plan: { who, what: 'Afprøve skabelonen på de næste tre møder', when: 'Inden sommerferien' },
});
const round1 = createRound(template, { date: '2026-03-01', participants, picks: [plan('meet-structure-2', 'Anne'), plan('meet-analysis-3', 'Bo'), plan('meet-structure-1', 'Anne')] });

console.log(`${template.title.en}: ${round1.participants.length} participants, scale ${template.scale.min}..${template.scale.max}`);
for (const s of summarizeRound(round1).statements) {
  const st = s.stats;
  console.log(
    st === null
      ? `  ${s.statementId}: not rated`
      : `  ${s.statementId}: median ${st.median}, hinges ${st.q1}-${st.q3} (IQR ${st.iqr}), min-max ${st.min}-${st.max}, n ${s.n}${s.missing > 0 ? `, ${s.missing} missing` : ''}`,
  );
}
const talkFirst = rankDisagreement(summarizeRound(round1)).filter((d) => d.flagged);
console.log(`talk about first (widest spread): ${talkFirst.map((d) => d.statementId).join(', ')}`);

// Round two, six months later: saved as JSON and read back through the validator.
const round2 = parseRound(
  JSON.stringify(
    createRound(template, {
      date: '2026-09-01',
      participants: participants.map((p) => ({ ...p, ratings: { ...p.ratings, 'meet-structure-2': 7, 'meet-analysis-3': 6 } })),
    }),
  ),
);
for (const c of compareRounds(round1, round2).changes.filter((x) => x.medianChange !== 0)) {
  console.log(`  change ${c.statementId}: median ${c.medianChange === null ? 'n/a' : `${c.medianChange > 0 ? '+' : ''}${c.medianChange}`}, IQR ${c.iqrChange}`);
}

// A team's own template, read and validated from JSON; a rating of 0 is outside its 1..10 scale.
const own = parseTemplate(readFileSync(new URL('./our-handovers.json', import.meta.url), 'utf8'), { file: 'our-handovers.json' });
try {
  createRound(own, { date: '2026-03-01', participants: [{ id: 'p1', ratings: { 'before-1': 0 } }] });
  throw new Error('a rating of 0 should be refused on a 1..10 scale');
} catch (e) {
  if (!(e instanceof SelfAssessmentError)) throw e;
  console.log(`${own.title.en} (${own.scale.min}..${own.scale.max}): ${e.code} at ${e.location.path}`);
}

const outDir = process.argv[2] ?? tmpdir();
const svg = spiderWebToSvgString(buildSpiderWeb(roundsToSpiderWebInput([round1, round2], { lang: 'da', participants: true })));
writeFileSync(join(outDir, 'relcap-spider-web.svg'), svg);
writeFileSync(join(outDir, 'relcap-self-assessment.csv'), roundToCsv(round1, { lang: 'da', delimiter: ';', bom: true }));
const lines = (svg.match(/class="relcap-web-line"/g) ?? []).length;
if (lines !== 2) throw new Error(`expected one line per round (2), drew ${lines}`);
console.log(`wrote ${join(outDir, 'relcap-spider-web.svg')} (${svg.length} characters) and relcap-self-assessment.csv`);
