import type { CheckGradientOptions } from '../check-options.js';
import type { Dtype } from '../dtype.js';
import { VerifyError } from '../errors.js';
import { declaredDtype } from './line.js';
import type { Scheme } from './difference.js';
import { defaultTolerance } from '../tolerance.js';
import { complexVersion, missingComplex, resolveDtype, resolveNumber, resolveScheme } from './validate.js';

export interface ResolvedCheckOptions<TComplex> {
  readonly scheme: Scheme;
  readonly dtype: Dtype;
  readonly rtol: number;
  /** The given atol, or the default before scaling by |f(x)|. */
  readonly atol: number;
  readonly atolGiven: boolean;
  readonly step: number | undefined;
  readonly kinks: boolean;
  readonly complex: TComplex | undefined;
}

/** The scheme, dtype and complex version of f every finite difference needs. */
export interface ResolvedScheme<TComplex> {
  readonly scheme: Scheme;
  readonly dtype: Dtype;
  readonly complex: TComplex | undefined;
}

/**
 * Validates the options every finite difference shares: the scheme (default central), the dtype
 * (default f's own, else float64), and for complex step a complex version of f.
 */
export function resolveDifference<TComplex>(
  f: unknown,
  options: { readonly scheme?: Scheme; readonly dtype?: Dtype; readonly complex?: TComplex },
): ResolvedScheme<TComplex> {
  const scheme = resolveScheme(options.scheme, 'central');
  const dtype = resolveDtype(options.dtype ?? declaredDtype(f), 'float64');
  const complex = complexVersion<TComplex>(f, options.complex);
  if (scheme === 'complex-step' && complex === undefined) throw missingComplex();
  return { scheme, dtype, complex };
}

/** Validates the options every check shares (see {@link resolveDifference}), with tolerances and kinks. */
export function resolveCheckOptions<TComplex>(
  f: unknown,
  options: Omit<CheckGradientOptions, 'complex'> & { readonly complex?: TComplex },
): ResolvedCheckOptions<TComplex> {
  const { scheme, dtype, complex } = resolveDifference<TComplex>(f, options);
  const defaults = defaultTolerance(dtype, scheme);
  if (options.kinks !== undefined && typeof options.kinks !== 'boolean') {
    throw new VerifyError('invalid-option', `options.kinks must be a boolean, found ${typeof options.kinks}`, { parameter: 'options.kinks' });
  }
  return {
    scheme,
    dtype,
    rtol: resolveNumber(options.rtol, 'options.rtol') ?? defaults.rtol,
    atol: resolveNumber(options.atol, 'options.atol') ?? defaults.atol,
    atolGiven: options.atol !== undefined,
    step: resolveNumber(options.step, 'options.step', true),
    kinks: options.kinks ?? true,
    complex,
  };
}

/** The listed components (validated), or every index below n. */
export function resolveComponents(value: unknown, n: number): Iterable<number> {
  if (value === undefined) return { [Symbol.iterator]: () => Array.from({ length: n }, (_, i) => i)[Symbol.iterator]() };
  if (!Array.isArray(value)) {
    throw new VerifyError('invalid-option', 'options.components must be an array of indices', { parameter: 'options.components' });
  }
  for (const index of value as unknown[]) {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= n) {
      throw new VerifyError('dimension', `options.components lists ${String(index)}, but x has ${n} components`, {
        parameter: 'options.components',
        coordinate: typeof index === 'number' ? index : -1,
      });
    }
  }
  return [...new Set(value as number[])];
}

/** The absolute tolerance for an output whose value at x is `value`. */
export function scaledAtol(resolved: ResolvedCheckOptions<unknown>, value: number): number {
  return resolved.atolGiven ? resolved.atol : resolved.atol * Math.max(1, Math.abs(value));
}

/** Counts calls of f, so results can say what a check cost. */
export function counted<TArgs extends unknown[], TResult>(f: (...args: TArgs) => TResult): { f: (...args: TArgs) => TResult; count: () => number } {
  let calls = 0;
  return {
    f: (...args) => {
      calls++;
      return f(...args);
    },
    count: () => calls,
  };
}
