import { describe, expect, it } from 'vitest';
import { checkHessianExample } from '../.vitepress/bp/hessian-example.js';
import { WorkedExampleError } from '../.vitepress/bp/worked-example.js';

describe('checkHessianExample', () => {
  it('proves the hand-derived Hessian of x²y and its stated entries', () => {
    // f = x²y at (3, 2): f_xx = 2y = 4, f_xy = 2x = 6, f_yy = 0
    const example = checkHessianExample('program: f = x^2 * y\nat: x=3, y=2\nclaim: d2f/dx dy = 6\nclaim: d2f/dx^2 = 2*y');
    expect(example.hessian).toEqual([[4, 6], [6, 0]]);
    expect(example.claims.map((c) => c.actual)).toEqual([6, 4]);
  });

  it('stops the build on a wrong number or a wrong formula', () => {
    expect(() => checkHessianExample('program: f = x^2 * y\nat: x=3, y=2\nclaim: d2f/dx dy = 5')).toThrow(WorkedExampleError);
    // ∂²f/∂x∂y = 2x, not x
    expect(() => checkHessianExample('program: f = x^2 * y\nat: x=3, y=2\nclaim: d2f/dx dy = x')).toThrow(WorkedExampleError);
    // 2*x + (x - 3) agrees at x = 3 and nowhere else: a formula is checked at more points.
    expect(() => checkHessianExample('program: f = x^2 * y\nat: x=3, y=2\nclaim: d2f/dx dy = 2*x + (x - 3)')).toThrow(/is wrong at/);
  });

  it('takes Newton steps that land on the minimum of a quadratic in one step', () => {
    // f = (x − 1)² + 2(y + 3)²: the minimum is (1, −3)
    const example = checkHessianExample('program: f = (x - 1)^2 + 2*(y + 3)^2\nat: x=4, y=2\nnewton: 2');
    expect(example.newton[1]!.point).toEqual([1, -3]);
    expect(example.newton[1]!.gradientNorm).toBe(0);
  });

  it('gives diag(p) − ppᵀ for softmax cross-entropy', () => {
    const example = checkHessianExample('program: e1 = exp(z1); e2 = exp(z2); s = e1 + e2; p1 = e1/s; p2 = e2/s; L = -log(p2)\nat: z1=0.5, z2=-0.5\nclaim: d2L/dz1 dz2 = -p1*p2\nclaim: d2L/dz1^2 = p1*(1 - p1)');
    const p1 = 1 / (1 + Math.exp(-1));
    expect(example.hessian[0]![0]).toBeCloseTo(p1 * (1 - p1), 12);
    expect(example.hessian[0]![1]).toBeCloseTo(-p1 * (1 - p1), 12);
  });
});
