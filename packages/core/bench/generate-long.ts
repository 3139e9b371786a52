/**
 * Writes a deterministic long-format survey file (`respondent_id,respondent_role,target_role,
 * dimension,value`) with exactly `answers` data rows, for the scoring benchmark. Respondents are
 * grouped (as exports made by melting a wide file are); 1 answer in 40 is missing.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const ROLES = ['Lærer', 'Pædagog', 'Sundhedsplejerske', 'Socialrådgiver', 'PPR-psykolog', 'Skoleleder'];
const DIMS = ['frequency', 'timeliness', 'accuracy', 'problem_solving', 'shared_goals', 'shared_knowledge', 'mutual_respect'];

export async function generateLongSurvey(path: string, answers: number, seed = 42): Promise<void> {
  let s = seed >>> 0;
  const rand = (): number => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = createWriteStream(path, { encoding: 'utf8' });
  let buf = 'respondent_id,respondent_role,target_role,dimension,value\n';
  let written = 0;
  for (let r = 0; written < answers; r++) {
    const role = ROLES[r % ROLES.length]!;
    for (let t = 0; t < ROLES.length && written < answers; t++) {
      for (let d = 0; d < DIMS.length && written < answers; d++) {
        const v = rand() < 0.025 ? '' : String(1 + Math.floor(rand() * 5));
        buf += `R${r},${role},${ROLES[t]},${DIMS[d]},${v}\n`;
        written++;
      }
    }
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}
