const SVG_NS = 'http://www.w3.org/2000/svg';

/** The DOM a mounted map owns, all inside one root element. */
export interface Skeleton {
  readonly root: HTMLDivElement;
  /** Where the map view (`createMapView`) puts its `<svg>`. */
  readonly stage: HTMLDivElement;
  readonly legend: HTMLDivElement;
  readonly legendSvg: SVGSVGElement;
  readonly side: HTMLElement;
  readonly details: HTMLElement;
}

/** Creates the map's DOM inside `host`: a stage for the drawing, and an aside with legend, list and details. */
export function createSkeleton(host: HTMLElement): Skeleton {
  const doc = host.ownerDocument;
  const root = doc.createElement('div');
  root.className = 'relcap-root';
  root.setAttribute('data-relcap-map', '');
  const stage = doc.createElement('div');
  stage.className = 'relcap-stage';
  const aside = doc.createElement('aside');
  aside.className = 'relcap-aside';
  const legend = doc.createElement('div');
  legend.className = 'relcap-legend';
  const legendSvg = doc.createElementNS(SVG_NS, 'svg');
  legend.append(legendSvg);
  const side = doc.createElement('section');
  side.className = 'relcap-side';
  const details = doc.createElement('section');
  details.className = 'relcap-details';
  details.setAttribute('aria-live', 'polite');
  aside.append(legend, side, details);
  root.append(stage, aside);
  host.append(root);
  return { root, stage, legend, legendSvg, side, details };
}
