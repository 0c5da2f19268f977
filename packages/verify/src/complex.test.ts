import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cabs,
  cadd,
  catan,
  ccos,
  ccosh,
  cdiv,
  cexp,
  clog,
  cmax,
  cmin,
  cmul,
  cneg,
  complex,
  cpow,
  crelu,
  csigmoid,
  csin,
  csinh,
  csoftplus,
  csqrt,
  csub,
  ctan,
  ctanh,
  isComplex,
} from './complex.js';
import type { Complex, ComplexLike } from './complex.js';

/** The larger of the two parts' errors, each relative to max(1, |expected part|). */
function gap(actual: Complex, expected: Complex): number {
  return Math.max(
    Math.abs(actual.re - expected.re) / Math.max(1, Math.abs(expected.re)),
    Math.abs(actual.im - expected.im) / Math.max(1, Math.abs(expected.im)),
  );
}

const H = 1e-30;
const sigmoid = (t: number): number => 1 / (1 + Math.exp(-t));

// Each function's complex step Im f(t + ih)/h against its derivative written by hand.
const DERIVATIVES: readonly [string, (z: Complex) => Complex, (t: number) => number, (t: number) => number, readonly number[]][] = [
  ['exp', cexp, Math.exp, Math.exp, [-3, 0, 0.7, 25]],
  ['log', clog, Math.log, (t) => 1 / t, [1e-3, 0.5, 2, 1e6]],
  ['sqrt', csqrt, Math.sqrt, (t) => 0.5 / Math.sqrt(t), [1e-4, 0.25, 9]],
  ['sin', csin, Math.sin, Math.cos, [-2, 0, 1, 40]],
  ['cos', ccos, Math.cos, (t) => -Math.sin(t), [-2, 0.3, 1]],
  ['tan', ctan, Math.tan, (t) => 1 / Math.cos(t) ** 2, [-1.2, 0, 0.5]],
  ['sinh', csinh, Math.sinh, Math.cosh, [-2, 0, 3]],
  ['cosh', ccosh, Math.cosh, Math.sinh, [-2, 0.5, 3]],
  ['tanh', ctanh, Math.tanh, (t) => 1 - Math.tanh(t) ** 2, [-30, -1, 0, 0.3, 19]],
  ['atan', catan, Math.atan, (t) => 1 / (1 + t * t), [-5, 0, 0.5, 2, 1e3]],
  ['sigmoid', csigmoid, sigmoid, (t) => sigmoid(t) * (1 - sigmoid(t)), [-40, -1.2, 0, 3, 40]],
  ['softplus', csoftplus, (t) => Math.log1p(Math.exp(t)), sigmoid, [-40, -1, 0, 2, 40]],
  ['x^3', (z) => cpow(z, 3), (t) => t ** 3, (t) => 3 * t * t, [-2, 0.5, 4]],
  ['x^-2', (z) => cpow(z, -2), (t) => t ** -2, (t) => -2 * t ** -3, [-2, 0.5]],
  ['x^2.5', (z) => cpow(z, 2.5), (t) => t ** 2.5, (t) => 2.5 * t ** 1.5, [0.5, 3]],
  ['2^x', (z) => cpow(2, z), (t) => 2 ** t, (t) => Math.log(2) * 2 ** t, [-1, 0, 3]],
  ['abs', cabs, Math.abs, Math.sign, [-2, 3]],
  ['relu', crelu, (t) => Math.max(t, 0), (t) => (t > 0 ? 1 : 0), [-2, 3]],
];

describe('complex arithmetic', () => {
  it('adds, subtracts, multiplies, divides and negates with real operands mixed in', () => {
    expect(cadd(complex(1, 2), 3)).toEqual({ re: 4, im: 2 });
    expect(csub(1, complex(1, 1))).toEqual({ re: 0, im: -1 });
    expect(cmul(complex(0, 1), complex(0, 1))).toEqual({ re: -1, im: 0 });
    expect(cmul(complex(1, 2), complex(3, -4))).toEqual({ re: 11, im: 2 });
    expect(cdiv(1, complex(0, 1))).toEqual({ re: 0, im: -1 });
    expect(cdiv(complex(11, 2), complex(3, -4))).toEqual({ re: 1, im: 2 });
    expect(cneg(complex(1, -2))).toEqual({ re: -1, im: 2 });
  });

  it('divides without overflow where |b|² would overflow (Smith)', () => {
    expect(gap(cdiv(complex(1e300, 1e300), complex(1e300, 1e300)), { re: 1, im: 0 })).toBeLessThanOrEqual(1e-14);
    expect(gap(cdiv(complex(1e300, 0), complex(1e-10, 1e300)), { re: 1e-310, im: -1 })).toBeLessThanOrEqual(1e-12);
  });

  it('undoes a product by a quotient', () => {
    const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(finite, finite, finite, finite, (a, b, c, d) => {
        fc.pre(Math.hypot(c, d) > 1e-3);
        const z = complex(a, b);
        const w = complex(c, d);
        expect(gap(cdiv(cmul(z, w), w), z)).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it('has a square root whose square is the argument', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        const root = csqrt(complex(a, b));
        expect(root.re).toBeGreaterThanOrEqual(0);
        expect(gap(cmul(root, root), complex(a, b))).toBeLessThanOrEqual(1e-9);
      }),
    );
    expect(csqrt(-4)).toEqual({ re: 0, im: 2 });
    expect(csqrt(complex(0, 5e-324)).re).toBeGreaterThan(0);
    expect(gap(cmul(csqrt(complex(0, 5e-324)), csqrt(complex(0, 5e-324))), complex(0, 5e-324))).toBeLessThan(1e-300);
    const huge = csqrt(complex(1e308, 1e308));
    expect(Number.isFinite(huge.re) && Number.isFinite(huge.im)).toBe(true);
    expect(gap(cmul(huge, huge), complex(1e308, 1e308))).toBeLessThan(1e-15);
    expect(csqrt(0)).toEqual({ re: 0, im: 0 });
  });

  it('agrees with known values of the elementary functions', () => {
    expect(gap(cexp(complex(0, Math.PI)), { re: -1, im: 0 })).toBeLessThanOrEqual(1e-14);
    expect(gap(clog(complex(-1, 0)), { re: 0, im: Math.PI })).toBeLessThanOrEqual(1e-14);
    expect(gap(clog(complex(0, 1)), { re: 0, im: Math.PI / 2 })).toBeLessThanOrEqual(1e-14);
    expect(gap(csin(complex(1, 1)), { re: Math.sin(1) * Math.cosh(1), im: Math.cos(1) * Math.sinh(1) })).toBeLessThanOrEqual(1e-14);
    expect(gap(ctan(complex(0, 1)), { re: 0, im: Math.tanh(1) })).toBeLessThanOrEqual(1e-14);
    expect(gap(ctanh(complex(0, 1)), { re: 0, im: Math.tan(1) })).toBeLessThanOrEqual(1e-14);
    expect(gap(ctanh(complex(100, 0)), { re: 1, im: 0 })).toBeLessThanOrEqual(1e-14);
    expect(gap(catan(complex(2, 0)), { re: Math.atan(2), im: 0 })).toBeLessThanOrEqual(1e-14);
    // atan(i/2) = i·atanh(1/2)
    expect(gap(catan(complex(0, 0.5)), { re: 0, im: Math.atanh(0.5) })).toBeLessThanOrEqual(1e-14);
    expect(gap(cpow(complex(0, 1), 2), { re: -1, im: 0 })).toBeLessThanOrEqual(1e-14);
    expect(gap(cpow(complex(1, 1), complex(0.5, 0.5)), cexp(cmul(complex(0.5, 0.5), clog(complex(1, 1)))))).toBeLessThanOrEqual(1e-14);
    expect(gap(csigmoid(complex(0, 0)), { re: 0.5, im: 0 })).toBeLessThanOrEqual(1e-14);
    expect(gap(csoftplus(complex(1000, 0)), { re: 1000, im: 0 })).toBeLessThanOrEqual(1e-14);
  });

  it('keeps the exact tiny imaginary part a complex step needs', () => {
    const wrong: string[] = [];
    for (const [name, g, real, derivative, points] of DERIVATIVES) {
      for (const t of points) {
        const result = g(complex(t, H));
        const slope = result.im / H;
        if (gap({ re: result.re, im: 0 }, { re: real(t), im: 0 }) > 1e-14) wrong.push(`${name} at ${t}: value ${result.re}`);
        if (gap({ re: slope, im: 0 }, { re: derivative(t), im: 0 }) > 2e-15) wrong.push(`${name}' at ${t}: ${slope}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('continues abs, relu, max and min by the sign of the real part', () => {
    expect(cabs(complex(-2, 1e-30))).toEqual({ re: 2, im: -1e-30 });
    expect(cabs(complex(2, 1e-30))).toEqual({ re: 2, im: 1e-30 });
    expect(crelu(complex(-2, 1e-30))).toEqual({ re: 0, im: 0 });
    expect(cmax(complex(1, 5), 2)).toEqual({ re: 2, im: 0 });
    expect(cmax(complex(2, 5), 2)).toEqual({ re: 2, im: 5 });
    expect(cmin(complex(1, 5), 2)).toEqual({ re: 1, im: 5 });
  });

  it('recognises complex numbers', () => {
    expect(isComplex(complex(1))).toBe(true);
    expect(isComplex(1)).toBe(false);
    expect(isComplex({ re: 1 })).toBe(false);
    expect(isComplex(null)).toBe(false);
    const mixed: ComplexLike[] = [1, complex(0, 1)];
    expect(mixed.map(isComplex)).toEqual([false, true]);
  });
});
