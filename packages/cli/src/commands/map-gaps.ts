import { type NetworkMap, type RankedGap, rankGaps } from '@relcap/core';
import { booleanFlag, expectPositionals, integerFlag, stringFlag } from '../args';
import { EXIT_CODES } from '../exit-codes';
import { readMapFile } from '../input/read-map-file';
import { emit } from '../output/emit';
import { formatNumber } from '../output/format-number';
import { toJsonText } from '../output/json';
import { renderTable } from '../output/table';
import { type Command, JSON_FLAG, LANG_FLAG, type Lang, langOf, OUT_FLAG } from './command';

const HEAD = {
  en: ['#', 'between', 'and', 'gap', 'components', 'mean distance'],
  da: ['#', 'mellem', 'og', 'hul', 'komponenter', 'gns. afstand'],
} as const;

const KIND = {
  en: { missing: 'missing', none: 'no relation', weak: 'weak' },
  da: { missing: 'mangler', none: 'ingen relation', weak: 'svag' },
} as const;

/**
 * The ranked gaps as a table (pair, kind, components and average distance before -> after closing
 * the gap), then the numbered reasons in `lang`.
 *
 * @example
 * ```ts
 * formatGapsTable(map, rankGaps(map), 'da');
 * ```
 */
export function formatGapsTable(map: NetworkMap, gaps: readonly RankedGap[], lang: Lang): string {
  if (gaps.length === 0) {
    return lang === 'da' ? 'Ingen huller mellem fagprofessionelle.\n' : 'No gaps between professionals.\n';
  }
  const label = new Map(map.actors.map((a) => [a.id, a.label]));
  const columns = HEAD[lang].map((header, i) => ({ header, align: i === 0 || i === 4 || i === 5 ? ('right' as const) : ('left' as const) }));
  const rows = gaps.map((g, i) => [
    String(i + 1),
    label.get(g.a) ?? g.a,
    label.get(g.b) ?? g.b,
    KIND[lang][g.kind],
    `${g.componentsBefore} -> ${g.componentsAfter}`,
    `${formatNumber(g.averageDistanceBefore, 2, lang)} -> ${formatNumber(g.averageDistanceAfter, 2, lang)}`,
  ]);
  const reasons = gaps.map((g, i) => `${i + 1}. ${g.reason[lang]}`);
  const counted =
    lang === 'da'
      ? 'Komponenter og afstande er optalt i netværket af fagpersoner og organisationer (barn og familie udeladt); relcap map metrics tæller alle aktører, barnet medregnet.'
      : 'Components and distances are counted in the network of professionals and organisations (child and family left out); relcap map metrics counts all actors, the child included.';
  return `${renderTable(columns, rows)}\n${reasons.join('\n')}\n\n${counted}\n`;
}

/** `relcap map gaps FILE`. */
export const mapGapsCommand: Command = {
  name: 'map gaps',
  summary: 'Rank the gaps between professionals (missing, absent and weak relations) by what closing them would change',
  details: [
    'Computed by core rankGaps: the child and family are left out; a gap ranks higher when closing it joins parts of the network, then when it shortens the average distance, then by the betweenness of its two actors.',
  ],
  positionals: [{ name: 'FILE', description: 'the map file (relcap JSON, GEXF or GraphML)' }],
  flags: {
    ...JSON_FLAG,
    limit: { type: 'string', valueName: 'N', description: 'show only the first N gaps' },
    ...OUT_FLAG,
    ...LANG_FLAG,
  },
  examples: ['relcap map gaps kort.json --lang da', 'relcap map gaps kort.json --json --limit 5'],
  async run(args, io) {
    const [file] = expectPositionals('relcap map gaps', args, ['FILE']) as [string];
    const limit = integerFlag('relcap map gaps', args, 'limit', 1);
    const { map } = await readMapFile(io, file);
    const gaps = rankGaps(map).slice(0, limit ?? Number.POSITIVE_INFINITY);
    const text = booleanFlag(args, 'json') ? toJsonText(gaps) : formatGapsTable(map, gaps, langOf(args));
    await emit(io, text, stringFlag(args, 'out'));
    return EXIT_CODES.ok;
  },
};
