import { readFileSync } from 'node:fs';

/** Bytes of a file under tests/fixtures/tools (see its README for how each was made). */
export const fixture = (p: string): Uint8Array =>
  readFileSync(new URL(`../../../../tests/fixtures/tools/${p}`, import.meta.url));

/** Runs `f` and returns the error it throws, or fails when it throws none or another class. */
export function thrownBy<E extends Error>(cls: new (...a: never[]) => E, f: () => unknown): E {
  try {
    f();
  } catch (e) {
    if (e instanceof cls) return e;
    throw e;
  }
  throw new Error(`expected a ${cls.name}`);
}

/** Awaits `p` and returns the error it rejects with, or fails. */
export async function rejectedWith<E extends Error>(cls: new (...a: never[]) => E, p: Promise<unknown>): Promise<E> {
  try {
    await p;
  } catch (e) {
    if (e instanceof cls) return e;
    throw e;
  }
  throw new Error(`expected a ${cls.name}`);
}
