export { NumericError, isNumericError } from './errors.js';
export type { NumericErrorCode, NumericPosition } from './errors.js';
