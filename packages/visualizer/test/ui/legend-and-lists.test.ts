import { readFileSync } from 'node:fs';
import { parseMap } from '@relcap/core';
import { describe, expect, it } from 'vitest';
import { buildScene } from '../../src/scene/index';
import { detectLang, legendEntries, sideListItems } from '../../src/ui/index';

const example = parseMap(readFileSync(new URL('../../../../examples/maps/seeds-001-network-map.json', import.meta.url), 'utf8'));

describe('detectLang', () => {
  it.each([
    [['da-DK', 'en-US'], 'da'],
    [['en-GB', 'da'], 'en'],
    [['de-DE', 'da'], 'da'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ] as const)('detectLang(%j) is %s', (langs, want) => {
    expect(detectLang(langs)).toBe(want);
  });
});

describe('legendEntries', () => {
  it('legendEntries shows the eco-map styles, the ones on the map, arrows, shapes and marks', () => {
    const scene = buildScene(example, { lang: 'en' });
    const rows = legendEntries(scene).map((e) => (e.kind === 'line' ? e.style.key : e.kind === 'shape' ? e.shape : e.kind));
    // moderate is on the map (r11); gap and unknown are not; r11/r12 are directed; socialrådgiver has authority.
    expect(rows).toEqual(['strong', 'moderate', 'weak', 'stressful', 'missing', 'arrow', 'square', 'oval', 'diamond', 'coordinator', 'authority']);
  });

  it('legendEntries takes a fixed list of styles and own labels', () => {
    const scene = buildScene(example, { lang: 'da' });
    const rows = legendEntries(scene, { styles: ['weak', 'missing'], labels: { weak: 'Sporadisk' }, shapes: false });
    expect(rows.map((e) => e.text)).toEqual(['Sporadisk', 'Manglende relation', 'Pil: A’s syn på B (retning)']);
  });

  it('legendEntries adds the gap style when gaps are shown', () => {
    const rows = legendEntries(buildScene(example, { showGaps: true }));
    expect(rows.some((e) => e.kind === 'line' && e.style.key === 'gap')).toBe(true);
  });
});

describe('sideListItems', () => {
  it('sideListItems lists missing and weak relations of the example map', () => {
    const items = sideListItems(example, buildScene(example, { lang: 'da' }));
    expect(items.missing).toEqual(['Pædagog – Sundhedsplejerske']);
    expect(items.weak).toEqual(['Barn – Sundhedsplejerske', 'Barn – Tandplejer', 'Skoleleder – PPR-psykolog', 'Socialrådgiver – PPR-psykolog']);
    expect(items.warnings).toEqual([]);
    expect(items.gaps).toEqual([]);
  });

  it('sideListItems carries the coordinator warning when no coordinator is set', () => {
    const noCoordinator = { ...example, actors: example.actors.map((a) => ({ ...a, coordinator: false })) };
    const items = sideListItems(noCoordinator, buildScene(noCoordinator, { lang: 'en' }));
    expect(items.warnings.map((w) => w.code)).toEqual(['RELCAP_MAP_NO_COORDINATOR']);
    expect(items.warnings[0]?.text).toContain('7 professionals');
  });
});
