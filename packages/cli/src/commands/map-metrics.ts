import { computeMapMetrics, type MapMetrics, type NetworkMap } from '@relcap/core';
import { booleanFlag, expectPositionals, stringFlag } from '../args';
import { EXIT_CODES } from '../exit-codes';
import { readMapFile } from '../input/read-map-file';
import { emit } from '../output/emit';
import { formatNumber } from '../output/format-number';
import { toJsonText } from '../output/json';
import { renderTable } from '../output/table';
import { type Command, JSON_FLAG, LANG_FLAG, type Lang, langOf, OUT_FLAG } from './command';

const HEAD = {
  en: ['actor', 'degree', 'in', 'out', 'betweenness', 'constraint', 'effective size'],
  da: ['aktør', 'grad', 'ind', 'ud', 'mellemhed', 'begrænsning', 'effektiv størrelse'],
} as const;

/**
 * The metrics as a readable text block: network figures, then one row per actor.
 *
 * @example
 * ```ts
 * formatMetricsTable(map, computeMapMetrics(map), 'en');
 * ```
 */
export function formatMetricsTable(map: NetworkMap, m: MapMetrics, lang: Lang): string {
  const label = new Map(map.actors.map((a) => [a.id, a.label]));
  const isolates = m.isolates.map((id) => label.get(id) ?? id).join(', ');
  const lines =
    lang === 'da'
      ? [
          `${map.title}: ${m.actorCount} aktører, ${m.arcCount} pile`,
          `tæthed ${formatNumber(m.density, 3, lang)}, gensidighed ${formatNumber(m.reciprocity, 3, lang)}, komponenter ${m.components}`,
          m.scope.da,
          ...(isolates === '' ? [] : [`isolerede: ${isolates}`]),
        ]
      : [
          `${map.title}: ${m.actorCount} actors, ${m.arcCount} arcs`,
          `density ${formatNumber(m.density, 3, lang)}, reciprocity ${formatNumber(m.reciprocity, 3, lang)}, components ${m.components}`,
          m.scope.en,
          ...(isolates === '' ? [] : [`isolates: ${isolates}`]),
        ];
  const head = HEAD[lang];
  const columns = head.map((header, i) => ({ header, align: i === 0 ? ('left' as const) : ('right' as const) }));
  const rows = m.actors.map((a) => [
    a.label,
    String(a.degree),
    String(a.inDegree),
    String(a.outDegree),
    formatNumber(a.betweenness, 3, lang),
    formatNumber(a.constraint, 3, lang),
    formatNumber(a.effectiveSize, 2, lang),
  ]);
  return `${lines.join('\n')}\n\n${renderTable(columns, rows)}`;
}

/** `relcap map metrics FILE`. */
export const mapMetricsCommand: Command = {
  name: 'map metrics',
  summary: 'Network metrics of a map: density, reciprocity, components, degree, betweenness, Burt constraint',
  details: [
    'Computed by core computeMapMetrics on the analysis graph over every actor, the child included (missing relations left out, mutual relations as two arcs); see docs/network-metrics.md for the formulas. relcap map gaps counts components among professionals only, without the child and family.',
    'Maps of more than 5,000 actors or 50,000 relations are refused (betweenness grows with actors times arcs); a map around a child has tens of actors.',
  ],
  positionals: [{ name: 'FILE', description: 'the map file (relcap JSON, GEXF or GraphML)' }],
  flags: { ...JSON_FLAG, ...OUT_FLAG, ...LANG_FLAG },
  examples: ['relcap map metrics kort.json', 'relcap map metrics kort.gexf --json --out metrics.json'],
  async run(args, io) {
    const [file] = expectPositionals('relcap map metrics', args, ['FILE']) as [string];
    const { map } = await readMapFile(io, file);
    const metrics = computeMapMetrics(map);
    const text = booleanFlag(args, 'json') ? toJsonText(metrics) : formatMetricsTable(map, metrics, langOf(args));
    await emit(io, text, stringFlag(args, 'out'));
    return EXIT_CODES.ok;
  },
};
