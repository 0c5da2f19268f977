import { checkHessian, type CheckHessianOptions, type HessianInput } from './check-hessian.js';
import type { VectorValuedFunction } from './check-jacobian.js';
import type { CheckResult } from './check-result.js';
import { VerifyError } from './errors.js';
import { describeComponent, formatValue, headline } from './internal/label.js';
import { describeValue } from './internal/validate.js';
import type { VectorFunction } from './vector-function.js';
import { formatText } from './report-text.js';

/** A function and the Hessian claimed for it, with its gradient when known (a sharper check). */
export interface HessianSubject {
  readonly f: VectorFunction;
  readonly hessian: HessianInput;
  readonly gradient?: VectorValuedFunction;
}

/** Options of `toHaveCorrectHessian`: those of checkHessian, plus names for the message. */
export interface HessianMatcherOptions extends CheckHessianOptions {
  /** Names of x's components (`['w', 'b']`), used in the failure message instead of `x[0]`. */
  readonly names?: readonly string[];
}

function subject(received: unknown): HessianSubject {
  const candidate = received as Partial<HessianSubject> | null;
  if (typeof candidate === 'object' && candidate !== null && typeof candidate.f === 'function' && candidate.hessian !== undefined) {
    return candidate as HessianSubject;
  }
  throw new VerifyError('invalid-argument', `expect() needs { f, hessian, gradient? }, found ${describeValue(received)}`, { parameter: 'received' });
}

function pointText(x: ArrayLike<number>): string {
  const values = Array.from(x).slice(0, 8).map(formatValue);
  return `[${values.join(', ')}${x.length > 8 ? `, … (${x.length} components)` : ''}]`;
}

function failureMessage(result: CheckResult, x: ArrayLike<number>, names: readonly string[] | undefined): string {
  const lines = [`expected a correct Hessian at x = ${pointText(x)}, but the ${headline(result)}`];
  for (const entry of result.worst.filter((e) => !e.ok).slice(0, 3)) lines.push(`  ${describeComponent(entry, result.kind, names)}`);
  lines.push('', formatText(result, { limit: 10, ...(names === undefined ? {} : { names }) }));
  return lines.join('\n');
}

/**
 * The vitest matcher behind `expect({ f, hessian, gradient? }).toHaveCorrectHessian(x, options)`:
 * runs checkHessian (central differences of `gradient` when given, second differences of f
 * otherwise) and fails with a message naming the worst entries, both values and the errors.
 * @throws {VerifyError} `invalid-argument` when the subject is not `{ f, hessian }`, and checkHessian's errors.
 * @example
 * // In a test, once vitest.setup.ts has run expect.extend(verifyMatchers):
 * // expect({ f, hessian }).toHaveCorrectHessian([2]);
 * const f = (x: Float64Array) => x[0]! ** 3;
 * toHaveCorrectHessian({ f, hessian: (x: Float64Array) => [6 * x[0]!] }, [2]).pass; // → true
 * toHaveCorrectHessian({ f, hessian: [6] }, [2]).pass; // → false
 */
export function toHaveCorrectHessian(
  received: unknown,
  x: Float64Array | readonly number[],
  options: HessianMatcherOptions = {},
): { readonly pass: boolean; readonly message: () => string } {
  const { f, hessian, gradient } = subject(received);
  const { names, ...checkOptions } = options;
  const at = x instanceof Float64Array ? x : Float64Array.from(x);
  const result = checkHessian(f, hessian, at, gradient === undefined ? checkOptions : { ...checkOptions, gradient });
  return {
    pass: result.ok,
    message: () => (result.ok ? `expected a wrong Hessian at x = ${pointText(x)}, but the ${headline(result)}` : failureMessage(result, x, names)),
  };
}
