export { SymbolicError, isSymbolicError } from './errors.js';
export type { SourceSpan, SymbolicErrorCode } from './errors.js';
