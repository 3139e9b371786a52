export type { Answer } from './types';
