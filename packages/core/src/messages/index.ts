export { ERROR_MESSAGES, errorText } from './error-text';
