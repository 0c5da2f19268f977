import { describe, expect, it } from 'vitest';
import { crossValidateHessian } from '../src/index.js';

describe('crossValidateHessian', () => {
  it.each([
    'x^2 * y + sin(x * y)',
    'h = sigmoid(w*x + b); L = (h - t)^2',
    'z1 = tanh(w1*x + b1); z2 = softplus(w2*z1); L = log(1 + exp(-y*z2))',
    'm = max(a, b); L = -(a - m) + log(exp(a - m) + exp(b - m))',
  ])('agrees three ways on %s', (source) => {
    const result = crossValidateHessian(source, 4, { seed: 7 });
    expect(result.ok).toBe(true);
    expect(result.order).toBe(2);
    expect(result.points).toHaveLength(4);
    expect(result.maxRelError).toBeLessThan(1e-6);
  });

  it('checks hand-derived second partials and names the wrong entry and point', () => {
    // f = x²y: ∂²f/∂x∂y = 2x, which x + 1 matches at x = 1 only
    const result = crossValidateHessian('x^2*y', [{ x: 1, y: 2 }, { x: 3, y: -1 }], { claims: { 'x,y': 'x + 1', 'x,x': '2*y' } });
    expect(result.ok).toBe(false);
    expect(result.claims![0]).toMatchObject({ wrt: ['x', 'y'], ok: false, worst: { wrt: ['x', 'y'], actual: 4, point: 1 } });
    expect(result.claims![0]!.worst!.expected).toBeCloseTo(6, 8);
    expect(result.claims![1]).toMatchObject({ wrt: ['x', 'x'], ok: true });
    expect(crossValidateHessian('x^2*y', [{ x: 1, y: 2 }], { claims: { 'x,y': '2*x' } }).ok).toBe(true);
  });

  it('reads a claim in the program’s intermediate names', () => {
    // c = (xy + z)²: c_xy = 2b + 2xy with b = xy + z
    const result = crossValidateHessian('a = x*y; b = a + z; c = b^2', 2, { claims: { 'x,y': '2*b + 2*a' } });
    expect(result.claims![0]!.ok).toBe(true);
  });

  it('rejects a claim not keyed by two checked inputs', () => {
    expect(() => crossValidateHessian('x*y', 1, { claims: { x: '1' } })).toThrow(expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'claims' } }));
    expect(() => crossValidateHessian('x*y', 1, { claims: { 'x,q': '1' } })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('draws points where the Hessian exists', () => {
    const result = crossValidateHessian('sqrt(x) * y', 5, { range: [-1, 1] });
    for (const point of result.points) expect(point.at.x).toBeGreaterThan(0);
    expect(result.ok).toBe(true);
  });
});
