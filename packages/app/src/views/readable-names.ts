/**
 * Makes each drawn actor's visible text part of its accessible name (axe:
 * label-content-name-mismatch). The name and profession are two <text> elements: without a space
 * between them the visible text reads "LærerTeacher", not found in "Lærer, Teacher"; a text node
 * between them is not drawn in SVG. A role's within-role score ("4,1") is added to the name.
 * (The visualizer's drawing could do this itself; until then the app does it after each draw.)
 */
export function readableNames(host: HTMLElement): void {
  for (const sub of host.querySelectorAll('g.relcap-node > text.relcap-sublabel')) {
    if (sub.previousSibling?.nodeType !== Node.TEXT_NODE) sub.before(' ');
  }
  const within = host.ownerDocument.documentElement.lang === 'en' ? 'RC within the role' : 'RC inden for rollen';
  for (const score of host.querySelectorAll('g.relcap-node > text.relcap-self-score')) {
    const g = score.parentElement!;
    const text = score.textContent ?? '';
    const name = g.getAttribute('aria-label') ?? '';
    if (text !== '' && !name.includes(text)) {
      if (score.previousSibling?.nodeType !== Node.TEXT_NODE) score.before(' ');
      const shown = [...g.querySelectorAll('text')].map((t) => t.textContent ?? '');
      const rest = name.split(', ').filter((part) => !shown.includes(part));
      g.setAttribute('aria-label', [shown.join(' '), within, ...rest].join(', '));
    }
  }
}
