/**
 * Scalar implementations that are more than one `Math` call. Each is self-contained (it calls
 * nothing but `Math`, `Number` and the functions its spec's `uses` names), so compiled kernels can
 * embed its source text.
 */

/**
 * The Gauss error function to about 1e-15: its Maclaurin series below |x| = 2 (where the terms
 * stay small enough not to lose digits) and Laplace's continued fraction for erfc above.
 * @example
 * erf(0); // → 0
 * erf(1); // ≈ 0.84270079294971
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  if (ax < 2) {
    // Maclaurin series: the largest term is below e^4, so at most two digits are lost to cancellation.
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 100; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  if (ax > 27) return x < 0 ? -1 : 1;
  // erfc(x) = exp(-x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))), by the modified Lentz method.
  const tiny = 1e-300;
  let f = ax;
  let c = ax;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    d = ax + an * d;
    d = d === 0 ? tiny : d;
    c = ax + an / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const value = 1 - Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
  return x < 0 ? -value : value;
}

/**
 * Logistic sigmoid, written so neither branch overflows.
 * @example
 * sigmoid(0); // → 0.5
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * log(1 + exp(x)) without overflow for large x or loss of precision for very negative x.
 * @example
 * softplus(0); // ≈ 0.6931471805599453
 */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/**
 * The real n-th root, negative for negative x when n is an odd integer (as mathjs's nthRoot).
 * @example
 * nthRoot(-8, 3); // → -2
 */
export function nthRoot(x: number, n: number): number {
  if (n === 0) return Number.NaN;
  if (x < 0) return Number.isInteger(n) && Math.abs(n) % 2 === 1 ? -Math.pow(-x, 1 / n) : Number.NaN;
  return Math.pow(x, 1 / n);
}

/**
 * x^y over the reals, as `Math.pow`: a negative base needs an integer exponent, and there are no
 * odd-denominator roots (`(-8)^(1/3)` is NaN, since 1/3 is not exact in binary); use `cbrt` or
 * `nthRoot` for a real root of a negative number.
 * @example
 * power(-2, 3); // → -8
 * power(-8, 1 / 3); // → NaN
 * nthRoot(-8, 3); // → -2
 */
export function power(x: number, y: number): number {
  return Math.pow(x, y);
}

/**
 * The share of the gradient of max (or min) of `all` that flows to an argument with value u: 1 when
 * u alone is the extreme m, 1/k when k arguments tie there, 0 otherwise.
 * @example
 * share(2, [2, 2, 1], 2); // → 0.5
 */
export function share(u: number, all: readonly number[], m: number): number {
  if (Number.isNaN(m) || Number.isNaN(u)) return Number.NaN;
  return u === m ? 1 / all.filter((a) => a === m).length : 0;
}

/**
 * SiLU (swish), x·σ(x), with σ written so that neither sign of x overflows.
 * @example
 * silu(0); // → 0
 */
export function silu(x: number): number {
  if (x >= 0) return x / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return (x * e) / (1 + e);
}

/**
 * GELU in its exact (erf) form, x·Φ(x) = x·(1 + erf(x/√2))/2, as @bp/numeric's `gelu` activation.
 * @example
 * gelu(0); // → 0
 */
export function gelu(x: number): number {
  return (x * (1 + erf(x / Math.SQRT2))) / 2;
}

/**
 * Mish, x·tanh(softplus(x)), with softplus written as {@link softplus} is.
 * @example
 * mish(0); // → 0
 */
export function mish(x: number): number {
  return x * Math.tanh(x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));
}

/**
 * x clamped to [−1, 1] (NaN stays NaN).
 * @example
 * hardtanh(-3); // → -1
 */
export function hardtanh(x: number): number {
  return x > 1 ? 1 : x < -1 ? -1 : x;
}
