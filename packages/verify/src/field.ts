import { FUNCTIONS, type ScalarField } from '@bp/symbolic/engine';
import { cadd, catan, ccos, ccosh, cdiv, cexp, clog, cmul, cneg, cpow, csin, csinh, csqrt, csub, ctan, ctanh } from './complex.js';
import type { Complex, ComplexLike } from './complex.js';
import type { Dtype } from './dtype.js';

/**
 * The arithmetic a function needs, over some number type `T`: plain numbers, numbers rounded
 * to float32 after every operation, or complex numbers for the complex-step method. A function
 * written against a `Field` runs on all of them, so every finite-difference scheme can check it.
 * Operands may be plain numbers (constants). `real` reads the real part, for branches. It is a
 * @bp/symbolic `ScalarField`, so every operation's spec runs on it (see programFunction).
 */
export interface Field<T> extends ScalarField<T> {
  readonly dtype: Dtype;
  constant(value: number): T;
  real(value: T | number): number;
  add(a: T | number, b: T | number): T;
  sub(a: T | number, b: T | number): T;
  mul(a: T | number, b: T | number): T;
  div(a: T | number, b: T | number): T;
  neg(a: T | number): T;
  pow(a: T | number, b: T | number): T;
  exp(a: T | number): T;
  log(a: T | number): T;
  sqrt(a: T | number): T;
  sin(a: T | number): T;
  cos(a: T | number): T;
  tan(a: T | number): T;
  sinh(a: T | number): T;
  cosh(a: T | number): T;
  tanh(a: T | number): T;
  atan(a: T | number): T;
  sigmoid(a: T | number): T;
  softplus(a: T | number): T;
  relu(a: T | number): T;
  abs(a: T | number): T;
  max(a: T | number, b: T | number): T;
  min(a: T | number, b: T | number): T;
}

/** A function of a vector written once against a {@link Field}, so it runs on any number type. */
export type FieldProgram = <T>(x: readonly T[], field: Field<T>) => T;

/** The methods of a {@link Field} that are bp functions: each comes from the function's spec. */
type FunctionMethods = 'sigmoid' | 'softplus' | 'relu' | 'abs' | 'max' | 'min';

/** A spec's function over a field: its field form on `exact` (no rounding), rounded once at the end. */
function specForm<T>(name: string, exact: ScalarField<T>, round: (value: T) => T): (...args: T[]) => T {
  const form = FUNCTIONS.get(name)!.field!;
  return (...args) => round(form(args, exact));
}

function makeRealField(dtype: Dtype): Field<number> {
  const r = dtype === 'float32' ? Math.fround : (value: number): number => value;
  const core: Omit<Field<number>, 'dtype' | FunctionMethods> = {
    constant: (value) => r(value),
    real: (value) => value,
    add: (a, b) => r(a + b),
    sub: (a, b) => r(a - b),
    mul: (a, b) => r(a * b),
    div: (a, b) => r(a / b),
    neg: (a) => -a,
    pow: (a, b) => r(Math.pow(a, b)),
    exp: (a) => r(Math.exp(a)),
    log: (a) => r(Math.log(a)),
    sqrt: (a) => r(Math.sqrt(a)),
    sin: (a) => r(Math.sin(a)),
    cos: (a) => r(Math.cos(a)),
    tan: (a) => r(Math.tan(a)),
    sinh: (a) => r(Math.sinh(a)),
    cosh: (a) => r(Math.cosh(a)),
    tanh: (a) => r(Math.tanh(a)),
    atan: (a) => r(Math.atan(a)),
  };
  const exact = dtype === 'float64' ? core : makeRealField('float64');
  const value = (name: string) => (a: number): number => r(FUNCTIONS.get(name)!.value([a]));
  // sigmoid, softplus and abs are their specs' values (softplus's uses log1p, exact where log(1 + e^x) is not);
  // relu, max and min their field forms, which send NaN to 0 and keep the first argument on a tie.
  return {
    dtype, ...core,
    sigmoid: value('sigmoid'), softplus: value('softplus'), abs: value('abs'),
    relu: specForm('relu', exact, r), max: specForm('max', exact, r), min: specForm('min', exact, r),
  };
}

function makeComplexField(dtype: Dtype): Field<Complex> {
  const r =
    dtype === 'float32'
      ? (z: Complex): Complex => ({ re: Math.fround(z.re), im: Math.fround(z.im) })
      : (z: Complex): Complex => z;
  const unary =
    (op: (a: ComplexLike) => Complex) =>
    (a: ComplexLike): Complex =>
      r(op(a));
  const binary =
    (op: (a: ComplexLike, b: ComplexLike) => Complex) =>
    (a: ComplexLike, b: ComplexLike): Complex =>
      r(op(a, b));
  const core: Omit<Field<Complex>, 'dtype' | FunctionMethods> = {
    constant: (value) => r({ re: value, im: 0 }),
    real: (value) => (typeof value === 'number' ? value : value.re),
    add: binary(cadd),
    sub: binary(csub),
    mul: binary(cmul),
    div: binary(cdiv),
    neg: unary(cneg),
    pow: binary(cpow),
    exp: unary(cexp),
    log: unary(clog),
    sqrt: unary(csqrt),
    sin: unary(csin),
    cos: unary(ccos),
    tan: unary(ctan),
    sinh: unary(csinh),
    cosh: unary(ccosh),
    tanh: unary(ctanh),
    atan: unary(catan),
  };
  const exact = dtype === 'float64' ? core : makeComplexField('float64');
  // Each function is its spec's field form, on complex numbers (a number operand is lifted first).
  const lift = (a: ComplexLike): Complex => (typeof a === 'number' ? { re: a, im: 0 } : a);
  const method = (name: string) => {
    const form = specForm(name, exact, r);
    return (...args: ComplexLike[]): Complex => form(...args.map(lift));
  };
  return {
    dtype, ...core,
    sigmoid: method('sigmoid'), softplus: method('softplus'), relu: method('relu'),
    abs: method('abs'), max: method('max'), min: method('min'),
  };
}

const REAL_FIELDS = { float64: makeRealField('float64'), float32: makeRealField('float32') } as const;
const COMPLEX_FIELDS = { float64: makeComplexField('float64'), float32: makeComplexField('float32') } as const;

/**
 * The field of real numbers in a dtype: for `float32` every operation rounds with `Math.fround`,
 * so a function evaluates as it would in a Float32Array kernel.
 * @example
 * const F = realField('float32');
 * F.add(0.1, 0.2); // → 0.30000001192092896
 */
export function realField(dtype: Dtype = 'float64'): Field<number> {
  return REAL_FIELDS[dtype];
}

/**
 * The field of complex numbers in a dtype (both parts rounded to float32 when asked), on which
 * the complex-step method runs a {@link FieldProgram}.
 * @example
 * const F = complexField();
 * F.mul(F.constant(3), { re: 2, im: 1e-30 }); // → { re: 6, im: 3.0000000000000003e-30 }
 */
export function complexField(dtype: Dtype = 'float64'): Field<Complex> {
  return COMPLEX_FIELDS[dtype];
}

/**
 * A function of a Float64Array that can also run on complex numbers: call it like any
 * `(x: Float64Array) => number`; `complex` evaluates it at complex inputs for the complex step.
 */
export interface DifferentiableFunction {
  (x: Float64Array): number;
  readonly dtype: Dtype;
  complex(z: readonly Complex[]): Complex;
}

/**
 * Turns a {@link FieldProgram} into a function every scheme can check, complex step included.
 * With `dtype: 'float32'` both the real and the complex evaluations round after each operation.
 * @example
 * const f = fieldFunction((x, F) => F.mul(x[0]!, F.sin(x[1]!)));
 * f(new Float64Array([2, 0])); // → 0
 * // the imaginary part is 1e-30·∂f/∂x₁ = 1e-30·2·cos 0
 * f.complex([{ re: 2, im: 0 }, { re: 0, im: 1e-30 }]).im; // → 2e-30
 */
export function fieldFunction(program: FieldProgram, options: { readonly dtype?: Dtype } = {}): DifferentiableFunction {
  const dtype = options.dtype ?? 'float64';
  const real = realField(dtype);
  const complexNumbers = complexField(dtype);
  const f = (x: Float64Array): number => program(Array.from(x, (value) => real.constant(value)), real);
  return Object.assign(f, {
    dtype,
    complex: (z: readonly Complex[]): Complex => program(z.map((value) => complexNumbers.add(value, 0)), complexNumbers),
  });
}
