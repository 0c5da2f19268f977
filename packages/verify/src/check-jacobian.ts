import type { CheckResult } from './check-result.js';
import type { CheckGradientOptions } from './check-options.js';
import { counted, resolveCheckOptions, resolveComponents, scaledAtol } from './internal/options.js';
import type { Complex } from './complex.js';
import { VerifyError } from './errors.js';
import { failedBeforeComparing, summarize } from './internal/compare.js';
import type { Line } from './internal/difference.js';
import { compareColumns } from './internal/engine.js';
import { describeValue, inDtype, requireComplex, requireFunction, requireVector } from './internal/validate.js';

/** A vector-valued function of a vector. */
export type VectorValuedFunction = (x: Float64Array) => ArrayLike<number>;

/** The same function on complex inputs, for complex step. */
export type ComplexVectorValuedFunction = (z: readonly Complex[]) => readonly Complex[];

/**
 * A Jacobian J (m outputs × n inputs, Jᵣⱼ = ∂fᵣ/∂xⱼ): a row-major array of m·n numbers, an array
 * of m rows, or a function of x returning either.
 */
export type JacobianInput =
  | Float64Array
  | readonly number[]
  | readonly (readonly number[] | Float64Array)[]
  | ((x: Float64Array) => Float64Array | readonly number[] | readonly (readonly number[] | Float64Array)[]);

/** Options of {@link checkJacobian}: those of checkGradient, with a vector-valued complex f. */
export interface CheckJacobianOptions extends Omit<CheckGradientOptions, 'complex' | 'components'> {
  /** f on complex inputs, for complex step; default `f.complex`. */
  readonly complex?: ComplexVectorValuedFunction;
  /** Check only these inputs (columns of J); all by default. */
  readonly components?: readonly number[];
}

function outputs(value: unknown, m: number | undefined): Float64Array {
  const vector = requireVector(value, 'f', false);
  if (m !== undefined && vector.length !== m) {
    throw new VerifyError('dimension', `f returned ${vector.length} outputs here and ${m} at x`, {
      parameter: 'f',
      coordinate: Math.min(vector.length, m),
    });
  }
  return vector;
}

function flatten(value: unknown, m: number, n: number): Float64Array {
  if (Array.isArray(value) && value.length > 0 && typeof value[0] !== 'number') {
    if (value.length !== m) {
      throw new VerifyError('dimension', `jacobian has ${value.length} rows, f has ${m} outputs`, {
        parameter: 'jacobian',
        coordinate: Math.min(value.length, m),
      });
    }
    const flat = new Float64Array(m * n);
    (value as unknown[]).forEach((row, r) => {
      const vector = requireVector(row, `jacobian[${r}]`, false);
      if (vector.length !== n) {
        throw new VerifyError('dimension', `jacobian row ${r} has ${vector.length} entries, x has ${n}`, {
          parameter: `jacobian[${r}]`,
          coordinate: Math.min(vector.length, n),
        });
      }
      flat.set(vector, r * n);
    });
    return flat;
  }
  const flat = requireVector(value, 'jacobian', false);
  if (flat.length !== m * n) {
    throw new VerifyError('dimension', `jacobian has ${flat.length} entries, expected ${m}·${n} = ${m * n} (outputs × inputs)`, {
      parameter: 'jacobian',
      coordinate: Math.min(flat.length, m * n),
    });
  }
  return flat;
}

/**
 * Checks a full Jacobian against finite differences, one input (column) at a time, so the cost is
 * that of checkGradient whatever the number of outputs. Entries are numbered row-major
 * (`index = row·n + column`) and carry `row` and `column`; kinks are found per entry. For many
 * inputs, check the gradient of a random projection with {@link checkDirectional} instead.
 * @throws {VerifyError} as checkGradient; `dimension` when the Jacobian's shape is not outputs × inputs
 * or f's output length changes.
 * @example
 * const f = (x: Float64Array) => [x[0]! * x[1]!, Math.sin(x[0]!)];
 * const J = (x: Float64Array) => [[x[1]!, x[0]!], [Math.cos(x[0]!), 0]];
 * checkJacobian(f, J, new Float64Array([1, 2])).ok; // → true
 */
export function checkJacobian(
  f: VectorValuedFunction,
  jacobian: JacobianInput,
  x: Float64Array,
  options: CheckJacobianOptions = {},
): CheckResult {
  requireFunction(f, 'f');
  const resolved = resolveCheckOptions<ComplexVectorValuedFunction>(f, options);
  const point = inDtype(requireVector(x, 'x', true), resolved.dtype);
  const n = point.length;
  const components = resolveComponents(options.components, n);
  const calls = counted(f);
  const complex = resolved.complex && counted(resolved.complex);
  const atX = outputs(calls.f(Float64Array.from(point)), undefined);
  const m = atX.length;
  const analytic = flatten(typeof jacobian === 'function' ? jacobian(Float64Array.from(point)) : jacobian, m, n);
  const atol = Array.from(atX, (value) => scaledAtol(resolved, value));
  const summary = () => ({
    kind: 'jacobian' as const,
    scheme: resolved.scheme,
    dtype: resolved.dtype,
    rtol: resolved.rtol,
    atol: Math.max(0, ...atol),
    evaluations: calls.count() + (complex?.count() ?? 0),
  });
  const bad = atX.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) return failedBeforeComparing(`f(x)[${bad}] is ${atX[bad]}`, summary());

  const line = (column: number): Line => ({
    outputs: m,
    real: (t) => {
      const y = Float64Array.from(point);
      y[column] = t;
      return outputs(calls.f(y), m);
    },
    complex:
      complex &&
      ((z) => {
        const w = Array.from(point, (value): Complex => ({ re: value, im: 0 }));
        w[column] = z;
        const out = complex.f(w);
        if (!Array.isArray(out) || out.length !== m) {
          throw new VerifyError('dimension', `options.complex returned ${describeValue(out)}, expected ${m} complex outputs`, {
            parameter: 'options.complex',
          });
        }
        return out.map((value) => requireComplex(value, 'options.complex'));
      }),
  });
  const entries = compareColumns(
    {
      x: point,
      outputs: m,
      atX,
      line,
      analytic: (row, column) => analytic[row * n + column]!,
      place: (row, column) => ({ index: row * n + column, row, column }),
    },
    components,
    { ...resolved, atol: (row) => atol[row]!, noiseFloor: !resolved.atolGiven },
  );
  return summarize(entries, summary());
}
