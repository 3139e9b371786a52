import { resolve } from 'node:path';
import {
  type NetworkMap,
  toGephiEdgesCsv,
  toGephiNodesCsv,
  toGexf,
  toGraphml,
  toKumu,
  toPolinode,
  toTidyCsv,
} from '@relcap/core';
import { expectPositionals, stringFlag } from '../args';
import { UsageError } from '../cli-errors';
import { EXIT_CODES } from '../exit-codes';
import { readMapFile } from '../input/read-map-file';
import { writeFilesAtomic } from '../output/atomic-write';
import type { Command } from './command';

/** The export targets of `relcap map export --to`. */
export const EXPORT_FORMATS = ['gexf', 'graphml', 'gephi', 'kumu', 'polinode', 'tidy'] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One output file: the suffix added to the `--out` base ('' = the path itself) and its content. */
export interface ExportPart {
  readonly suffix: string;
  readonly content: string;
}

/**
 * The files a format produces. Single-file formats have one part with suffix `''`; Gephi,
 * Kumu and Polinode produce two CSV tables, named `<base>-nodes.csv` / `<base>-edges.csv`
 * (Gephi, Polinode) or `<base>-elements.csv` / `<base>-connections.csv` (Kumu).
 *
 * @example
 * ```ts
 * exportParts(map, 'kumu').map((p) => p.suffix); // ['-elements.csv', '-connections.csv']
 * ```
 */
export function exportParts(map: NetworkMap, format: ExportFormat): ExportPart[] {
  switch (format) {
    case 'gexf':
      return [{ suffix: '', content: toGexf(map) }];
    case 'graphml':
      return [{ suffix: '', content: toGraphml(map) }];
    case 'tidy':
      return [{ suffix: '', content: toTidyCsv(map) }];
    case 'gephi':
      return [
        { suffix: '-nodes.csv', content: toGephiNodesCsv(map) },
        { suffix: '-edges.csv', content: toGephiEdgesCsv(map) },
      ];
    case 'kumu': {
      const k = toKumu(map);
      return [
        { suffix: '-elements.csv', content: k.elements },
        { suffix: '-connections.csv', content: k.connections },
      ];
    }
    case 'polinode': {
      const p = toPolinode(map);
      return [
        { suffix: '-nodes.csv', content: p.nodes },
        { suffix: '-edges.csv', content: p.edges },
      ];
    }
  }
}

/**
 * The base of a two-file export: `--out` without a trailing `.csv`, so that `kort.csv` and
 * `kort` both give `kort-elements.csv`.
 *
 * @example
 * ```ts
 * exportBase('ud/kort.csv'); // 'ud/kort'
 * ```
 */
export function exportBase(out: string): string {
  return out.replace(/\.csv$/i, '');
}

/** `relcap map export FILE --to FORMAT --out PATH`. */
export const mapExportCommand: Command = {
  name: 'map export',
  summary: 'Convert a map to GEXF, GraphML, Gephi, Kumu or Polinode CSV, or a tidy CSV for R',
  details: [
    'gexf, graphml and tidy write one file (to stdout without --out). gephi and polinode write PATH-nodes.csv and PATH-edges.csv, kumu writes PATH-elements.csv and PATH-connections.csv (a trailing .csv on PATH is dropped); they need --out.',
    'Every file is written atomically: nothing is replaced unless all files were written. CSV cells are protected against spreadsheet formula injection.',
  ],
  positionals: [{ name: 'FILE', description: 'the map file (relcap JSON, GEXF or GraphML)' }],
  flags: {
    to: { type: 'string', valueName: EXPORT_FORMATS.join('|'), choices: EXPORT_FORMATS, description: 'the target format (required)' },
    out: { type: 'string', short: 'o', valueName: 'PATH', description: 'output file, or the base name of two-file formats' },
  },
  examples: ['relcap map export kort.json --to gexf --out kort.gexf', 'relcap map export kort.json --to kumu --out kort'],
  async run(args, io) {
    const command = 'relcap map export';
    const [file] = expectPositionals(command, args, ['FILE']) as [string];
    const format = stringFlag(args, 'to') as ExportFormat | undefined;
    if (format === undefined) {
      throw new UsageError('RELCAP_CLI_MISSING_FLAG', `${command}: --to is required (one of ${EXPORT_FORMATS.join(', ')})`);
    }
    const out = stringFlag(args, 'out');
    const { map } = await readMapFile(io, file);
    const parts = exportParts(map, format);
    if (out === undefined) {
      if (parts.length > 1) throw new UsageError('RELCAP_CLI_MISSING_FLAG', `${command}: --to ${format} writes two files and needs --out PATH`);
      io.stdout.write(parts[0]!.content);
      return EXIT_CODES.ok;
    }
    const base = parts.length > 1 ? exportBase(out) : out;
    const files = parts.map((p) => ({ path: resolve(io.cwd, base + p.suffix), content: p.content, shownName: base + p.suffix }));
    await writeFilesAtomic(files);
    for (const f of files) io.stderr.write(`relcap: wrote ${f.shownName}\n`);
    return EXIT_CODES.ok;
  },
};
