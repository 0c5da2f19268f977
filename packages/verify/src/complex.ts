/**
 * A complex number `re + i·im`, the value type of the complex-step method.
 *
 * Complex step evaluates `f(x + i·h)` and reads the derivative from the imaginary part,
 * `f'(x) ≈ Im f(x + i·h) / h`. No subtraction happens, so `h` can be tiny (1e-30) and the
 * result is accurate to machine precision. It only works when `f` is written with these
 * functions (or with a {@link Field}) so that it can run on complex numbers.
 */
export interface Complex {
  readonly re: number;
  readonly im: number;
}

/** A complex number or a real one, which every function here accepts as an operand. */
export type ComplexLike = Complex | number;

/**
 * Makes a complex number.
 * @example
 * complex(1, 2); // → { re: 1, im: 2 }
 */
export function complex(re: number, im = 0): Complex {
  return { re, im };
}

/**
 * Tells whether a value is a {@link Complex} (an object with numeric `re` and `im`).
 * @example
 * isComplex(complex(1, 0)); // → true
 * isComplex(1); // → false
 */
export function isComplex(value: unknown): value is Complex {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { re?: unknown }).re === 'number' &&
    typeof (value as { im?: unknown }).im === 'number'
  );
}

function re(a: ComplexLike): number {
  return typeof a === 'number' ? a : a.re;
}

function im(a: ComplexLike): number {
  return typeof a === 'number' ? 0 : a.im;
}

/**
 * Sum `a + b`.
 * @example
 * cadd(complex(1, 2), 3); // → { re: 4, im: 2 }
 */
export function cadd(a: ComplexLike, b: ComplexLike): Complex {
  return { re: re(a) + re(b), im: im(a) + im(b) };
}

/**
 * Difference `a − b`.
 * @example
 * csub(complex(1, 2), complex(1, 1)); // → { re: 0, im: 1 }
 */
export function csub(a: ComplexLike, b: ComplexLike): Complex {
  return { re: re(a) - re(b), im: im(a) - im(b) };
}

/**
 * Product `a · b`.
 * @example
 * cmul(complex(0, 1), complex(0, 1)); // → { re: -1, im: 0 }
 */
export function cmul(a: ComplexLike, b: ComplexLike): Complex {
  const ar = re(a);
  const ai = im(a);
  const br = re(b);
  const bi = im(b);
  return { re: ar * br - ai * bi, im: ar * bi + ai * br };
}

/**
 * Quotient `a / b`, by Smith's algorithm, which avoids overflow in `|b|²`.
 * @example
 * cdiv(1, complex(0, 1)); // → { re: 0, im: -1 }
 */
export function cdiv(a: ComplexLike, b: ComplexLike): Complex {
  const ar = re(a);
  const ai = im(a);
  const br = re(b);
  const bi = im(b);
  if (bi === 0) return { re: ar / br, im: ai / br };
  if (Math.abs(br) >= Math.abs(bi)) {
    const r = bi / br;
    const d = br + bi * r;
    return { re: (ar + ai * r) / d, im: (ai - ar * r) / d };
  }
  const r = br / bi;
  const d = br * r + bi;
  return { re: (ar * r + ai) / d, im: (ai * r - ar) / d };
}

/**
 * Negation `−a`.
 * @example
 * cneg(complex(1, -2)); // → { re: -1, im: 2 }
 */
export function cneg(a: ComplexLike): Complex {
  return { re: -re(a), im: -im(a) };
}

/**
 * Exponential `e^a`.
 * @example
 * cexp(complex(0, Math.PI)).re; // → -1
 */
export function cexp(a: ComplexLike): Complex {
  const m = Math.exp(re(a));
  const b = im(a);
  return b === 0 ? { re: m, im: 0 } : { re: m * Math.cos(b), im: m * Math.sin(b) };
}

/**
 * Natural logarithm, principal branch: `ln|a| + i·arg a`.
 * @example
 * clog(complex(Math.E, 0)); // → { re: 1, im: 0 }
 */
export function clog(a: ComplexLike): Complex {
  const ar = re(a);
  const ai = im(a);
  return { re: Math.log(Math.hypot(ar, ai)), im: Math.atan2(ai, ar) };
}

/**
 * Square root, principal branch, in a form that keeps a tiny imaginary part exact.
 * @example
 * csqrt(-4); // → { re: 0, im: 2 }
 */
export function csqrt(a: ComplexLike): Complex {
  const ar = re(a);
  const ai = im(a);
  if (ar === 0 && ai === 0) return { re: 0, im: ai };
  const r = Math.hypot(ar, ai);
  // Rescale by an even power of two so that (r ± a) / 2 neither underflows nor overflows.
  if (r < 2 ** -900 || r > 2 ** 900) {
    const up = r < 2 ** -900;
    const root = csqrt({ re: ar * (up ? 2 ** 400 : 2 ** -400), im: ai * (up ? 2 ** 400 : 2 ** -400) });
    const back = up ? 2 ** -200 : 2 ** 200;
    return { re: root.re * back, im: root.im * back };
  }
  if (ar >= 0) {
    const t = Math.sqrt((r + ar) / 2);
    return { re: t, im: ai / (2 * t) };
  }
  const t = Math.sqrt((r - ar) / 2);
  return { re: Math.abs(ai) / (2 * t), im: ai < 0 || Object.is(ai, -0) ? -t : t };
}

/**
 * Power `a^b`. An integer exponent multiplies (so `x^2` at a negative `x` stays exact); any
 * other exponent uses the principal branch `exp(b · log a)`.
 * @example
 * cpow(complex(-2, 0), 2).re; // → 4
 */
export function cpow(a: ComplexLike, b: ComplexLike): Complex {
  const br = re(b);
  const bi = im(b);
  if (bi === 0 && Number.isInteger(br) && Math.abs(br) <= 1024) {
    let result: Complex = { re: 1, im: 0 };
    let base: Complex = { re: re(a), im: im(a) };
    let n = Math.abs(br);
    while (n > 0) {
      if (n % 2 === 1) result = cmul(result, base);
      n = Math.floor(n / 2);
      if (n > 0) base = cmul(base, base);
    }
    return br < 0 ? cdiv(1, result) : result;
  }
  if (bi === 0) {
    // Real exponent: r^p (cos pθ, sin pθ) keeps the tiny imaginary part of a complex step exact.
    const r = Math.hypot(re(a), im(a));
    const theta = Math.atan2(im(a), re(a));
    const m = Math.pow(r, br);
    return theta === 0 ? { re: m, im: 0 } : { re: m * Math.cos(br * theta), im: m * Math.sin(br * theta) };
  }
  if (re(a) === 0 && im(a) === 0) return { re: 0, im: 0 };
  return cexp(cmul(b, clog(a)));
}

/**
 * Sine: `sin a·cosh b + i·cos a·sinh b`.
 * @example
 * csin(complex(Math.PI / 2, 0)); // → { re: 1, im: 0 }
 */
export function csin(a: ComplexLike): Complex {
  const ar = re(a);
  const ai = im(a);
  return { re: Math.sin(ar) * Math.cosh(ai), im: Math.cos(ar) * Math.sinh(ai) };
}

/**
 * Cosine: `cos a·cosh b − i·sin a·sinh b`.
 * @example
 * ccos(0); // → { re: 1, im: -0 }
 */
export function ccos(a: ComplexLike): Complex {
  const ar = re(a);
  const ai = im(a);
  return { re: Math.cos(ar) * Math.cosh(ai), im: -Math.sin(ar) * Math.sinh(ai) };
}

/**
 * Tangent: `(sin 2a + i·sinh 2b) / (cos 2a + cosh 2b)`.
 * @example
 * ctan(complex(Math.PI / 4, 0)).re; // → 1
 */
export function ctan(a: ComplexLike): Complex {
  const ar = re(a);
  const ai = im(a);
  if (Math.abs(ai) > 20) return { re: 0, im: Math.sign(ai) };
  const d = Math.cos(2 * ar) + Math.cosh(2 * ai);
  return { re: Math.sin(2 * ar) / d, im: Math.sinh(2 * ai) / d };
}

/**
 * Hyperbolic sine: `sinh a·cos b + i·cosh a·sin b`.
 * @example
 * csinh(0); // → { re: 0, im: 0 }
 */
export function csinh(a: ComplexLike): Complex {
  const ar = re(a);
  const ai = im(a);
  return { re: Math.sinh(ar) * Math.cos(ai), im: Math.cosh(ar) * Math.sin(ai) };
}

/**
 * Hyperbolic cosine: `cosh a·cos b + i·sinh a·sin b`.
 * @example
 * ccosh(0); // → { re: 1, im: 0 }
 */
export function ccosh(a: ComplexLike): Complex {
  const ar = re(a);
  const ai = im(a);
  return { re: Math.cosh(ar) * Math.cos(ai), im: Math.sinh(ar) * Math.sin(ai) };
}

/**
 * Hyperbolic tangent: `(sinh 2a + i·sin 2b) / (cosh 2a + cos 2b)`, without overflow for large `|a|`.
 * @example
 * ctanh(complex(100, 0)); // → { re: 1, im: 0 }
 */
export function ctanh(a: ComplexLike): Complex {
  const ar = re(a);
  const ai = im(a);
  if (Math.abs(ar) > 20) {
    // cosh 2a dominates: tanh → ±1 and the imaginary part decays like 2·sin 2b·e^(−2|a|).
    return { re: Math.sign(ar), im: 2 * Math.sin(2 * ai) * Math.exp(-2 * Math.abs(ar)) };
  }
  const d = Math.cosh(2 * ar) + Math.cos(2 * ai);
  return { re: Math.sinh(2 * ar) / d, im: Math.sin(2 * ai) / d };
}

/**
 * Arctangent, principal branch, with the imaginary part from `log1p` so a complex step keeps
 * every digit: `Re = ½·atan2(2a, 1 − a² − b²)`, `Im = ¼·log1p(4b / (a² + (1 − b)²))`.
 * @example
 * catan(1).re; // → 0.7853981633974483
 */
export function catan(a: ComplexLike): Complex {
  const ar = re(a);
  const ai = im(a);
  return {
    re: 0.5 * Math.atan2(2 * ar, 1 - ar * ar - ai * ai),
    im: 0.25 * Math.log1p((4 * ai) / (ar * ar + (1 - ai) * (1 - ai))),
  };
}

/**
 * Logistic sigmoid `1 / (1 + e^−a)`, in the form that cannot overflow for either sign of `Re a`.
 * @example
 * csigmoid(0); // → { re: 0.5, im: 0 }
 */
export function csigmoid(a: ComplexLike): Complex {
  if (re(a) >= 0) return cdiv(1, cadd(1, cexp(cneg(a))));
  const e = cexp(a);
  return cdiv(e, cadd(1, e));
}

/**
 * Softplus `log(1 + e^a)`, in the form that cannot overflow for large `Re a`.
 * @example
 * csoftplus(0).re; // → 0.6931471805599453
 */
export function csoftplus(a: ComplexLike): Complex {
  if (re(a) > 0) return cadd(a, clog(cadd(1, cexp(cneg(a)))));
  return clog(cadd(1, cexp(a)));
}

/**
 * Absolute value as complex step needs it: the analytic continuation `a·sign(Re a)`, not the
 * modulus `|a|` (whose imaginary part is zero and would lose the derivative).
 * @example
 * cabs(complex(-2, 1e-30)); // → { re: 2, im: -1e-30 }
 */
export function cabs(a: ComplexLike): Complex {
  return re(a) < 0 ? cneg(a) : { re: re(a), im: im(a) };
}

/**
 * Rectified linear unit, continued analytically: `a` where `Re a > 0`, else 0.
 * @example
 * crelu(complex(2, 1e-30)); // → { re: 2, im: 1e-30 }
 */
export function crelu(a: ComplexLike): Complex {
  return re(a) > 0 ? { re: re(a), im: im(a) } : { re: 0, im: 0 };
}

/**
 * The argument with the larger real part (`a` on a tie), as complex step needs it.
 * @example
 * cmax(complex(1, 5), 2); // → { re: 2, im: 0 }
 */
export function cmax(a: ComplexLike, b: ComplexLike): Complex {
  return re(a) >= re(b) ? { re: re(a), im: im(a) } : { re: re(b), im: im(b) };
}

/**
 * The argument with the smaller real part (`a` on a tie), as complex step needs it.
 * @example
 * cmin(complex(1, 5), 2); // → { re: 1, im: 5 }
 */
export function cmin(a: ComplexLike, b: ComplexLike): Complex {
  return re(a) <= re(b) ? { re: re(a), im: im(a) } : { re: re(b), im: im(b) };
}
