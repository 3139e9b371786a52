export { ERROR_MESSAGES, errorText } from './error-text';
export { REFERENCES } from './references';
