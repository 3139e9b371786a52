import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A professional actor of a test map. */
const pro = (id: string, label: string, extra: Record<string, unknown> = {}) => ({ id, label, kind: 'professional', ...extra });

/** A mutual relation of a test map. */
const rel = (id: string, source: string, target: string, strength: string) => ({ id, source, target, directed: false, kind: 'strength', strength });

/**
 * A line of three professionals: Lærer - Pædagog (strong), Pædagog - Sundhedsplejerske (strong).
 * Pædagog is the coordinator.
 */
export const LINE_MAP = {
  schemaVersion: 2,
  title: 'Linje',
  type: 'child',
  actors: [pro('l', 'Lærer'), pro('p', 'Pædagog', { coordinator: true }), pro('s', 'Sundhedsplejerske')],
  relations: [rel('r1', 'l', 'p', 'strong'), rel('r2', 'p', 's', 'strong')],
};

/** Two professionals with a strong relation and a third without any: no coordinator. */
export const GAP_MAP = {
  schemaVersion: 2,
  title: 'Hul',
  type: 'child',
  actors: [pro('l', 'Lærer'), pro('p', 'Pædagog'), pro('t', 'Tandplejer')],
  relations: [rel('r1', 'l', 'p', 'strong')],
};

/** Writes `data` as JSON into `dir/name` and returns the name. */
export function writeJson(dir: string, name: string, data: unknown): string {
  writeFileSync(join(dir, name), JSON.stringify(data, null, 2));
  return name;
}

export { pro, rel };
