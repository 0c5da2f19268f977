import { describe, expect, it } from 'vitest';
import { centralDifference } from '../.vitepress/bp/central-difference.js';
import { parsePoint } from '../.vitepress/bp/point.js';
import { referenceProgram } from '../.vitepress/bp/reference-program.js';
import { checkWorkedExample, WorkedExampleError } from '../.vitepress/bp/worked-example.js';

const NEURON = 'program: z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2\nat: x=2, w=0.5, b=1, y=1';

describe('parsePoint', () => {
  it('reads name=number pairs', () => {
    expect(parsePoint('x=2, w=0.5 ,b=-1e-3')).toEqual({ x: 2, w: 0.5, b: -0.001 });
  });

  it('rejects a pair without a number', () => {
    expect(() => parsePoint('x=1,  y=two')).toThrow(expect.objectContaining({ position: { start: 6, end: 11 } }));
  });
});

describe('centralDifference', () => {
  it('matches hand-derived derivatives of inputs and intermediates', () => {
    // c = (x*y + z)^2: dc/dx = 2(xy + z)·y = 2·5·2 = 20 at (1, 2, 3); dc/da = 2b = 10.
    const program = referenceProgram('a = x*y; b = a + z; c = b^2');
    expect(centralDifference(program, { x: 1, y: 2, z: 3 }, 'x')).toBeCloseTo(20, 7);
    expect(centralDifference(program, { x: 1, y: 2, z: 3 }, 'a')).toBeCloseTo(10, 7);
    expect(centralDifference(program, { x: 1, y: 2, z: 3 }, 'x', 'a')).toBeCloseTo(2, 7);
  });
});

describe('checkWorkedExample', () => {
  it('accepts the single neuron of the reference notes with its numbers rounded as printed', () => {
    const example = checkWorkedExample(`${NEURON}\nclaim: z = 2\nclaim: a = 0.8808\nclaim: dL/dw = -0.0250\nclaim: dL/db = −0.0125`);
    // By hand: a = σ(2) = 0.880797, dL/dw = (a − y)·a(1 − a)·x = −0.0250311.
    expect(example.claims.map((claim) => claim.actual)).toEqual([
      2,
      expect.closeTo(0.880797, 6),
      expect.closeTo(-0.0250311, 6),
      expect.closeTo(-0.0125155, 6),
    ]);
  });

  it('rejects a number that is not the value rounded to the digits printed', () => {
    expect(() => checkWorkedExample(`${NEURON}\nclaim: dL/dw = -0.0251`)).toThrow(WorkedExampleError);
    expect(() => checkWorkedExample(`${NEURON}\nclaim: a = 0.881`)).not.toThrow();
    expect(() => checkWorkedExample(`${NEURON}\nclaim: a = 0.880`)).toThrow(WorkedExampleError);
  });

  it('accepts a correct formula and rejects one that only agrees at the example point', () => {
    expect(() => checkWorkedExample(`${NEURON}\nclaim: dL/dw = (a - y)*a*(1 - a)*x`)).not.toThrow();
    // (a − y)·a(1 − a)·2 equals the true derivative at x = 2 only.
    expect(() => checkWorkedExample(`${NEURON}\nclaim: dL/dw = (a - y)*a*(1 - a)*2`)).toThrow(/is wrong at/);
  });

  it('checks local derivatives between intermediates', () => {
    expect(() => checkWorkedExample(`${NEURON}\nclaim: da/dz = a*(1 - a)\nclaim: dL/da = a - y`)).not.toThrow();
    expect(() => checkWorkedExample(`${NEURON}\nclaim: dL/da = y - a`)).toThrow(WorkedExampleError);
  });

  it('refuses a point that leaves an input out and a derivative against the flow', () => {
    expect(() => checkWorkedExample('program: f = x*y\nat: x=1')).toThrow(/does not give y/);
    expect(() => checkWorkedExample(`${NEURON}\nclaim: dz/da = 1`)).toThrow(/assigned after/);
  });
});
