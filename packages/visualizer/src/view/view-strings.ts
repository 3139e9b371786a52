import type { Lang } from '../scene/types';

/**
 * What the view says to a screen reader (in its live region) and on its controls, in Danish
 * and English.
 *
 * @example
 * ```ts
 * VIEW_STRINGS.en.linking('Lærer'); // 'Linking from Lærer: choose another actor (Space or tap); Escape cancels.'
 * ```
 */
export const VIEW_STRINGS: Record<Lang, { readonly linking: (label: string) => string; readonly port: (label: string) => string }> = {
  da: {
    linking: (label) => `Forbinder fra ${label}: vælg en anden aktør (mellemrum eller tryk); Escape annullerer.`,
    port: (label) => `Træk herfra for at forbinde ${label} med en anden aktør`,
  },
  en: {
    linking: (label) => `Linking from ${label}: choose another actor (Space or tap); Escape cancels.`,
    port: (label) => `Drag from here to connect ${label} to another actor`,
  },
};
