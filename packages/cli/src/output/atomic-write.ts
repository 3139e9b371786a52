import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { toIoError } from '../cli-errors';

/** One file to write: where, what, and the name shown in messages (as the user typed it). */
export interface AtomicFile {
  readonly path: string;
  readonly content: string | Uint8Array | Iterable<string> | AsyncIterable<string>;
  readonly shownName?: string;
}

const tempName = (path: string): string => join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);

async function writeTemp(tmp: string, content: AtomicFile['content']): Promise<void> {
  const handle = await open(tmp, 'wx', 0o644);
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else if (content instanceof Uint8Array) await handle.writeFile(content);
    else for await (const chunk of content) await handle.writeFile(chunk, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes files all or nothing: each first to a temporary file in its own directory
 * (`.name.<random>.tmp`, created exclusively) and flushed; only when every one is written are
 * they moved into place. Existing targets are first moved aside to `.name.<random>.bak`; if any
 * step fails (a write, an error thrown by a chunk generator, or a rename: a target that is a
 * folder or locked by Excel on Windows), every target already replaced is restored from its
 * backup, new ones are removed, and the temporary files are deleted, so the earlier files stay
 * untouched. Backups are deleted on success. Node errors become `CliIoError` (exit code 3).
 *
 * @example
 * ```ts
 * await writeFilesAtomic([{ path: '/tmp/kort-elements.csv', content: elements }, { path: '/tmp/kort-connections.csv', content: connections }]);
 * ```
 */
export async function writeFilesAtomic(files: readonly AtomicFile[]): Promise<void> {
  const temps: string[] = [];
  const backups: (string | null)[] = [];
  const placed: boolean[] = [];
  let current: AtomicFile | undefined;
  try {
    for (const f of files) {
      current = f;
      const tmp = tempName(f.path);
      temps.push(tmp);
      await writeTemp(tmp, f.content);
    }
    for (const f of files) {
      current = f;
      backups.push(await moveAside(f.path));
    }
    for (const [i, f] of files.entries()) {
      current = f;
      await rename(temps[i]!, f.path);
      placed[i] = true;
    }
  } catch (e) {
    await rollBack(files, temps, backups, placed);
    throw toIoError(e, 'write', current?.shownName ?? current?.path ?? '');
  }
  await Promise.all(backups.map((b) => (b === null ? undefined : unlink(b).catch(() => {}))));
}

/** Moves an existing regular file aside to a backup name; `null` when there is none. */
async function moveAside(path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile()) return null;
  const bak = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.bak`);
  await rename(path, bak);
  return bak;
}

/** Undoes a partial write: new files removed, backups moved back, temporary files deleted. */
async function rollBack(files: readonly AtomicFile[], temps: readonly string[], backups: readonly (string | null)[], placed: readonly boolean[]): Promise<void> {
  for (const [i, f] of files.entries()) {
    if (placed[i] === true) await unlink(f.path).catch(() => {});
    const b = backups[i];
    if (b !== undefined && b !== null) await rename(b, f.path).catch(() => {});
  }
  await Promise.all(temps.map((t) => unlink(t).catch(() => {})));
}

/**
 * Writes one file atomically (see {@link writeFilesAtomic}): an existing file is replaced only
 * when the new content is completely written.
 *
 * @example
 * ```ts
 * await writeFileAtomic('/tmp/score.json', JSON.stringify(score), 'score.json');
 * ```
 */
export async function writeFileAtomic(path: string, content: AtomicFile['content'], shownName: string = path): Promise<void> {
  await writeFilesAtomic([{ path, content, shownName }]);
}
