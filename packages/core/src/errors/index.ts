export { formatLocation, MapEditError, MappingError, MapValidationError, OptionsError, RelcapError, SurveyFormatError } from './relcap-error';
export type { ErrorLocation } from './relcap-error';
