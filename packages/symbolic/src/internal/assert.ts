/**
 * Checks an internal invariant: a failure is a bug in bp, not bad input, so it is a plain Error.
 * On hot paths pass the message as a function so it is built only on failure.
 */
export function assert(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(`bp internal error: ${typeof message === 'string' ? message : message()}`);
}
