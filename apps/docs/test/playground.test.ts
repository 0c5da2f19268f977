import { describe, expect, it } from 'vitest';
import { playground } from '../.vitepress/bp/playground.js';

describe('playground', () => {
  it('computes x^2*y with its gradient and a passing finite-difference check', () => {
    const outcome = playground('x^2*y', 'x=3, y=2', undefined);
    // By hand: 3²·2 = 18, ∂/∂x = 2xy = 12, ∂/∂y = x² = 9.
    expect(outcome).toMatchObject({
      result: { value: '18', wrt: 'x', gradient: [{ name: 'x', value: '12' }, { name: 'y', value: '9' }], check: { ok: true } },
    });
    // The rules alone: the product rule's result is written in a teacher's order (2 * x * y), with no
    // step that only reorders it.
    expect('result' in outcome && outcome.result.steps.map((step) => step.rule)).toEqual(['power', 'product']);
  });

  it('computes a program and shows its graph', () => {
    const outcome = playground('a = x*y; b = a + x; c = a*b', 'x=2, y=3', 'y');
    // c = x²y² + x²y: ∂c/∂y = 2x²y + x² = 28.
    expect(outcome).toMatchObject({ result: { value: '48', wrt: 'y', gradient: [{ name: 'x', value: '48' }, { name: 'y', value: '28' }] } });
    expect('result' in outcome && outcome.result.mermaid).toMatch(/^flowchart/);
  });

  it('points at the culprit of a syntax error', () => {
    expect(playground('x +* 2', 'x=1', undefined)).toEqual({
      error: expect.objectContaining({ field: 'source', code: 'syntax', position: { start: 3, end: 4 } }),
    });
  });

  it('asks for inputs the point leaves out and rejects a malformed point', () => {
    expect(playground('x*y', 'x=1', undefined)).toEqual({ error: expect.objectContaining({ field: 'point', code: 'missing-input' }) });
    expect(playground('x*y', 'x=1, y=', undefined)).toEqual({ error: expect.objectContaining({ field: 'point', code: 'point', position: { start: 5, end: 7 } }) });
  });

  it('reports a point outside the domain as an error, not a NaN', () => {
    expect(playground('log(x)', 'x=-1', undefined)).toEqual({ error: expect.objectContaining({ code: 'domain' }) });
  });
});

describe('playground with a JSON point', () => {
  it('derives a matrix program in matrix form, each gradient in its input\'s shape, checked', () => {
    const outcome = playground("x'*A*x", '{"x": [1, 2], "A": [[1, 2], [3, 4]]}', 'x');
    if (!('result' in outcome)) throw new Error(JSON.stringify(outcome));
    // By hand: x'Ax = 1 + 2·2 + 3·2 + 4·4 = 27; (A + A')x = [[2, 5], [5, 8]]·[1, 2] = [12, 21].
    expect(outcome.result.value).toBe('27');
    expect(outcome.result.gradient.find((g) => g.name === 'x')!.value).toBe('[12, 21]');
    expect(outcome.result.gradient.find((g) => g.name === 'A')!.value).toBe('[[1, 2], [2, 4]]');
    expect(outcome.result.check.ok).toBe(true);
    expect(outcome.result.steps.map((s) => s.rule)).toContain('matrix-product (2×1)');
  });

  it('reports a shape mismatch at its operator and a ragged matrix in the point', () => {
    expect(playground('sum(W*x)', '{"W": [[1, 2]], "x": [1, 2, 3]}', undefined)).toEqual({
      error: expect.objectContaining({ field: 'source', code: 'shape', position: { start: 5, end: 6 } }),
    });
    expect(playground('sum(W)', '{"W": [[1, 2], [3]]}', undefined)).toEqual({ error: expect.objectContaining({ field: 'point' }) });
  });
});
