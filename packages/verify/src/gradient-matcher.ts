import { checkGradient } from './check-gradient.js';
import type { GradientInput } from './check-gradient.js';
import type { CheckGradientOptions } from './check-options.js';
import type { CheckResult } from './check-result.js';
import { VerifyError } from './errors.js';
import { describeComponent, formatValue, headline } from './internal/label.js';
import { describeValue } from './internal/validate.js';
import type { VectorFunction } from './vector-function.js';
import { formatText } from './report-text.js';

/** A function and the gradient claimed for it: the vector, or a function of x returning it. */
export interface GradientSubject {
  readonly f: VectorFunction;
  readonly gradient: GradientInput;
}

/** A function returning its value and its gradient together, as training code often has it. */
export type ValueAndGradient = (x: Float64Array) => readonly [number, ArrayLike<number>];

/** Options of `toHaveCorrectGradient`: those of checkGradient, plus names for the message. */
export interface GradientMatcherOptions extends CheckGradientOptions {
  /** Names of x's components (`['w', 'b']`), used in the failure message instead of `x[0]`. */
  readonly names?: readonly string[];
}

/** What a matcher returns, in the protocol vitest's and Jest's `expect.extend` share. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

function subject(received: unknown): GradientSubject {
  if (typeof received === 'function') {
    const valueAndGradient = received as ValueAndGradient;
    const pair = (x: Float64Array): readonly [number, ArrayLike<number>] => {
      const result = valueAndGradient(x);
      if (!Array.isArray(result) || result.length !== 2) {
        throw new VerifyError('invalid-argument', `the function under test must return [value, gradient], found ${describeValue(result)}`, {
          parameter: 'received',
        });
      }
      return result;
    };
    return { f: (x) => pair(x)[0], gradient: (x) => pair(x)[1] };
  }
  const candidate = received as Partial<GradientSubject> | null;
  if (typeof candidate === 'object' && candidate !== null && typeof candidate.f === 'function' && candidate.gradient !== undefined) {
    return candidate as GradientSubject;
  }
  throw new VerifyError(
    'invalid-argument',
    `expect() needs { f, gradient } or a function returning [value, gradient], found ${describeValue(received)}`,
    { parameter: 'received' },
  );
}

function point(x: ArrayLike<number>): string {
  const values = Array.from(x).slice(0, 8).map(formatValue);
  return `[${values.join(', ')}${x.length > 8 ? `, … (${x.length} components)` : ''}]`;
}

function failureMessage(result: CheckResult, x: ArrayLike<number>, names: readonly string[] | undefined): string {
  const failing = result.worst.filter((entry) => !entry.ok).slice(0, 3);
  const lines = [`expected a correct gradient at x = ${point(x)}, but the ${headline(result)}`];
  for (const entry of failing) lines.push(`  ${describeComponent(entry, result.kind, names)}`);
  lines.push('', formatText(result, { limit: 10, ...(names === undefined ? {} : { names }) }));
  return lines.join('\n');
}

/**
 * The matcher behind `expect(subject).toHaveCorrectGradient(x, options)` (vitest and Jest): runs
 * checkGradient and fails with a message that names the worst components, both values and the
 * errors. `subject` is `{ f, gradient }` or a function returning `[value, gradient]`.
 * @throws {VerifyError} `invalid-argument` when the subject is neither, and checkGradient's errors.
 * @example
 * // In a test, once vitest.setup.ts or jest.setup.js has run expect.extend(verifyMatchers):
 * // expect({ f, gradient }).toHaveCorrectGradient([3]);
 * const f = (x: Float64Array) => x[0]! ** 2;
 * toHaveCorrectGradient({ f, gradient: (x: Float64Array) => [2 * x[0]!] }, [3]).pass; // → true
 * toHaveCorrectGradient({ f, gradient: [7] }, [3]).pass; // → false
 */
export function toHaveCorrectGradient(
  received: unknown,
  x: Float64Array | readonly number[],
  options: GradientMatcherOptions = {},
): MatcherResult {
  const { f, gradient } = subject(received);
  const { names, ...checkOptions } = options;
  const at = x instanceof Float64Array ? x : Float64Array.from(x);
  const result = checkGradient(f, gradient, at, checkOptions);
  return {
    pass: result.ok,
    message: () =>
      result.ok
        ? `expected a wrong gradient at x = ${point(x)}, but the ${headline(result)}`
        : failureMessage(result, x, names),
  };
}

