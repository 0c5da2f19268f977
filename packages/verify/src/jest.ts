import { toHaveCorrectGradient } from './gradient-matcher.js';
import type { GradientMatcherOptions } from './gradient-matcher.js';

export { toHaveCorrectGradient } from './gradient-matcher.js';
export type { GradientMatcherOptions, GradientSubject, MatcherResult, ValueAndGradient } from './gradient-matcher.js';

/**
 * The matchers to register with Jest's `expect.extend(verifyMatchers)`, once, in a setup file
 * (`setupFilesAfterEnv`). Importing `@bp/verify/jest` also declares the matcher on Jest's global
 * `expect` types (`@types/jest`); users of `@jest/globals` get it through `expect.extend`'s own typing.
 * @example
 * // jest.setup.js: import { verifyMatchers } from '@bp/verify/jest'; expect.extend(verifyMatchers);
 * // then in a test, expect({ f, gradient }).toHaveCorrectGradient([3]) runs this matcher:
 * const f = (x: Float64Array) => x[0]! ** 2;
 * verifyMatchers.toHaveCorrectGradient({ f, gradient: (x: Float64Array) => [2 * x[0]!] }, [3]).pass; // → true
 * verifyMatchers.toHaveCorrectGradient({ f, gradient: [7] }, [3]).pass; // → false
 */
export const verifyMatchers: { readonly toHaveCorrectGradient: typeof toHaveCorrectGradient } = { toHaveCorrectGradient };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- @types/jest declares its matchers in this global namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars, @typescript-eslint/no-empty-object-type -- must repeat @types/jest's own parameters to merge with it
    interface Matchers<R, T = {}> {
      /** Checks `{ f, gradient }` (or a function returning `[value, gradient]`) against finite differences at x. */
      toHaveCorrectGradient(x: Float64Array | readonly number[], options?: GradientMatcherOptions): R;
    }
  }
}
