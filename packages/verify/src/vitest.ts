// Brings vitest's types into scope for the `declare module 'vitest'` augmentation below; erased in output.
import type {} from 'vitest';
import { toHaveCorrectGradient } from './gradient-matcher.js';
import type { GradientMatcherOptions } from './gradient-matcher.js';
import { toHaveCorrectHessian, type HessianMatcherOptions } from './hessian-matcher.js';

export { toHaveCorrectGradient } from './gradient-matcher.js';
export type { GradientMatcherOptions, GradientSubject, MatcherResult, ValueAndGradient } from './gradient-matcher.js';

/**
 * The matchers to register with `expect.extend(verifyMatchers)`, once, in a vitest setup file.
 * Importing `@bp/verify/vitest` also declares the matcher's type on vitest's `expect`.
 * @example
 * import { expect } from 'vitest';
 * import { verifyMatchers } from '@bp/verify/vitest';
 * expect.extend(verifyMatchers);
 * Object.keys(verifyMatchers); // → ['toHaveCorrectGradient', 'toHaveCorrectHessian']
 */
export const verifyMatchers: {
  readonly toHaveCorrectGradient: typeof toHaveCorrectGradient;
  readonly toHaveCorrectHessian: typeof toHaveCorrectHessian;
} = { toHaveCorrectGradient, toHaveCorrectHessian };

export { toHaveCorrectHessian };
export type { HessianMatcherOptions, HessianSubject } from './hessian-matcher.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars -- must repeat vitest's own declaration to merge with it
  interface Matchers<T = any> {
    /** Checks `{ f, gradient }` (or a function returning `[value, gradient]`) against finite differences at x. */
    toHaveCorrectGradient(x: Float64Array | readonly number[], options?: GradientMatcherOptions): void;
    /** Checks `{ f, hessian, gradient? }` against finite differences at x, entry by entry. */
    toHaveCorrectHessian(x: Float64Array | readonly number[], options?: HessianMatcherOptions): void;
  }
}
