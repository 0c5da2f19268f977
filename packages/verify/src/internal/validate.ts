import type { CheckResult } from '../check-result.js';
import type { Complex } from '../complex.js';
import { isDtype } from '../dtype.js';
import type { Dtype } from '../dtype.js';
import { VerifyError } from '../errors.js';
import { SCHEMES } from './difference.js';
import type { Scheme } from './difference.js';

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null) return String(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value;
}

export function requireFunction(value: unknown, parameter: string): void {
  if (typeof value !== 'function') {
    throw new VerifyError('invalid-argument', `${parameter} must be a function, found ${describeValue(value)}`, { parameter });
  }
}

function isNumberArray(value: unknown): value is ArrayLike<number> {
  return (
    value instanceof Float64Array ||
    value instanceof Float32Array ||
    (Array.isArray(value) && value.every((element) => typeof element === 'number'))
  );
}

/** Copies a vector argument into a Float64Array; `finite` also rejects NaN and ±Infinity. */
export function requireVector(value: unknown, parameter: string, finite: boolean): Float64Array {
  if (!isNumberArray(value)) {
    throw new VerifyError('invalid-argument', `${parameter} must be a Float64Array or an array of numbers, found ${describeValue(value)}`, {
      parameter,
    });
  }
  const vector = Float64Array.from(value);
  if (finite) {
    for (let i = 0; i < vector.length; i++) {
      if (!Number.isFinite(vector[i])) {
        throw new VerifyError('non-finite', `${parameter}[${i}] must be finite, found ${vector[i]}`, { parameter, coordinate: i });
      }
    }
  }
  return vector;
}

export function requireLength(vector: ArrayLike<number>, expected: number, parameter: string, against: string): void {
  if (vector.length !== expected) {
    throw new VerifyError(
      'dimension',
      `${parameter} has ${vector.length} components, ${against} has ${expected}`,
      { parameter, coordinate: Math.min(vector.length, expected) },
    );
  }
}

export function resolveScheme(value: unknown, fallback: Scheme): Scheme {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (SCHEMES as readonly string[]).includes(value)) return value as Scheme;
  throw new VerifyError('invalid-option', `options.scheme must be one of ${SCHEMES.join(', ')}, found ${describeValue(value)}`, {
    parameter: 'options.scheme',
  });
}

export function resolveDtype(value: unknown, fallback: Dtype): Dtype {
  if (value === undefined) return fallback;
  if (isDtype(value)) return value;
  throw new VerifyError('invalid-option', `options.dtype must be "float64" or "float32", found ${describeValue(value)}`, {
    parameter: 'options.dtype',
  });
}

/** A non-negative finite number option (tolerances); `positive` also rejects 0 (steps). */
export function resolveNumber(value: unknown, parameter: string, positive = false): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (positive && value === 0)) {
    throw new VerifyError(
      'invalid-option',
      `${parameter} must be a ${positive ? 'positive' : 'non-negative'} finite number, found ${describeValue(value)}`,
      { parameter },
    );
  }
  return value;
}

export function resolveCount(value: unknown, parameter: string, fallback: number, minimum = 1): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    throw new VerifyError('invalid-option', `${parameter} must be an integer ≥ ${minimum}, found ${describeValue(value)}`, { parameter });
  }
  return value;
}

/** Reads one number from a user function, which must return a number (NaN is the caller's to judge). */
export function requireScalar(value: unknown, parameter: string): number {
  if (typeof value !== 'number') {
    throw new VerifyError('invalid-argument', `${parameter} must return a number, found ${describeValue(value)}`, { parameter });
  }
  return value;
}

export function requireComplex(value: unknown, parameter: string): Complex {
  if (typeof value === 'number') return { re: value, im: 0 };
  if (typeof value === 'object' && value !== null && typeof (value as Complex).re === 'number' && typeof (value as Complex).im === 'number') {
    return value as Complex;
  }
  throw new VerifyError('invalid-argument', `${parameter} must return a complex number, found ${describeValue(value)}`, { parameter });
}

/** The complex version of f for complex step: an explicit option, else f's own `complex` property. */
export function complexVersion<T>(f: unknown, explicit: T | undefined): T | undefined {
  if (explicit !== undefined) {
    requireFunction(explicit, 'options.complex');
    return explicit;
  }
  const own = typeof f === 'function' ? (f as { complex?: unknown }).complex : undefined;
  return typeof own === 'function' ? (own as T) : undefined;
}

export function missingComplex(): VerifyError {
  return new VerifyError(
    'invalid-argument',
    'complex step needs f to run on complex numbers: build it with fieldFunction or pass options.complex',
    { parameter: 'f' },
  );
}

/**
 * x as the function sees it: rounded to float32 for a float32 check, so that the perturbed
 * points x ± h are exactly the float32 values f computes with.
 */
export function inDtype(x: Float64Array, dtype: Dtype): Float64Array {
  return dtype === 'float32' ? x.map(Math.fround) : x;
}

/** Refuses a value that is not a CheckResult (a reporter given the wrong object), naming the first field at fault. */
export function requireResult(value: unknown, parameter: string): void {
  const result = value as Partial<Record<keyof CheckResult, unknown>> | null;
  const fault =
    result === null || typeof result !== 'object' ? `${parameter} must be a CheckResult, found ${describeValue(value)}`
    : typeof result.ok !== 'boolean' ? `${parameter}.ok must be a boolean`
    : !Array.isArray(result.worst) ? `${parameter}.worst must be an array`
    : !Array.isArray(result.kinks) ? `${parameter}.kinks must be an array`
    : ['maxAbsError', 'maxRelError', 'rtol', 'atol'].find((key) => typeof result[key as 'ok'] !== 'number') !== undefined
      ? `${parameter} is missing a number (maxAbsError, maxRelError, rtol and atol are numbers)`
      : (result.worst as unknown[]).some((entry) => entry === null || typeof entry !== 'object' || typeof (entry as { index?: unknown }).index !== 'number')
        ? `${parameter}.worst must hold components with a numeric index`
        : undefined;
  if (fault !== undefined) throw new VerifyError('invalid-argument', fault, { parameter });
}
