export { cellText, findSheet, readWorkbook } from './read-workbook';
export { TOOL_KEYS } from './types';
export type { RawTable, ToolDetection, ToolKey, Workbook, WorkbookSheet } from './types';
