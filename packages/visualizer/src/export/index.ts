export { DEFAULT_EXPORT_PNG_OPTIONS, exportPng } from './export-png';
export type { ExportPngOptions } from './export-png';
export { exportSvg } from './export-svg';
export type { ExportSvgOptions } from './export-svg';
