/**
 * Scores the bundled example survey (Danish, `;`, UTF-8 with BOM, labels) with @relcap/core and
 * prints each role-pair tie. Run: `pnpm exec tsx examples/score-survey.ts` (CI runs it).
 */
import { readFileSync } from 'node:fs';
import { parseSurvey, scoreAnswers } from '@relcap/core';

const file = new URL('./data/survey-example.csv', import.meta.url);
const survey = parseSurvey(readFileSync(file), { file: 'survey-example.csv' });
const score = scoreAnswers(survey.answers); // minItems 4, minRaters 3, bands 3.5 / 4.0

console.log(`${score.respondents} respondents, ${score.ratings.valid} valid ratings, ${score.ratings.incomplete} incomplete`);
for (const tie of score.ties) {
  const what = tie.suppressed ? `suppressed (n=${tie.n})` : `${tie.rc?.toFixed(2)} ${tie.band} (n=${tie.n})`;
  console.log(`${tie.from} -> ${tie.to}: ${what}`);
}
console.log(`network RC: ${score.network.rcUnweighted?.toFixed(2)} (unweighted mean of ties)`);
console.log(`Cronbach's alpha: ${score.reliability.cronbachAlpha?.toFixed(3)}`);

// The example is generated with one role of two respondents: its ties must be suppressed.
if (!score.ties.some((t) => t.suppressed)) throw new Error('expected suppressed ties in the example survey');
