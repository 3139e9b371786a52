import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMap } from '@relcap/core';
import { buildScene, sceneToSvgString } from '@relcap/visualizer/node';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../run-cli';

const REPO = join(__dirname, '..', '..', '..', '..');
const MAP = join(REPO, 'examples', 'maps', 'seeds-001-network-map.json');
const SURVEY = join(REPO, 'examples', 'data', 'survey-example.csv');

describe('relcap figure', () => {
  it('figure of a map writes the visualizer scene drawn by sceneToSvgString, title and legend included', async () => {
    const dir = tempDir();
    copyFileSync(MAP, join(dir, 'kort.json'));
    const r = await runCli(['figure', 'kort.json', '--lang', 'da'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const map = parseMap(readFileSync(MAP, 'utf8'));
    expect(r.stdout).toBe(sceneToSvgString(buildScene(map, { lang: 'da' }), { idPrefix: 'figure-map', showTitle: true, legend: true }));
    expect(r.stdout).toContain('Moderat relation');
  });

  it('figure of a survey draws its role network with every role as a node', async () => {
    const dir = tempDir();
    copyFileSync(SURVEY, join(dir, 'svar.csv'));
    const r = await runCli(['figure', 'svar.csv', '--lang', 'en', '--out', 'roller.svg'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(join(dir, 'roller.svg'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    for (const role of ['Lærer', 'Pædagog', 'Sundhedsplejerske', 'Socialrådgiver', 'PPR-psykolog', 'Skoleleder']) expect(svg).toContain(role);
  });

  it('figure --to png renders a PNG of the asked width without a browser', async () => {
    const dir = tempDir();
    copyFileSync(MAP, join(dir, 'kort.json'));
    const r = await runCli(['figure', 'kort.json', '--to', 'png', '--width', '800', '--out', 'kort.png'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const png = readFileSync(join(dir, 'kort.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(800); // IHDR width
  });

  it('figure --to png without --out and a width past the bound are usage errors', async () => {
    const dir = tempDir();
    copyFileSync(MAP, join(dir, 'kort.json'));
    expect((await runCli(['figure', 'kort.json', '--to', 'png'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['figure', 'kort.json', '--to', 'png', '--width', '20000', '--out', 'k.png'], { cwd: dir })).code).toBe(2);
  });
});
