import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { hessianWriteup, newtonStep } from '../src/index.js';

/** Every inline and display formula of a Markdown page. */
function formulas(markdown: string): string[] {
  const display = [...markdown.matchAll(/\$\$\n([\s\S]*?)\n\$\$/g)].map((m) => m[1]!);
  const inline = [...markdown.replace(/\$\$\n[\s\S]*?\n\$\$/g, '').matchAll(/\$([^$\n]+)\$/g)].map((m) => m[1]!);
  return [...display, ...inline];
}

describe('hessianWriteup', () => {
  it('derives every second partial with δ-style names and renders in KaTeX', () => {
    const md = hessianWriteup('z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', { at: { x: 2, w: 0.5, b: 1, y: 1 }, wrt: ['w', 'b'] });
    expect(md).toContain('### $\\frac{\\partial^2 L}{\\partial w\\,\\partial b}$');
    expect(md).toContain('\\frac{\\partial \\delta_{w}}{\\partial b}');
    for (const tex of formulas(md)) expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
  });

  it('takes Newton’s step to the minimum of a convex quadratic', () => {
    // f = (x − 1)² + 2(y + 3)² from (4, 2): H = diag(2, 4), ∇f = (6, 20), d = (−3, −5), x + d = (1, −3)
    const md = hessianWriteup('(x - 1)^2 + 2*(y + 3)^2', { at: { x: 4, y: 2 } });
    expect(md).toContain('d = \\begin{bmatrix} -3 \\\\ -5 \\end{bmatrix}');
    expect(md).toContain('x + d = \\begin{bmatrix} 1 \\\\ -3 \\end{bmatrix}');
    expect(md).toContain('positive definite here');
  });

  it('says when the Hessian is indefinite or singular', () => {
    // x²y at (3, 2): H = [[4, 6], [6, 0]], determinant −36: indefinite
    expect(hessianWriteup('x^2 * y', { at: { x: 3, y: 2 } })).toContain('not positive definite');
    expect(hessianWriteup('x + y', { at: { x: 1, y: 2 } })).toContain('singular');
  });
});

describe('newtonStep', () => {
  it('lands on the minimum of a convex quadratic in one step', () => {
    // f = (x − 1)² + 2(y + 3)²: H = diag(2, 4) is positive definite, the minimum is (1, −3)
    const step = newtonStep('(x - 1)^2 + 2*(y + 3)^2', { x: 4, y: 2 });
    expect(step).toMatchObject({ positiveDefinite: true, step: { x: -3, y: -5 }, next: { x: 1, y: -3 } });
  });

  it('solves a system that needs pivoting, and keeps inputs it does not step', () => {
    // f = x·y + y² − 2y + z: ∇f = (y, x + 2y − 2), H = [[0, 1], [1, 2]] (in x, y); from (0, 0): d = (2, 0)
    const step = newtonStep('x*y + y^2 - 2*y + z', { x: 0, y: 0, z: 5 }, { wrt: ['x', 'y'] });
    expect(step.positiveDefinite).toBe(false);
    expect(step.next).toEqual({ x: 2, y: 0, z: 5 });
  });

  it('has no step where the Hessian is singular', () => {
    const step = newtonStep('x + y', { x: 1, y: 2 });
    expect(step.step).toBeUndefined();
    expect(step.next).toBeUndefined();
  });
});
