import { describe, expect, it } from 'vitest';
import { sigmoid, softplus } from '@bp/symbolic/engine';
import * as complex from './complex.js';
import type { Complex } from './complex.js';
import { complexField, fieldFunction, realField } from './field.js';
import type { Field, FieldProgram } from './field.js';

const PROGRAM: FieldProgram = (x, F) =>
  F.add(F.mul(F.sin(x[0]!), x[1]!), F.div(F.exp(F.mul(0.5, x[2]!)), F.add(1, F.mul(x[0]!, x[0]!))));

function every<T>(F: Field<T>, a: T, b: T): T[] {
  return [
    F.add(a, b), F.sub(a, b), F.mul(a, b), F.div(a, b), F.neg(a), F.pow(a, b), F.exp(a), F.log(a), F.sqrt(a),
    F.sin(a), F.cos(a), F.tan(a), F.sinh(a), F.cosh(a), F.tanh(a), F.atan(a), F.sigmoid(a), F.softplus(a),
    F.relu(a), F.abs(a), F.max(a, b), F.min(a, b),
  ];
}

describe('realField', () => {
  it('rounds every operation to float32 in the float32 field', () => {
    const F = realField('float32');
    expect(F.add(0.1, 0.2)).toBe(Math.fround(0.1 + 0.2));
    for (const value of every(F, F.constant(0.7), F.constant(1.3))) expect(Math.fround(value)).toBe(value);
  });

  it('computes in plain float64 by default', () => {
    const F = realField();
    expect(F.add(0.1, 0.2)).toBe(0.1 + 0.2);
    expect(F.sigmoid(-800)).toBe(0);
    expect(F.softplus(800)).toBe(800);
    expect(F.relu(-1)).toBe(0);
  });
});

describe('complexField', () => {
  it('agrees with the real field on real inputs', () => {
    const R = realField();
    const C = complexField();
    const real = every(R, 0.7, 1.3);
    const complexValues = every(C, C.constant(0.7), C.constant(1.3));
    complexValues.forEach((value, i) => {
      expect(value.re).toBeCloseTo(real[i]!, 14);
      expect(Math.abs(value.im)).toBe(0);
    });
  });

  it('rounds both parts to float32 in the float32 field', () => {
    const C = complexField('float32');
    const value = C.mul(C.constant(0.1), { re: 0.3, im: 1e-20 });
    expect(value.re).toBe(Math.fround(value.re));
    expect(value.im).toBe(Math.fround(value.im));
  });
});

describe('fieldFunction', () => {
  it('runs one program on numbers and on complex numbers, so complex step gives its derivative', () => {
    const f = fieldFunction(PROGRAM);
    const x = [0.4, -1.1, 0.8];
    const value = f(Float64Array.from(x));
    expect(value).toBeCloseTo(Math.sin(0.4) * -1.1 + Math.exp(0.4) / 1.16, 15);
    const h = 1e-30;
    const slope = f.complex([{ re: 0.4, im: 0 }, { re: -1.1, im: 0 }, { re: 0.8, im: h }]).im / h;
    expect(slope).toBeCloseTo((0.5 * Math.exp(0.4)) / 1.16, 15);
    expect(f.dtype).toBe('float64');
  });

  it('evaluates in float32 when asked', () => {
    const f = fieldFunction(PROGRAM, { dtype: 'float32' });
    const value = f(Float64Array.of(0.4, -1.1, 0.8));
    expect(Math.fround(value)).toBe(value);
    expect(value).not.toBe(fieldFunction(PROGRAM)(Float64Array.of(0.4, -1.1, 0.8)));
    expect(f.dtype).toBe('float32');
  });
});

describe('the methods that are bp functions (from their specs)', () => {
  const reals = [-2.5, -1e-3, -0, 0, 1e-3, 0.7, 40, -40, Number.NaN];
  const pairs: [number, number][] = [[1, 2], [2, 1], [3, 3], [-0, 0], [0, -0], [Number.NaN, 1], [1, Number.NaN]];

  it('give on real numbers what the scalar functions give, rounded once in float32', () => {
    for (const dtype of ['float64', 'float32'] as const) {
      const F = realField(dtype);
      const r = dtype === 'float32' ? Math.fround : (v: number): number => v;
      for (const x of reals) {
        expect(F.sigmoid(x)).toBe(r(sigmoid(x)));
        expect(F.softplus(x)).toBe(r(softplus(x)));
        expect(F.abs(x)).toBe(r(Math.abs(x)));
        expect(F.relu(x)).toBe(x > 0 ? r(x) : 0); // NaN → 0
      }
      for (const [a, b] of pairs) {
        expect(F.max(a, b)).toBe(r(a >= b ? a : b)); // the first on a tie, −0 kept
        expect(F.min(a, b)).toBe(r(a <= b ? a : b));
      }
    }
  });

  it('give on complex numbers what the complex namespace gives, rounded once in float32', () => {
    const points = [complex.complex(-2.5, 1e-20), complex.complex(0.7, -3), complex.complex(-40, 2), complex.complex(40, 0.5), complex.complex(0, 1)];
    for (const dtype of ['float64', 'float32'] as const) {
      const F = complexField(dtype);
      const r = (z: Complex): Complex => (dtype === 'float32' ? { re: Math.fround(z.re), im: Math.fround(z.im) } : z);
      for (const z of points) {
        expect(F.sigmoid(z)).toEqual(r(complex.csigmoid(z)));
        expect(F.softplus(z)).toEqual(r(complex.csoftplus(z)));
        expect(F.relu(z)).toEqual(r(complex.crelu(z)));
        expect(F.abs(z)).toEqual(r(complex.cabs(z)));
        for (const w of [...points, 0.7]) {
          expect(F.max(z, w)).toEqual(r(complex.cmax(z, w)));
          expect(F.min(w, z)).toEqual(r(complex.cmin(w, z)));
        }
      }
      expect(F.relu(2)).toEqual({ re: 2, im: 0 });
    }
  });
});
