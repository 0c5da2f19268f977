import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { evaluate, gradient, hessian, hessianAt, jacobian, jvp, latexName, parse } from '../src/index.js';
import { hessianGraph, printText } from '../src/engine.js';
import { close, numericPartial } from './finite-difference.js';

/** Programs with smooth second derivatives, and a point inside each one's domain. */
const SMOOTH: readonly [string, Record<string, number>][] = [
  ['x^2 * y', { x: 3, y: 2 }],
  ['a = x*y; b = a + z; c = b^2', { x: 1, y: 2, z: 3 }],
  ['sin(x) * exp(y) + log(x + y^2)', { x: 0.7, y: -0.4 }],
  ['h = sigmoid(w*x + b); L = (h - t)^2', { w: 0.3, x: -1.2, b: 0.5, t: 1 }],
  ['z1 = tanh(w1*x + b1); z2 = softplus(w2*z1); L = log(1 + exp(-y*z2))', { w1: 0.5, x: 0.8, b1: -0.1, w2: 1.3, y: 1 }],
  ['x / (1 + y^2) + atan(x*y) - sqrt(x^2 + y^2 + 1)', { x: 0.9, y: 1.7 }],
  ['m = max(a, b); e1 = exp(a - m); e2 = exp(b - m); L = -(a - m) + log(e1 + e2)', { a: 0.3, b: -0.8 }],
];

/** ∂/∂b of the gradient's a-component, by Richardson-extrapolated central differences: independent of the Hessian code. */
function differenceOfGradient(source: string, at: Record<string, number>, a: string, b: string): number {
  return numericPartial((v) => gradient(source, { ...at, [b]: v }).gradient[a]!, at[b]!);
}

describe('hessianAt', () => {
  it('gives the hand-derived Hessian of x²y', () => {
    // f = x²y: f_xx = 2y, f_xy = 2x, f_yy = 0
    const r = hessianAt('x^2 * y', { x: 3, y: 2 });
    expect(r.value).toBe(18);
    expect(r.gradient).toEqual({ x: 12, y: 9 });
    expect(r.hessian).toEqual({ x: { x: 4, y: 6 }, y: { x: 6, y: 0 } });
  });

  it('agrees with finite differences of the gradient on every entry', () => {
    for (const [source, at] of SMOOTH) {
      const { hessian: h } = hessianAt(source, at);
      for (const a of Object.keys(at)) {
        for (const b of Object.keys(at)) {
          const numeric = differenceOfGradient(source, at, a, b);
          expect(close(h[a]![b]!, numeric, 1e-6, 1e-8), `${source}: ∂²/∂${a}∂${b} = ${h[a]![b]} vs ${numeric}`).toBe(true);
        }
      }
    }
  });

  it('gives 0 for an input the output does not read, and a row of zeros for a name that does not occur', () => {
    const r = hessianAt('x^3', { x: 2, y: 5 }, { wrt: ['x', 'q'] });
    expect(r.hessian).toEqual({ x: { x: 12, q: 0 }, q: { x: 0, q: 0 } });
  });

  it('follows the first-order convention at a kink and reports it, never NaN', () => {
    // relu(x)² = x² for x > 0 and 0 for x < 0: the second derivative is 2 on the right, 0 on the left.
    expect(hessianAt('relu(x)^2', { x: 1.5 }).hessian.x!.x).toBe(2);
    expect(hessianAt('relu(x)^2', { x: -1.5 }).hessian.x!.x).toBe(0);
    const atKink = hessianAt('relu(x)^2 * y', { x: 0, y: 3 });
    // step(0) = 0, as relu'(0) = 0: every entry through relu is 0 at the kink.
    expect(atKink.hessian).toEqual({ x: { x: 0, y: 0 }, y: { x: 0, y: 0 } });
    expect(atKink.kinks.map((k) => k.function)).toContain('relu');
    expect(hessianAt('relu(x)', { x: 0 }).kinks.map((k) => k.function)).toEqual(['relu', 'step']);
    expect(hessianAt('abs(x) * y', { x: 0, y: 1 }).kinks.map((k) => k.function)).toContain('abs');
  });

  it('is a domain error, with the span of the call, where only the second derivative fails', () => {
    // x^1.5 has value and first derivative 0 at 0, but 0.75·x^(−0.5) is infinite.
    expect(() => hessianAt('y + x^1.5', { x: 0, y: 1 })).toThrow(
      expect.objectContaining({ code: 'domain', position: { start: 4, end: 9 } }),
    );
  });

  it('reports missing values and points outside the domain as gradient does', () => {
    expect(() => hessianAt('x * y', { x: 1 })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => hessianAt('log(x)', { x: -1 })).toThrow(expect.objectContaining({ code: 'domain', position: { start: 0, end: 6 } }));
  });
});

describe('hessianGraph', () => {
  it('derives both mixed partials independently and they agree (symmetry used is symmetry verified)', () => {
    for (const [source, at] of SMOOTH) {
      const both = hessianGraph(parse(source), { symmetric: false });
      const scratch = both.graph.extend();
      const used = hessianAt(source, at).hessian;
      for (const a of both.wrt) {
        for (const b of both.wrt) {
          const ab = evaluate(printText(scratch, scratch.expandNames(both.hessian.get(a)!.get(b)!)), at);
          const ba = evaluate(printText(scratch, scratch.expandNames(both.hessian.get(b)!.get(a)!)), at);
          expect(close(ab, ba, 1e-12, 1e-12), `${source}: ∂²/∂${a}∂${b}`).toBe(true);
          expect(close(used[a]![b]!, ab, 1e-12, 1e-12)).toBe(true);
        }
      }
    }
  });

  it('uses symmetry: the entry below the diagonal is the node above it', () => {
    const hg = hessianGraph(parse('sin(x*y) + x^3*z'));
    expect(hg.hessian.get('y')!.get('x')).toBe(hg.hessian.get('x')!.get('y'));
    expect(hg.hessian.get('z')!.get('x')).toBe(hg.hessian.get('x')!.get('z'));
  });

  it('reuses the gradient graph: asking twice returns the same graph without growing it', () => {
    const program = parse('h = sigmoid(w*x + b); L = (h - t)^2');
    const first = hessianGraph(program);
    const size = program.graph.size;
    expect(hessianGraph(program)).toBe(first);
    expect(program.graph.size).toBe(size);
  });
});

describe('hessian', () => {
  it('writes each entry in the inputs and in the program’s names, both parsing back to the value', () => {
    const source = 'a = x*y; b = a + z; c = b^2';
    const at = { x: 1, y: 2, z: 3 };
    const h = hessian(source);
    // c = (xy + z)²: c_xy = 2(xy + z) + 2xy = 4xy + 2z, with a = xy in the program's names.
    expect(h.matrix.x!.y!.compact).toBe('2 * z + 4 * a');
    expect(h.matrix.y!.x).toBe(h.matrix.x!.y);
    const values = hessianAt(source, at).hessian;
    for (const entry of h.entries) {
      const [a, b] = entry.wrt;
      expect(evaluate(entry.derivative, at)).toBeCloseTo(values[a]![b]!, 12);
      expect(evaluate(`a = x*y; b = a + z; d2 = ${entry.compact}`, at)).toBeCloseTo(values[a]![b]!, 12);
      expect(() => katex.renderToString(entry.latex, { throwOnError: true })).not.toThrow();
      expect(() => katex.renderToString(entry.compactLatex, { throwOnError: true })).not.toThrow();
    }
    expect(h.entries.map((e) => e.wrt.join(''))).toEqual(['xx', 'xy', 'xz', 'yy', 'yz', 'zz']);
  });

  it('writes entries as a teacher would: like factors collected into powers', () => {
    // ∂²/∂y² of x²y + e^(xy) is x²·e^(xy) (by hand); before the presentation rules, exp(x * y) * x * x.
    const h = hessian('x^2*y + exp(x*y)');
    expect(h.matrix.y!.y!.derivative).toBe('x ^ 2 * exp(x * y)');
    expect(h.matrix.y!.y!.compact).toBe('x ^ 2 * exp(x * y)');
    expect(h.matrix.y!.y!.latex).not.toContain('x \\cdot x');
  });

  it('writes long entries of a deep chain in δ lines, linear in the depth, evaluating to the second partials', () => {
    const chain = (n: number): string[] => ['h0 = tanh(w*x)', ...Array.from({ length: n - 1 }, (_, i) => `h${i + 1} = tanh(w*h${i} + b)`), `L = (h${n - 1} - y)^2`];
    const at = { w: 0.5, x: 1, b: 0.1, y: 1 };
    const size = (n: number): number => {
      const lines = chain(n);
      const source = lines.join('; ');
      const h = hessian(source, { wrt: ['w', 'b'], expand: false });
      const values = hessianAt(source, at, { wrt: ['w', 'b'] }).hessian;
      for (const entry of h.entries) {
        const [a, b] = entry.wrt;
        expect(entry.adjoints?.length).toBeGreaterThan(n);
        // Each line refers to earlier names instead of repeating them: none spells a layer out.
        for (const line of entry.adjoints!) {
          expect(line.expression).not.toMatch(/tanh/);
          expect(() => katex.renderToString(`${latexName(line.name)} = ${line.latex}`, { throwOnError: true })).not.toThrow();
        }
        const compactLines = entry.compact.split('; ');
        const program = [...lines.slice(0, -1), ...compactLines.slice(0, -1), `d2 = ${compactLines.at(-1)!}`].join('; ');
        expect(evaluate(program, at)).toBeCloseTo(values[a]![b]!, 9);
      }
      return h.entries.reduce((sum, e) => sum + e.compact.length, 0);
    };
    expect(latexName('δ2_h5')).toBe('\\delta^{(2)}_{h_{5}}');
    expect(latexName('δ_δ_h0')).toBe('\\delta_{\\delta_{h_{0}}}');
    // Twice the depth, about twice the text (spelled out in the program's names it grew about eightfold).
    expect(size(40) / size(20)).toBeLessThan(2.3);
  });

  it('ends each entry’s steps at the entry it shows', () => {
    for (const source of ['x^2*y + exp(x*y)', 'a = x*y; b = a + z; c = b^2', 'sin(x)^2*cos(y)']) {
      const traced = hessian(source, { steps: true }).entries.filter((entry) => entry.steps!.length > 0);
      expect(traced.map((entry) => entry.steps!.at(-1)!.result)).toEqual(traced.map((entry) => entry.compact));
    }
  });

  it('gives each entry’s steps as a derivation of the gradient in the program’s names', () => {
    const h = hessian('a = x*y; b = a + z; c = b^2', { steps: true });
    const steps = h.matrix.x!.y!.steps!;
    const summed = steps.find((s) => s.rule === 'sum-over-paths')!;
    expect(summed.result).toBe('2 * b + 2 * x * y');
    // The presentation follows as its own steps, ending at the entry's compact form.
    expect(steps[steps.length - 1]!.result).toBe(h.matrix.x!.y!.compact);
    expect(steps.map((s) => s.rule)).toContain('constant-multiple');
  });
});

describe('hessian steps', () => {
  it('may read the output’s own name, as σ′ = s·(1 − s) does', () => {
    const h = hessian('s = sigmoid(x)', { steps: true });
    const steps = h.matrix.x!.x!.steps!;
    const last = steps[steps.length - 1]!;
    // s″ = s(1 − s)(1 − 2s); the trace must end at the entry itself, in the program's names.
    const at = { x: 0.4 };
    const s = 1 / (1 + Math.exp(-0.4));
    expect(evaluate(`s = sigmoid(x); d2 = ${last.result}`, at)).toBeCloseTo(s * (1 - s) * (1 - 2 * s), 12);
    expect(steps.some((step) => step.expression.includes('s'))).toBe(true);
  });
});

describe('jvp', () => {
  it('is the gradient dotted with the direction, by forward mode', () => {
    for (const [source, at] of SMOOTH) {
      const names = Object.keys(at);
      const direction = Object.fromEntries(names.map((n, i) => [n, (i % 3) - 0.5]));
      const r = jvp(source, direction, { at });
      const g = gradient(source, at).gradient;
      const dot = names.reduce((s, n) => s + g[n]! * direction[n]!, 0);
      expect(close(r.tangent!, dot, 1e-12, 1e-12)).toBe(true);
      expect(evaluate(r.derivative, at)).toBeCloseTo(dot, 10);
    }
  });

  it('keeps the program’s names with expand: false, for programs too deep to spell out', () => {
    // b = (xy)²: ∂b/∂x = 2·a·y in the program's names
    expect(jvp('a = x*y; b = a^2', { x: 1 }, { expand: false }).derivative).toBe('2 * a * y');
    expect(jacobian('a = x*y; b = a^2', { outputs: ['a', 'b'], expand: false }).matrix.b!.x!.derivative).toBe('2 * a * y');
  });

  it('rejects a direction that is not a finite number', () => {
    expect(() => jvp('x*y', { x: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('jacobian', () => {
  it('has one row per named output, each that output’s gradient', () => {
    const source = 'u = x*y; v = sin(x) + y^2; w = u*v';
    const at = { x: 0.4, y: -1.1 };
    const j = jacobian(source, { outputs: ['u', 'v', 'w'], at });
    // Each output alone, as its own program: an independent reference.
    const alone: Record<string, string> = { u: 'x*y', v: 'sin(x) + y^2', w: 'x*y*(sin(x) + y^2)' };
    for (const out of ['u', 'v', 'w']) {
      expect(j.values![out]).toBeCloseTo(evaluate(alone[out]!, at), 14);
      const g = gradient(alone[out]!, at).gradient;
      for (const x of ['x', 'y']) expect(j.jacobian![out]![x]).toBeCloseTo(g[x]!, 12);
    }
    expect(j.matrix.v!.x!.derivative).toBe('cos(x)');
  });

  it('names an output the program does not assign', () => {
    expect(() => jacobian('u = x*y; v = x + y', { outputs: ['u', 'q'] })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
