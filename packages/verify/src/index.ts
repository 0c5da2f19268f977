export { VerifyError, isVerifyError } from './errors.js';
export type { VerifyErrorCode, VerifyPosition } from './errors.js';
