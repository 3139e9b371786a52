import type { CliIo } from '../cli-io';

/** Files larger than this get a progress bar (on a terminal only). */
export const PROGRESS_MIN_BYTES = 5 * 1024 * 1024;

/** The state drawn by {@link formatProgress}. */
export interface ProgressState {
  readonly bytesRead: number;
  readonly totalBytes: number;
  /** Milliseconds since reading started. */
  readonly elapsedMs: number;
  /** Terminal width in columns; the line never exceeds `width - 1`. Default 80. */
  readonly width?: number;
}

/**
 * Formats a byte count with binary multiples, one decimal: `512 B`, `1.5 KiB`, `12.0 MiB`.
 *
 * @example
 * ```ts
 * formatBytes(5 * 1024 * 1024); // '5.0 MiB'
 * ```
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]}`;
}

/**
 * One progress line (pure): `reading [#####.....]  50%  5.0 MiB / 10.0 MiB  2.5 MiB/s`. The
 * rate is left out until some time has passed; the bar shrinks to fit `width`.
 *
 * @example
 * ```ts
 * formatProgress({ bytesRead: 5 * 2 ** 20, totalBytes: 10 * 2 ** 20, elapsedMs: 2000, width: 80 });
 * ```
 */
export function formatProgress(state: ProgressState): string {
  const { bytesRead, totalBytes, elapsedMs } = state;
  const width = state.width ?? 80;
  const fraction = totalBytes > 0 ? Math.min(1, Math.max(0, bytesRead / totalBytes)) : 0;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const amounts = `${formatBytes(bytesRead)} / ${formatBytes(totalBytes)}`;
  const rate = elapsedMs >= 100 ? `  ${formatBytes((bytesRead * 1000) / elapsedMs)}/s` : '';
  const text = `${percent}  ${amounts}${rate}`;
  const barWidth = Math.min(30, width - 1 - 'reading [] '.length - text.length);
  if (barWidth < 5) return `reading ${text}`.slice(0, Math.max(0, width - 1));
  const filled = Math.round(fraction * barWidth);
  return `reading [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${text}`;
}

/** Receives byte counts while a file is read. */
export interface ProgressReporter {
  update(bytesRead: number): void;
  /** Clears the line. Idempotent. */
  finish(): void;
}

const SILENT: ProgressReporter = { update: () => {}, finish: () => {} };

/**
 * A progress reporter on `io.stderr`: drawn only when stderr is a terminal (`io.isTTY`) and the
 * file is larger than `minBytes`, redrawn at most every 100 ms, cleared by `finish`. In pipes
 * and CI it writes nothing.
 *
 * @example
 * ```ts
 * const progress = createProgress(io, size);
 * progress.update(bytes);
 * progress.finish();
 * ```
 */
export function createProgress(io: CliIo, totalBytes: number, minBytes = PROGRESS_MIN_BYTES, now: () => number = Date.now): ProgressReporter {
  if (!io.isTTY || totalBytes <= minBytes) return SILENT;
  const started = now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  let done = false;
  return {
    update(bytesRead: number): void {
      const t = now();
      if (done || t - lastDraw < 100) return;
      lastDraw = t;
      drawn = true;
      (io.terminalControl ?? io.stderr).write(`\r${formatProgress({ bytesRead, totalBytes, elapsedMs: t - started, width: io.columns ?? 80 })}\x1b[K`);
    },
    finish(): void {
      if (done) return;
      done = true;
      if (drawn) (io.terminalControl ?? io.stderr).write('\r\x1b[K');
    },
  };
}
