import { erf, share, sigmoid, softplus } from '@bp/symbolic/engine';

/**
 * Scalar implementations, with positional arguments, of every function @bp/symbolic knows, for
 * compiled kernels to call through a fixed table. They follow @bp/symbolic's values and its
 * conventions at kinks (step(0) = 0, heaviside(0) = ½), which a test checks function by function.
 */
export const SCALAR_FUNCTIONS: ReadonlyMap<string, (...args: number[]) => number> = new Map<string, (...args: number[]) => number>([
  ['exp', Math.exp],
  ['log', (x: number, base?: number) => (base === undefined ? Math.log(x) : Math.log(x) / Math.log(base))],
  ['log10', Math.log10],
  ['log2', Math.log2],
  ['log1p', Math.log1p],
  ['sqrt', Math.sqrt],
  ['cbrt', Math.cbrt],
  ['nthRoot', (x: number, n: number) => {
    if (n === 0) return Number.NaN;
    if (x < 0) return Number.isInteger(n) && Math.abs(n) % 2 === 1 ? -Math.pow(-x, 1 / n) : Number.NaN;
    return Math.pow(x, 1 / n);
  }],
  ['pow', Math.pow],
  ['abs', Math.abs],
  ['sin', Math.sin],
  ['cos', Math.cos],
  ['tan', Math.tan],
  ['sec', (x: number) => 1 / Math.cos(x)],
  ['csc', (x: number) => 1 / Math.sin(x)],
  ['cot', (x: number) => 1 / Math.tan(x)],
  ['asin', Math.asin],
  ['acos', Math.acos],
  ['atan', Math.atan],
  ['asec', (x: number) => Math.acos(1 / x)],
  ['acsc', (x: number) => Math.asin(1 / x)],
  ['acot', (x: number) => Math.atan(1 / x)],
  ['sinh', Math.sinh],
  ['cosh', Math.cosh],
  ['tanh', Math.tanh],
  ['sech', (x: number) => 1 / Math.cosh(x)],
  ['csch', (x: number) => 1 / Math.sinh(x)],
  ['coth', (x: number) => 1 / Math.tanh(x)],
  ['asinh', Math.asinh],
  ['acosh', Math.acosh],
  ['atanh', Math.atanh],
  ['asech', (x: number) => Math.acosh(1 / x)],
  ['acsch', (x: number) => Math.asinh(1 / x)],
  ['acoth', (x: number) => Math.atanh(1 / x)],
  ['erf', erf],
  ['sigmoid', sigmoid],
  ['relu', (x: number) => (x <= 0 ? 0 : x)],
  ['leakyRelu', (x: number, alpha: number) => (x > 0 ? x : alpha * x)],
  ['softplus', softplus],
  ['elu', (x: number, alpha: number) => (x > 0 ? x : alpha * Math.expm1(x))],
  ['max', Math.max],
  ['min', Math.min],
  ['maxShare', (u: number, ...all: number[]) => share(u, all, Math.max(...all))],
  ['minShare', (u: number, ...all: number[]) => share(u, all, Math.min(...all))],
  ['step', (x: number) => (x > 0 ? 1 : 0)],
  ['heaviside', (x: number) => (x > 0 ? 1 : x < 0 ? 0 : 0.5)],
  ['sign', Math.sign],
  ['pi', () => Math.PI],
  ['e', () => Math.E],
]);
