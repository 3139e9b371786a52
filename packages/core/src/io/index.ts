export { csvSafeCell, quoteCsvCell, toCsv } from './csv-safe';
