import { toHaveCorrectGradient } from './gradient-matcher.js';
import type { GradientMatcherOptions } from './gradient-matcher.js';

export type { GradientMatcherOptions, GradientSubject, ValueAndGradient } from './gradient-matcher.js';

/**
 * Thrown by {@link assertGradient} when the gradient is wrong. It follows the shape of Node's
 * `assert.AssertionError` (`name`, `code: 'ERR_ASSERTION'`, `actual`, `expected`, `operator`), so
 * `node:test` and its reporters show it as a failed assertion, without this package importing Node.
 */
export class GradientAssertionError extends Error {
  override readonly name = 'AssertionError';
  readonly code = 'ERR_ASSERTION';
  readonly generatedMessage = false;
  readonly operator = 'assertGradient';
  /** The subject under test. */
  readonly actual: unknown;
  /** The point it was checked at. */
  readonly expected: readonly number[];

  constructor(message: string, actual: unknown, expected: readonly number[]) {
    super(message);
    this.actual = actual;
    this.expected = expected;
  }
}

/**
 * Asserts that a hand-written gradient agrees with finite differences at x, for `node:test` (or any
 * runner without `expect.extend`): returns quietly when it does, and throws a
 * {@link GradientAssertionError} naming the worst components, both values and the errors when not.
 * `subject` is `{ f, gradient }` or a function returning `[value, gradient]`.
 * @throws {GradientAssertionError} when the gradient is wrong.
 * @throws {VerifyError} `invalid-argument` when the subject is neither form, and checkGradient's errors.
 * @example
 * // In a node:test file: test('the square', () => assertGradient({ f, gradient }, [3]));
 * const f = (x: Float64Array) => x[0]! ** 2;
 * assertGradient({ f, gradient: (x: Float64Array) => [2 * x[0]!] }, [3]); // → undefined
 * let failure: unknown;
 * try { assertGradient({ f, gradient: [7] }, [3]); } catch (error) { failure = error; }
 * failure instanceof GradientAssertionError; // → true
 */
export function assertGradient(subject: unknown, x: Float64Array | readonly number[], options: GradientMatcherOptions = {}): void {
  const result = toHaveCorrectGradient(subject, x, options);
  if (!result.pass) throw new GradientAssertionError(result.message(), subject, Array.from(x));
}
