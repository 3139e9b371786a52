import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliIoError } from '../../src/cli-errors';
import { writeFileAtomic, writeFilesAtomic } from '../../src/output/atomic-write';
import { tempDir } from '../run-cli';

describe('writeFileAtomic', () => {
  it('writeFileAtomic replaces an existing file and leaves no temporary file behind', async () => {
    const dir = tempDir();
    const path = join(dir, 'score.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'ny æøå');
    expect(readFileSync(path, 'utf8')).toBe('ny æøå');
    expect(readdirSync(dir)).toEqual(['score.json']);
  });

  it('writeFileAtomic writes chunks from a generator in order', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.csv');
    await writeFileAtomic(path, ['a,b\r\n', '1,2\r\n']);
    expect(readFileSync(path, 'utf8')).toBe('a,b\r\n1,2\r\n');
  });

  it('writeFileAtomic leaves the existing file untouched and removes the half-written temporary file when writing fails midway', async () => {
    const dir = tempDir();
    const path = join(dir, 'score.csv');
    writeFileSync(path, 'the old, complete file');
    async function* failing(): AsyncGenerator<string> {
      yield 'from,to,rc\r\n';
      yield 'Lærer,Pædagog,4.2\r\n';
      throw new Error('disk on fire');
    }
    await expect(writeFileAtomic(path, failing())).rejects.toThrow('disk on fire');
    expect(readFileSync(path, 'utf8')).toBe('the old, complete file');
    expect(readdirSync(dir)).toEqual(['score.csv']);
  });

  it('writeFileAtomic onto a directory fails with CliIoError and leaves nothing behind', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out.json'));
    writeFileSync(join(dir, 'out.json', 'inside'), 'x');
    const error = await writeFileAtomic(join(dir, 'out.json'), '{}', 'out.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliIoError);
    expect((error as CliIoError).message).toMatch(/^cannot write out\.json: /);
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readdirSync(join(dir, 'out.json'))).toEqual(['inside']);
  });

  it('writeFilesAtomic replaces no file when a later file of the set cannot be written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'k-elements.csv'), 'old elements');
    await expect(
      writeFilesAtomic([
        { path: join(dir, 'k-elements.csv'), content: 'new elements' },
        { path: join(dir, 'missing', 'k-connections.csv'), content: 'new connections' },
      ]),
    ).rejects.toBeInstanceOf(CliIoError);
    expect(readFileSync(join(dir, 'k-elements.csv'), 'utf8')).toBe('old elements');
    expect(readdirSync(dir)).toEqual(['k-elements.csv']);
  });

  it('writeFilesAtomic restores the first file when the second cannot be moved into place (a folder in the way)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'k-elements.csv'), 'old elements');
    mkdirSync(join(dir, 'k-connections.csv')); // e.g. a file held open by Excel: the rename fails
    writeFileSync(join(dir, 'k-connections.csv', 'inside'), 'x');
    await expect(
      writeFilesAtomic([
        { path: join(dir, 'k-elements.csv'), content: 'new elements' },
        { path: join(dir, 'k-connections.csv'), content: 'new connections' },
      ]),
    ).rejects.toBeInstanceOf(CliIoError);
    expect(readFileSync(join(dir, 'k-elements.csv'), 'utf8')).toBe('old elements');
    expect(readdirSync(dir).sort()).toEqual(['k-connections.csv', 'k-elements.csv']);
  });

  it('writeFilesAtomic removes a new first file when the second fails and there was none before', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'k-connections.csv'));
    writeFileSync(join(dir, 'k-connections.csv', 'inside'), 'x');
    await expect(
      writeFilesAtomic([
        { path: join(dir, 'k-elements.csv'), content: 'new elements' },
        { path: join(dir, 'k-connections.csv'), content: 'new connections' },
      ]),
    ).rejects.toBeInstanceOf(CliIoError);
    expect(readdirSync(dir)).toEqual(['k-connections.csv']);
  });
});
