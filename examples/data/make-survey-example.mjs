// Writes survey-example.csv: an invented relational-coordination survey of 40 professionals
// around children in one Danish school district, as a survey tool exports it (wide, `;`,
// UTF-8 with byte order mark, CRLF, labels and numbers mixed). No real person's answers.
// Deterministic (seeded PRNG): `node examples/data/make-survey-example.mjs` gives the same bytes.
//
// The story the numbers tell:
// - teachers (Lærer) and pedagogues (Pædagog) work closely: strong ties both ways (~4.4);
// - everyone's ties to the social worker (Socialrådgiver) are weak (~2.6), and the social
//   workers see the others a little more favourably (~3.1) than they are seen (asymmetry);
// - health visitors (Sundhedsplejerske) and pedagogues are close (~4.0); the educational
//   psychologists (PPR-psykolog) sit in the middle (~3.6);
// - only 2 school heads (Skoleleder) answered, so their outgoing ties are suppressed under the
//   default minRaters 3.
import { writeFileSync } from 'node:fs';

const ROLE_COUNTS = [
  ['Lærer', 10],
  ['Pædagog', 9],
  ['Sundhedsplejerske', 7],
  ['Socialrådgiver', 6],
  ['PPR-psykolog', 6],
  ['Skoleleder', 2],
];
const ROLES = ROLE_COUNTS.map(([r]) => r);
const PREFIX = { Lærer: 'L', Pædagog: 'P', Sundhedsplejerske: 'S', Socialrådgiver: 'R', 'PPR-psykolog': 'Y', Skoleleder: 'K' };

// [canonical key, Danish header key, Danish labels for scores 1..5] (docs/scoring.md).
const DIMENSIONS = [
  ['frequency', 'hyppighed', ['Aldrig', 'Sjældent', 'Af og til', 'Ofte', 'Konstant']],
  ['timeliness', 'rettidighed', ['Aldrig', 'Sjældent', 'Af og til', 'Ofte', 'Altid']],
  ['accuracy', 'præcision', ['Aldrig', 'Sjældent', 'Af og til', 'Ofte', 'Altid']],
  [
    'problem_solving',
    'problemløsning',
    ['Bebrejder altid andre', 'Bebrejder oftest andre', 'Hverken bebrejder eller løser', 'Løser oftest problemet med mig', 'Løser altid problemet med mig'],
  ],
  ['shared_goals', 'fælles_mål', ['Slet ikke', 'Lidt', 'Noget', 'Meget', 'Fuldstændigt']],
  ['shared_knowledge', 'fælles_viden', ['Intet', 'Lidt', 'Noget', 'Meget', 'Alt']],
  ['mutual_respect', 'gensidig_respekt', ['Slet ikke', 'Lidt', 'Noget', 'Meget', 'Fuldstændigt']],
];

let seed = 20250301;
const rand = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** The typical score a respondent in role `from` gives role `to`. */
function level(from, to) {
  const pair = new Set([from, to]);
  if (from === to) return 4.2;
  if (pair.has('Lærer') && pair.has('Pædagog')) return 4.4;
  if (from === 'Socialrådgiver') return 3.1;
  if (to === 'Socialrådgiver') return 2.6;
  if (pair.has('Sundhedsplejerske') && pair.has('Pædagog')) return 4.0;
  if (pair.has('PPR-psykolog')) return 3.6;
  return 3.5;
}

const header = ['respondent_id', 'rolle'];
for (const [, key] of DIMENSIONS) for (const target of ROLES) header.push(`${key}:${target}`);
const lines = [header.join(';')];
let n = 0;
for (const [role, count] of ROLE_COUNTS) {
  for (let i = 1; i <= count; i++) {
    n++;
    const id = `${PREFIX[role]}${String(i).padStart(2, '0')}`;
    const mood = (rand() - 0.5) * 0.8; // some raters are harsher than others
    const asLabels = n % 3 !== 0; // two in three respondents' answers were exported as labels
    const row = [id, role];
    for (const [dim, , labels] of DIMENSIONS) {
      for (const target of ROLES) {
        const r = rand();
        if (r < 0.03) {
          row.push('');
          continue;
        }
        if (r < 0.05) {
          row.push('Ved ikke');
          continue;
        }
        const knowledgeGap = dim === 'shared_knowledge' && target === 'Socialrådgiver' ? -0.4 : 0;
        const x = level(role, target) + mood + knowledgeGap + (rand() - 0.5) * 1.6;
        const score = Math.min(5, Math.max(1, Math.round(x)));
        row.push(asLabels ? labels[score - 1] : String(score));
      }
    }
    lines.push(row.join(';'));
  }
}
writeFileSync(new URL('survey-example.csv', import.meta.url), `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
