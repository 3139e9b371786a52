export { createMapView } from './create-map-view';
export { focusCentre, NO_HIGHLIGHT } from './highlight';
export type { Highlight } from './highlight';
export { DEFAULT_MAP_VIEW_OPTIONS } from './map-view-types';
export type { MapTarget, MapViewEvents, MapViewExportOptions, MapViewHandle, MapViewInput, MapViewMove, MapViewOptions } from './map-view-types';
export { VIEW_STRINGS } from './view-strings';
