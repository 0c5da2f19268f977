import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { backprop, formatNumber, toDot, toMermaid, writeup } from '../src/index.js';

describe('backprop', () => {
  const source = 'a = x*y; b = a + z; c = b^2';
  const at = { x: 1, y: 2, z: 3 };

  it('records every adjoint in the user’s names and agrees with the gradient', () => {
    const bp = backprop(source, { at });
    const byLabel = Object.fromEntries(bp.nodes.map((n) => [n.label, n]));
    expect(bp.level).toBe('named');
    expect(byLabel.c).toMatchObject({ kind: 'output', adjoint: '1', value: 25 });
    expect(byLabel.b).toMatchObject({ adjoint: '2 * b', adjointValue: 10, value: 5 });
    expect(byLabel.a).toMatchObject({ adjoint: '2 * b', adjointValue: 10 });
    expect(byLabel.x).toMatchObject({ adjoint: '2 * b * y', adjointValue: 20 });
    // By hand at x = 1, y = 2, z = 3: b = 5, so ∂c/∂x = 2b·y = 20, ∂c/∂y = 2b·x = 10, ∂c/∂z = 2b = 10.
    expect([byLabel.x!.adjointValue, byLabel.y!.adjointValue, byLabel.z!.adjointValue]).toEqual([20, 10, 10]);
  });

  it('lists each contribution as upstream × local, from the output down', () => {
    const bp = backprop(source, { at });
    const label = (id: number): string => bp.nodes.find((n) => n.id === id)!.label;
    expect(bp.contributions.map((c) => `${label(c.from)}→${label(c.to)}: ${c.upstream} × ${c.local}`)).toEqual([
      'c→b: 1 × 2 * b', 'b→z: 2 * b × 1', 'b→a: 2 * b × 1', 'a→y: 2 * b × x', 'a→x: 2 * b × y',
    ]);
    // upstream × local = value, by hand with b = 5, x = 1, y = 2.
    expect(bp.contributions.map((c) => [c.upstreamValue, c.localValue, c.value])).toEqual([
      [1, 10, 10], [10, 1, 10], [10, 1, 10], [10, 1, 10], [10, 2, 20],
    ]);
  });

  it('sums the contributions of a node read by several consumers', () => {
    const bp = backprop('a = x*x; b = a + x; c = a*b', { at: { x: 3 } });
    const x = bp.nodes.find((n) => n.label === 'x')!;
    // c = x²(x² + x) = x⁴ + x³: dc/dx = 4x³ + 3x² = 135 at x = 3
    expect(x.adjointValue).toBe(135);
    const intoX = bp.contributions.filter((c) => c.to === x.id);
    expect(intoX.length).toBe(2);
    expect(intoX.reduce((s, c) => s + c.value!, 0)).toBe(135);
  });

  it('shows every operation, named automatically, for an expression without names', () => {
    const bp = backprop('(x*y + z)^2', { at });
    expect(bp.level).toBe('all');
    expect(bp.nodes.map((n) => n.label)).toEqual(['x', 'y', 'v1', 'z', 'v2', 'f']);
    expect(bp.nodes.find((n) => n.label === 'v2')!.expression).toBe('v1 + z');
  });

  it('handles a constant program: the output alone, gradient over no inputs', () => {
    const bp = backprop('2 + 3', { at: {} });
    expect(bp.nodes.map((n) => [n.label, n.value])).toEqual([['f', 5]]);
    expect(writeup('2 + 3', { at: {} })).toContain('| $f$ | $5$ | 5 |');
  });

  it('avoids automatic names that are already inputs', () => {
    const bp = backprop('sin(v1 * y)');
    expect(bp.nodes.map((n) => n.label)).toEqual(['v1', 'y', 'v2', 'f']);
  });
});

describe('renderers', () => {
  const bp = backprop('a = x*y; b = a + z; c = b^2', { at: { x: 1, y: 2, z: 3 } });

  it('draws a Mermaid flowchart with values, gradients and local derivatives', () => {
    const mermaid = toMermaid(bp);
    expect(mermaid.startsWith('flowchart LR\n')).toBe(true);
    // By hand: b = 5, δ_b = ∂c/∂b = 2b = 10, δ_a = δ_b · ∂b/∂a = δ_b · 1 = 10, ∂c/∂x = δ_a · y = 20.
    expect(mermaid).toContain('a = x * y<br/>value 2<br/>δ_a = ∂c/∂a = δ_b = 10');
    expect(mermaid).toContain('x<br/>value 1<br/>∂c/∂x = δ_a * y = 20');
    expect(mermaid).toMatch(/n\d+ -->\|"∂c\/∂b = 2 \* b = 10"\| n\d+/);
    // Five edges: c→b, b→z, b→a, a→y, a→x.
    expect(mermaid.split('\n').filter((l) => l.includes('-->')).length).toBe(5);
  });

  it('writes DOT with one edge per contribution', () => {
    const dot = toDot(bp);
    expect(dot).toMatch(/^digraph bp \{/);
    expect(dot.match(/->/g)?.length).toBe(5);
    expect(toDot(backprop('x'))).toContain('label="x\\n∂x/∂x = 1"');
  });

  it('formats numbers for people', () => {
    expect(formatNumber(0.8807970779778823)).toBe('0.880797');
    expect(formatNumber(25)).toBe('25');
    expect(formatNumber(-0.025031084347353506)).toBe('-0.0250311');
    expect(formatNumber(1.5e-9)).toBe('1.5e-9');
  });

  it('writes a Markdown derivation whose math renders with KaTeX and whose numbers are the gradient’s', () => {
    const at = { x: 2, w: 0.5, b: 1, y: 1 };
    const md = writeup('z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', { at });
    // By hand: z = 2, a = σ(2), ∂L/∂w = (a − y)·a(1 − a)·x = −0.0250311 to six digits.
    const a = 1 / (1 + Math.exp(-2));
    expect(((a - 1) * a * (1 - a) * 2).toPrecision(6)).toBe('-0.0250311');
    expect(md).toContain('```mermaid');
    expect(md).toContain('| -0.0250311 |');
    for (const heading of ['## The function', '## The computation graph', '## Forward pass', '## Backward pass', '## The gradient']) {
      expect(md).toContain(heading);
    }
    const inline = [...md.matchAll(/\$([^$\n]+)\$/g)].map((m) => m[1]!);
    const display = [...md.matchAll(/\$\$\n?([\s\S]+?)\n?\$\$/g)].map((m) => m[1]!);
    expect(inline.length).toBeGreaterThan(20);
    for (const latex of [...inline, ...display]) {
      expect(() => katex.renderToString(latex, { throwOnError: true, displayMode: true })).not.toThrow();
    }
  });
});

describe('backprop of a variable power', () => {
  it('writes the local derivative of x^x as derive does, x^x·(log x + 1), equal to it at a point', () => {
    const bp = backprop('y = x^x * z', { level: 'all', at: { x: 1.5, z: 2 } });
    const edge = bp.contributions.find((c) => bp.nodes.find((n) => n.id === c.to)?.label === 'x')!;
    expect(edge.local).toBe('v1 * (log(x) + 1)');
    // d(x^x)/dx = x^x·(ln x + 1), by hand, at x = 1.5.
    expect(edge.localValue).toBeCloseTo(1.5 ** 1.5 * (Math.log(1.5) + 1), 12);
  });
});
