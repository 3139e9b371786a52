import { BAND_NAMES, type GapRanking, type NetworkMap, type RankedGap, rankGaps } from '@relcap/core';
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
  en: { missing: 'missing', none: 'no relation', weak: BAND_NAMES.weak.en },
  da: { missing: 'mangler', none: 'ingen relation', weak: BAND_NAMES.weak.da },
} as const;

/**
 * The ranked gaps as a table (pair, kind, components and average distance before -> after closing
 * the gap), then the numbered reasons in `lang`.
 *
 * @example
 * ```ts
 * formatGapsTable(map, rankGaps(map).gaps, 'da');
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

/**
 * The plain-language note of a ranking the work budget cut short (empty when complete): how many
 * candidates were ranked and how to raise the budget.
 *
 * @example
 * ```ts
 * cutShortNote(rankGaps(map, { budget: 1e5 }), 'en'); // 'Ranking cut short by the work budget: ...'
 * ```
 */
export function cutShortNote(r: GapRanking, lang: Lang): string {
  if (r.complete) return '';
  const found = r.candidates === null ? (lang === 'da' ? 'ikke talt' : 'not counted') : String(r.candidates);
  return lang === 'da'
    ? `Rangeringen blev afbrudt af arbejdsgrænsen: ${r.evaluated} af ${found} mulige huller er vurderet (grænse ${r.budget}, krævet mindst ${r.work}). Hæv den med --budget.\n`
    : `Ranking cut short by the work budget: ${r.evaluated} of ${found} candidate gaps evaluated (budget ${r.budget}, needed at least ${r.work}). Raise it with --budget.\n`;
}

/** `relcap map gaps FILE`. */
export const mapGapsCommand: Command = {
  name: 'map gaps',
  summary: 'Rank the gaps between professionals (missing, absent and weak relations) by what closing them would change',
  details: [
    'Computed by core rankGaps: the child and family are left out; a gap ranks higher when closing it joins parts of the network, then when it shortens the average distance, then by the betweenness of its two actors.',
    'The work is bounded by --budget (default 20000000 units, see docs/network-metrics.md); --limit also skips gaps that cannot reach the first N. A ranking cut short by the budget says so (on stderr with --json).',
  ],
  positionals: [{ name: 'FILE', description: 'the map file (relcap JSON, GEXF or GraphML)' }],
  flags: {
    ...JSON_FLAG,
    limit: { type: 'string', valueName: 'N', description: 'show only the first N gaps (and rank only what can reach them)' },
    budget: { type: 'string', valueName: 'UNITS', description: 'most work units the ranking may spend (default 20000000)' },
    ...OUT_FLAG,
    ...LANG_FLAG,
  },
  examples: ['relcap map gaps kort.json --lang da', 'relcap map gaps kort.json --json --limit 5', 'relcap map gaps kommune.json --limit 10 --budget 100000000'],
  async run(args, io) {
    const [file] = expectPositionals('relcap map gaps', args, ['FILE']) as [string];
    const limit = integerFlag('relcap map gaps', args, 'limit', 1);
    const budget = integerFlag('relcap map gaps', args, 'budget', 1);
    const { map } = await readMapFile(io, file);
    const ranking = rankGaps(map, { ...(limit !== undefined ? { limit } : {}), ...(budget !== undefined ? { budget } : {}) });
    const lang = langOf(args);
    const note = cutShortNote(ranking, lang);
    const json = booleanFlag(args, 'json');
    if (json && note !== '') io.stderr.write(note);
    const text = json ? toJsonText(ranking.gaps) : `${formatGapsTable(map, ranking.gaps, lang)}${note}`;
    await emit(io, text, stringFlag(args, 'out'));
    return EXIT_CODES.ok;
  },
};
