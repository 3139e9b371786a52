import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli-io';
import { createProgress, formatBytes, formatProgress, PROGRESS_MIN_BYTES } from '../../src/output/progress';

const MiB = 1024 * 1024;

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [5 * MiB, '5.0 MiB'],
    [3 * 1024 * MiB, '3.0 GiB'],
  ])('formatBytes(%i) is %j', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatProgress', () => {
  it('formatProgress shows the bar, percent, bytes read of total and the rate', () => {
    // 5 MiB of 20 MiB in 2 s: 25 %, 2.5 MiB/s; bar of 30 with round(0.25 * 30) = 8 filled.
    const line = formatProgress({ bytesRead: 5 * MiB, totalBytes: 20 * MiB, elapsedMs: 2000, width: 100 });
    expect(line).toBe(`reading [${'#'.repeat(8)}${'.'.repeat(22)}]  25%  5.0 MiB / 20.0 MiB  2.5 MiB/s`);
  });

  it('formatProgress leaves the rate out during the first 100 ms', () => {
    expect(formatProgress({ bytesRead: 0, totalBytes: 10 * MiB, elapsedMs: 0 })).not.toContain('/s');
  });

  it('formatProgress never exceeds the terminal width', () => {
    for (const width of [20, 40, 60, 80, 120]) {
      const line = formatProgress({ bytesRead: 123 * MiB, totalBytes: 999 * MiB, elapsedMs: 4321, width });
      expect([...line].length).toBeLessThan(width);
    }
  });

  it('formatProgress caps at 100 % when the file grew while being read', () => {
    expect(formatProgress({ bytesRead: 12 * MiB, totalBytes: 10 * MiB, elapsedMs: 1000, width: 100 })).toContain(' 100% ');
  });
});

const sink = (): { io: CliIo; text: () => string } => {
  let out = '';
  const write = (s: string): void => {
    out += s;
  };
  return { io: { stdout: { write }, stderr: { write }, cwd: '/', isTTY: true, columns: 80 }, text: () => out };
};

describe('createProgress', () => {
  it('createProgress draws nothing when stderr is not a terminal, however large the file', () => {
    const s = sink();
    const p = createProgress({ ...s.io, isTTY: false }, 100 * MiB);
    p.update(50 * MiB);
    p.finish();
    expect(s.text()).toBe('');
  });

  it('createProgress draws nothing for a file at or below the threshold', () => {
    const s = sink();
    const p = createProgress(s.io, PROGRESS_MIN_BYTES);
    p.update(PROGRESS_MIN_BYTES);
    p.finish();
    expect(s.text()).toBe('');
  });

  it('createProgress redraws at most every 100 ms on a terminal and clears the line at the end', () => {
    const s = sink();
    let t = 0;
    const p = createProgress(s.io, 10 * MiB, PROGRESS_MIN_BYTES, () => t);
    p.update(1 * MiB); // drawn
    t = 50;
    p.update(2 * MiB); // too soon
    t = 150;
    p.update(3 * MiB); // drawn
    p.finish();
    p.finish();
    const draws = s.text().split('\r').filter((x) => x.startsWith('reading'));
    expect(draws).toHaveLength(2);
    expect(s.text().endsWith('\r\u001b[K')).toBe(true);
    // each draw ends by erasing the rest of the line; finish clears once (it is idempotent)
    expect(s.text().split('\u001b[K').length - 1).toBe(2 + 1);
  });
});
