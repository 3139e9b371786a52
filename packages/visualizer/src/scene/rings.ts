import type { Sector } from '@relcap/core';
import type { SceneRing } from './types';

/** Ring index of each sector, from the centre outwards (DOMAIN.md section 3, "Rings"). */
export const RING_OF_SECTOR: Readonly<Record<Sector, number>> = { child: 0, family: 1, universal: 2, specialised: 3, other: 4 };

/** Ring labels (ring 1..4). */
export const RING_LABELS: readonly SceneRing['label'][] = [
  { da: 'Barnet', en: 'The child' },
  { da: 'Familie og privat netværk', en: 'Family and private network' },
  { da: 'Almene tilbud', en: 'Universal services' },
  { da: 'Specialiserede tilbud', en: 'Specialised services' },
  { da: 'Andre', en: 'Others' },
];

/**
 * Radius of each ring 0..4 (0 = the centre): each ring lies at least `ringGap` outside the one
 * before, and far enough out that its actors fit around it `minSpacing` apart
 * (`count x minSpacing / 2π`).
 *
 * @example
 * ```ts
 * ringRadii([1, 0, 5, 2, 0], 150, 170); // [0, 150, 300, 450, 600]
 * ```
 */
export function ringRadii(counts: readonly number[], ringGap: number, minSpacing: number): number[] {
  const radii = [0];
  for (let k = 1; k < counts.length; k++) {
    const fit = ((counts[k] ?? 0) * minSpacing) / (2 * Math.PI);
    radii.push(Math.max(radii[k - 1]! + ringGap, fit));
  }
  return radii;
}
