import { describe, expect, it } from 'vitest';
import { cadd, catan, cdiv, cexp, clog, cmul, csin, csqrt, ctanh } from './complex.js';
import type { Complex } from './complex.js';
import { machineEpsilon } from './dtype.js';
import {
  centralDifference,
  complexStepDifference,
  forwardDifference,
  richardsonDifference,
  stepSize,
} from './finite-difference.js';

interface Smooth {
  readonly name: string;
  readonly g: (t: number) => number;
  readonly gc: (z: Complex) => Complex;
  readonly derivative: (t: number) => number;
  readonly t: number;
}

// Smooth functions with derivatives written by hand, as the independent reference.
const SMOOTH: readonly Smooth[] = [
  { name: 'exp at 0.7', g: Math.exp, gc: cexp, derivative: Math.exp, t: 0.7 },
  { name: 'exp at 25', g: Math.exp, gc: cexp, derivative: Math.exp, t: 25 },
  {
    name: 't·sin t at 1',
    g: (t) => t * Math.sin(t),
    gc: (z) => cmul(z, csin(z)),
    derivative: (t) => Math.sin(t) + t * Math.cos(t),
    t: 1,
  },
  {
    name: 'log(1 + t²) at 3',
    g: (t) => Math.log(1 + t * t),
    gc: (z) => clog(cadd(1, cmul(z, z))),
    derivative: (t) => (2 * t) / (1 + t * t),
    t: 3,
  },
  {
    name: '√t / (1 + t) at 2.5',
    g: (t) => Math.sqrt(t) / (1 + t),
    gc: (z) => cdiv(csqrt(z), cadd(1, z)),
    derivative: (t) => (1 - t) / (2 * Math.sqrt(t) * (1 + t) ** 2),
    t: 2.5,
  },
  { name: 'tanh at 0.3', g: Math.tanh, gc: ctanh, derivative: (t) => 1 - Math.tanh(t) ** 2, t: 0.3 },
  { name: 'atan at 2', g: Math.atan, gc: catan, derivative: (t) => 1 / (1 + t * t), t: 2 },
  {
    name: 'sigmoid at −1.2',
    g: (t) => 1 / (1 + Math.exp(-t)),
    gc: (z) => cdiv(1, cadd(1, cexp(cmul(-1, z)))),
    derivative: (t) => Math.exp(-t) / (1 + Math.exp(-t)) ** 2,
    t: -1.2,
  },
];

function relativeError(value: number, exact: number): number {
  return Math.abs(value - exact) / Math.abs(exact);
}

describe('stepSize', () => {
  it('takes ε^(1/2) for forward and ε^(1/3) for central differences, scaled by max(1, |t|)', () => {
    // Rounding t + h to the dtype moves h by at most one ulp of t: 1e-12 relative in float64,
    // 2e-4 in float32.
    for (const [dtype, digits] of [['float64', 10], ['float32', 3]] as const) {
      const eps = machineEpsilon(dtype);
      expect(stepSize('forward', 0.5, dtype) / Math.sqrt(eps)).toBeCloseTo(1, digits);
      expect(stepSize('central', 0.5, dtype) / Math.cbrt(eps)).toBeCloseTo(1, digits);
      expect(stepSize('central', -1000, dtype) / (1000 * Math.cbrt(eps))).toBeCloseTo(1, dtype === 'float32' ? 1 : digits);
    }
    expect(stepSize('central', 1, 'float32')).toBeGreaterThan(1e-3);
    expect(stepSize('forward', 1)).toBeLessThan(1e-7);
  });

  it('makes t ± h exactly representable, so the quotient divides by the step taken', () => {
    for (const t of [0.1, 1 / 3, -7.3, 1e5 + 0.3, -(2 - 3 * 2 ** -52)]) {
      for (const scheme of ['forward', 'central', 'richardson'] as const) {
        const h = stepSize(scheme, t);
        expect(t + h - t).toBe(h);
        expect(t - (t - h)).toBe(h);
        const h32 = stepSize(scheme, Math.fround(t), 'float32');
        const t32 = Math.fround(t);
        expect(Math.fround(t32 + h32)).toBe(t32 + h32);
        expect(Math.fround(t32 - h32)).toBe(t32 - h32);
      }
    }
  });

  it('uses a tiny step for complex step, where nothing cancels', () => {
    expect(stepSize('complex-step', 2)).toBe(2 * machineEpsilon('float64') ** 2);
  });
});

describe('difference schemes on smooth functions', () => {
  it('reach the accuracy their error orders predict in float64', () => {
    const errors = SMOOTH.map(({ name, g, gc, derivative, t }) => ({
      name,
      forward: relativeError(forwardDifference(g, t).value, derivative(t)),
      central: relativeError(centralDifference(g, t).value, derivative(t)),
      richardson: relativeError(richardsonDifference(g, t).value, derivative(t)),
      complexStep: relativeError(complexStepDifference(gc, t).value, derivative(t)),
    }));
    const beyond = errors.filter((e) => !(e.forward < 5e-7 && e.central < 1e-8 && e.richardson < 1e-10 && e.complexStep < 1e-14));
    expect(beyond).toEqual([]);
  });

  it('beat the fixed steps of 1e-5 (central) and 1e-6 (forward) on a float32 function', () => {
    const g32 = (t: number): number => Math.fround(Math.fround(Math.sin(t)) * Math.fround(t));
    const exact = Math.sin(1) + Math.cos(1);
    const ours = relativeError(forwardDifference(g32, 1, { dtype: 'float32' }).value, exact);
    const fixed = relativeError(forwardDifference(g32, 1, { step: 1e-6 }).value, exact);
    expect(ours).toBeLessThan(1e-3);
    expect(fixed).toBeGreaterThan(5e-3);
    expect(fixed).toBeGreaterThan(10 * ours);
    const central = relativeError(centralDifference(g32, 1, { dtype: 'float32' }).value, exact);
    const centralFixed = relativeError(centralDifference(g32, 1, { step: 1e-5 }).value, exact);
    expect(central).toBeLessThan(1e-4);
    expect(centralFixed).toBeGreaterThan(10 * central);
  });

  it('estimates its own error within an order of magnitude or better', () => {
    for (const { g, derivative, t } of SMOOTH) {
      const estimate = richardsonDifference(g, t);
      expect(Math.abs(estimate.value - derivative(t))).toBeLessThanOrEqual(10 * estimate.error);
      expect(estimate.evaluations).toBe(8);
    }
  });

  it('counts evaluations: forward 2, central 2, complex step 1, Richardson 2 per level', () => {
    let calls = 0;
    const g = (t: number): number => {
      calls++;
      return t * t;
    };
    expect(forwardDifference(g, 1).evaluations).toBe(2);
    expect(centralDifference(g, 1).evaluations).toBe(2);
    expect(richardsonDifference(g, 1, { levels: 3 }).evaluations).toBe(6);
    expect(calls).toBe(10);
    expect(complexStepDifference((z) => cmul(z, z), 1).evaluations).toBe(1);
  });

  it('is exact for a quadratic with central differences and Richardson', () => {
    const g = (t: number): number => 3 * t * t - 2 * t + 1;
    expect(centralDifference(g, 2).value).toBeCloseTo(10, 8);
    expect(richardsonDifference(g, 2).value).toBeCloseTo(10, 10);
  });
});

describe('difference errors', () => {
  it('rejects a non-finite point at t', () => {
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => centralDifference(Math.sin, t)).toThrow(expect.objectContaining({ code: 'non-finite', position: { parameter: 't' } }));
    }
  });

  it('rejects a g that is not a function or does not return a number', () => {
    expect(() => forwardDifference(42 as unknown as (t: number) => number, 0)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'g' } }),
    );
    expect(() => centralDifference(() => 'x' as unknown as number, 0)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'g' } }),
    );
    expect(() => complexStepDifference(() => 'x' as unknown as Complex, 0)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'g' } }),
    );
  });

  it('rejects bad options at the option', () => {
    expect(() => centralDifference(Math.sin, 0, { step: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid-option', position: { parameter: 'options.step' } }),
    );
    expect(() => centralDifference(Math.sin, 0, { dtype: 'float16' as 'float32' })).toThrow(
      expect.objectContaining({ code: 'invalid-option', position: { parameter: 'options.dtype' } }),
    );
    expect(() => richardsonDifference(Math.sin, 0, { levels: 1 })).toThrow(
      expect.objectContaining({ code: 'invalid-option', position: { parameter: 'options.levels' } }),
    );
    expect(() => stepSize('backward' as 'forward', 0)).toThrow(
      expect.objectContaining({ code: 'invalid-option', position: { parameter: 'options.scheme' } }),
    );
  });
});
