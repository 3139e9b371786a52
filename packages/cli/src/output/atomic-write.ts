import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { toIoError } from '../cli-errors';

/** One file to write: where, what, and the name shown in messages (as the user typed it). */
export interface AtomicFile {
  readonly path: string;
  readonly content: string | Iterable<string> | AsyncIterable<string>;
  readonly shownName?: string;
}

const tempName = (path: string): string => join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);

async function writeTemp(tmp: string, content: AtomicFile['content']): Promise<void> {
  const handle = await open(tmp, 'wx', 0o644);
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else for await (const chunk of content) await handle.writeFile(chunk, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes files atomically: each first to a temporary file in its own directory
 * (`.name.<random>.tmp`, created exclusively) and flushed, and only when every one is written
 * are they renamed over their targets. If anything fails before that (including an error thrown
 * by a chunk generator), every temporary file is removed and existing targets stay untouched.
 * Node errors become `CliIoError` (exit code 3).
 *
 * @example
 * ```ts
 * await writeFilesAtomic([{ path: '/tmp/kort-elements.csv', content: elements }, { path: '/tmp/kort-connections.csv', content: connections }]);
 * ```
 */
export async function writeFilesAtomic(files: readonly AtomicFile[]): Promise<void> {
  const temps: string[] = [];
  let current: AtomicFile | undefined;
  try {
    for (const f of files) {
      current = f;
      const tmp = tempName(f.path);
      temps.push(tmp);
      await writeTemp(tmp, f.content);
    }
    for (const [i, f] of files.entries()) {
      current = f;
      await rename(temps[i]!, f.path);
    }
  } catch (e) {
    await Promise.all(temps.map((t) => unlink(t).catch(() => {})));
    throw toIoError(e, 'write', current?.shownName ?? current?.path ?? '');
  }
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
