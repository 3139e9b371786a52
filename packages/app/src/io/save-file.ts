/** A file name from a map title: letters, digits, `_` and `-` only, never empty. */
export function safeFileName(title: string, ext: string): string {
  const stem = title.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${stem === '' ? 'relcap' : stem}.${ext}`;
}

/** Offers `blob` as a download named `name` (the fallback where there is no File System Access API). */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<{ createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }> }>;
}

/**
 * Saves `text` as a `*.relcap.json` file: with the File System Access API where the browser has it
 * (the user picks the place), else as a download. Resolves to false when the user cancelled.
 *
 * @example
 * ```ts
 * await saveMapFile(JSON.stringify(map, null, 2), 'Barn-A.relcap.json');
 * ```
 */
export async function saveMapFile(text: string, name: string, options: { readonly picker?: boolean } = {}): Promise<boolean> {
  const blob = new Blob([text], { type: 'application/json' });
  const w = window as unknown as SaveFilePickerWindow;
  if (options.picker !== false && typeof w.showSaveFilePicker === 'function') {
    try {
      const handle = await w.showSaveFilePicker({ suggestedName: name, types: [{ description: 'relcap map', accept: { 'application/json': ['.json'] } }] });
      const out = await handle.createWritable();
      await out.write(blob);
      await out.close();
      return true;
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return false;
      // A picker that fails for another reason (e.g. in a sandboxed frame): fall back to a download.
    }
  }
  download(blob, name);
  return true;
}
