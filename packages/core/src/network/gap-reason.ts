import type { LocalizedText } from '../dimensions/types';

/** What kind of gap a ranked gap is: a relation marked missing, no relation at all, or a weak relation. */
export type GapKind = 'missing' | 'none' | 'weak';

/** The figures a reason is written from. */
export interface GapEffect {
  readonly kind: GapKind;
  readonly labelA: string;
  readonly labelB: string;
  readonly componentsBefore: number;
  readonly componentsAfter: number;
  /** Global efficiency before and after (see `rankGaps`). */
  readonly efficiencyBefore: number;
  readonly efficiencyAfter: number;
  readonly endpointBetweenness: number;
}

const da2 = (x: number): string => x.toFixed(2).replace('.', ',');
const en2 = (x: number): string => x.toFixed(2);

/**
 * A plain-language reason for a ranked gap, in Danish and English: what the map shows, then what
 * closing it would change. It speaks about the network, never ranks people (docs/report.md on tone and privacy).
 *
 * @example
 * ```ts
 * gapReason({ kind: 'none', labelA: 'Lærer', labelB: 'Tandplejer', componentsBefore: 2, componentsAfter: 1,
 *   efficiencyBefore: 0.4, efficiencyAfter: 0.6, endpointBetweenness: 0 }).en;
 * // 'Lærer and Tandplejer have no relation on the map. A relation here would join parts of the network that are now separate (2 parts would become 1).'
 * ```
 */
export function gapReason(e: GapEffect): LocalizedText {
  const what: LocalizedText =
    e.kind === 'missing'
      ? {
          da: `Relationen mellem ${e.labelA} og ${e.labelB} er markeret som manglende.`,
          en: `The relation between ${e.labelA} and ${e.labelB} is marked as missing.`,
        }
      : e.kind === 'none'
        ? { da: `${e.labelA} og ${e.labelB} har ingen relation på kortet.`, en: `${e.labelA} and ${e.labelB} have no relation on the map.` }
        : { da: `Relationen mellem ${e.labelA} og ${e.labelB} er svag.`, en: `The relation between ${e.labelA} and ${e.labelB} is weak.` };
  const verb: LocalizedText = e.kind === 'weak' ? { da: 'En stærk relation', en: 'A strong relation' } : { da: 'En relation', en: 'A relation' };
  let effect: LocalizedText;
  if (e.componentsAfter < e.componentsBefore) {
    effect = {
      da: `${verb.da} her ville forbinde dele af netværket, som nu er adskilte (${e.componentsBefore} dele ville blive til ${e.componentsAfter}).`,
      en: `${verb.en} here would join parts of the network that are now separate (${e.componentsBefore} parts would become ${e.componentsAfter}).`,
    };
  } else if (e.efficiencyAfter - e.efficiencyBefore > 1e-9 && e.efficiencyBefore > 0) {
    const before = 1 / e.efficiencyBefore;
    const after = 1 / e.efficiencyAfter;
    effect = {
      da: `${verb.da} her ville gøre vejene i netværket kortere (gennemsnitlig afstand fra ${da2(before)} til ${da2(after)} stærke led).`,
      en: `${verb.en} here would shorten the paths through the network (average distance from ${en2(before)} to ${en2(after)} strong steps).`,
    };
  } else if (e.endpointBetweenness > 0) {
    effect = {
      da: `Det ændrer ikke, hvordan netværket hænger sammen, men begge er allerede bindeled mellem andre i netværket.`,
      en: `It would not change how the network hangs together, but both already link others in the network.`,
    };
  } else {
    effect = { da: 'Det ændrer ikke, hvordan netværket hænger sammen.', en: 'It would not change how the network hangs together.' };
  }
  return { da: `${what.da} ${effect.da}`, en: `${what.en} ${effect.en}` };
}
