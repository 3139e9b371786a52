// The app's pure helpers in Node: profession search, the pseudonym switch, the overlay of two
// rounds, the live summary.
import { readFileSync } from 'node:fs';
import { compareMaps, mapWarnings, parseMap, rankGaps, validateMap } from '@relcap/core';
import { describe, expect, it } from 'vitest';
import { anonymise } from '../src/state/anonymise';
import { overlayRounds, ROUND_PREFIX } from '../src/state/overlay';
import { MAX_PROFESSION_MATCHES, searchProfessions } from '../src/state/search-professions';
import { summarise } from '../src/state/summary';

const example = parseMap(readFileSync(new URL('../../../examples/maps/seeds-001-network-map.json', import.meta.url), 'utf8'));

describe('searchProfessions', () => {
  it('finds a profession as you type, in Danish or in English, prefix matches first', () => {
    expect(searchProfessions('lær')[0]?.key).toBe('lærer');
    expect(searchProfessions('teach')[0]?.key).toBe('lærer');
    expect(searchProfessions('SOCIAL W')[0]?.key).toBe('socialrådgiver');
    // "psyk" starts PPR-psykolog's second word and Børne- og ungdomspsykiatri contains it.
    expect(searchProfessions('psyk').map((p) => p.key)).toEqual(['psykolog', 'psykiatri']);
  });
  it('gives nothing for an empty query, never the child, and at most the bound', () => {
    expect(searchProfessions('  ')).toEqual([]);
    expect(searchProfessions('barn').some((p) => p.kind === 'child')).toBe(false);
    expect(searchProfessions('e').length).toBe(MAX_PROFESSION_MATCHES);
  });
});

describe('anonymise (the pseudonym switch)', () => {
  it('replaces every name by profession or kind, drops notes and actions, keeps ids and relations', () => {
    const a = anonymise({ ...example, relations: example.relations.map((r, i) => (i === 0 ? { ...r, action: { what: 'Ring til mor' } } : r)) }, 'en');
    expect(a.actors.map((x) => x.label)).toEqual(['Child', 'Health visitor', 'School head', 'Teacher', 'Pedagogue', 'Dental hygienist', 'Social worker', 'Educational psychologist']);
    expect(a.actors.map((x) => x.id)).toEqual(example.actors.map((x) => x.id));
    expect(a.actors.some((x) => x.notes !== undefined)).toBe(false);
    expect(a.relations.some((r) => r.action !== undefined || r.notes !== undefined)).toBe(false);
    expect(a.title).toBe('Network map');
    expect(() => validateMap(a)).not.toThrow();
  });
  it('numbers repeated names', () => {
    const map = validateMap({ ...example, actors: [...example.actors, { id: 'mor', label: 'Mor', kind: 'family' }, { id: 'far', label: 'Far', kind: 'family' }] });
    expect(anonymise(map, 'da').actors.slice(-2).map((x) => x.label)).toEqual(['Familie', 'Familie 2']);
  });
});

describe('overlayRounds', () => {
  it('holds both rounds, relations tagged by round, and core’s comparison', () => {
    const after = validateMap({ ...example, relations: example.relations.slice(1) });
    const { map, comparison } = overlayRounds(example, after);
    expect(map.relations).toHaveLength(example.relations.length + after.relations.length);
    expect(map.relations.filter((r) => r.id.startsWith(ROUND_PREFIX.before))).toHaveLength(example.relations.length);
    expect(comparison).toEqual(compareMaps(example, after));
    expect(comparison.counts.vanished).toBe(1);
    expect(() => validateMap(map)).not.toThrow();
  });
});

describe('summarise', () => {
  it('counts relations by band (hand-counted from the example) and lists warnings, gaps and open actions', () => {
    const s = summarise({ ...example, relations: example.relations.map((r) => (r.id === 'r9' ? { ...r, action: { what: 'Invitér til et besøg', who: 'Pædagog' } } : r.id === 'r3' ? { ...r, action: { what: 'x', done: true } } : r)) });
    // strong r1 r2 r5 r6 r12, moderate r11, weak r3 r4 r7 r10, stressful r8, missing r9.
    expect(s.counts).toEqual({ strong: 5, moderate: 1, weak: 4, missing: 1, stressful: 1, unknown: 0 });
    expect(s.warnings).toEqual(mapWarnings(example));
    expect(s.gaps).toEqual(rankGaps(example, { limit: 5 }).gaps);
    expect(s.gaps).toHaveLength(5);
    expect(s.gapsComplete).toBe(true);
    expect(s.openActions).toEqual([{ relationId: 'r9', source: 'paedagog', target: 'sundhedsplejerske', what: 'Invitér til et besøg', who: 'Pædagog' }]);
  });
});
