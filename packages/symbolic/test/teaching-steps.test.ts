import { describe, expect, it } from 'vitest';
import { derive, evaluate } from '../src/index.js';
import { close, numericPartial } from './finite-difference.js';

/** The derivative text evaluated at x, against central differences of the source at x. */
function agreesWithFiniteDifferences(source: string, derivative: string, points: readonly number[]): void {
  for (const x of points) {
    const reference = numericPartial((v) => evaluate(source, { x: v }), x);
    const value = evaluate(derivative, { x });
    expect({ derivative, x, close: close(value, reference, 1e-7, 1e-9) }).toEqual({ derivative, x, close: true });
  }
}

describe('e as a base', () => {
  it('differentiates e^x to itself, with no log(e) factor', () => {
    const d = derive('e^x', 'x');
    expect(d.derivative).toBe('e ^ x');
    expect(d.steps.map((s) => s.rule)).toEqual(['exponential']);
    expect(d.steps[0]!.result).toBe('e ^ x');
    agreesWithFiniteDifferences('e^x', d.derivative, [-1.3, 0, 0.7, 2.1]);
  });

  it('folds log(e) through the chain rule: e^(2x) → 2·e^(2x)', () => {
    const d = derive('e^(2*x)', 'x');
    expect(d.derivative).toBe('2 * e ^ (2 * x)');
    expect(d.steps.map((s) => s.rule)).toEqual(['constant-multiple', 'exponential', 'chain']);
    expect(d.steps.every((s) => !s.result.includes('log(e)'))).toBe(true);
    agreesWithFiniteDifferences('e^(2*x)', d.derivative, [-0.9, 0.2, 1.4]);
  });

  it('folds log(e) written in the source to 1', () => {
    const d = derive('x * log(e)', 'x');
    expect(d.derivative).toBe('1');
    // Other bases keep their logarithm: 2^x → 2^x·log(2).
    const two = derive('2^x', 'x');
    expect(two.derivative).toBe('2 ^ x * log(2)');
    agreesWithFiniteDifferences('2^x', two.derivative, [-1, 0.5, 3]);
  });
});

describe('a variable raised to a variable', () => {
  it('differentiates x^x by the exponential/logarithmic rule to x^x·(log x + 1)', () => {
    const d = derive('x^x', 'x');
    expect(d.steps.map((s) => s.rule)).toEqual(['exponential-logarithmic']);
    expect(d.steps[0]!.result).toBe('x ^ x * (log(x) + 1)');
    expect(d.steps[0]!.text).toContain('e ^ (x * log(x))');
    expect(d.derivative).toBe('x ^ x * (log(x) + 1)');
    // By hand: at x = 2, 4·(ln 2 + 1).
    expect(evaluate(d.derivative, { x: 2 })).toBeCloseTo(4 * (Math.log(2) + 1), 12);
    agreesWithFiniteDifferences('x^x', d.derivative, [0.3, 1, 1.7, 2.5]);
  });

  it('uses the same rule when base and exponent are different expressions of x', () => {
    const d = derive('sin(x)^(x^2)', 'x');
    expect(d.steps.map((s) => s.rule)).toEqual(['sin', 'power', 'exponential-logarithmic', 'simplify', 'simplify']);
    agreesWithFiniteDifferences('sin(x)^(x^2)', d.steps[2]!.result, [0.4, 1.1, 2.3]);
    expect(d.steps[3]!.expression).toBe(d.steps[2]!.result);
    agreesWithFiniteDifferences('sin(x)^(x^2)', d.derivative, [0.4, 1.1, 2.3]);
  });
});

const PRESENTATION: readonly string[] = ['simplify', 'cancel', 'collect', 'identity'];

describe('steps over the source as typed', () => {
  it('differentiates x*x*x by the product rule, then simplifies to 3·x²', () => {
    const d = derive('x*x*x', 'x');
    expect(d.steps.map((s) => s.rule)).toEqual(['product', 'product', 'simplify']);
    expect(d.steps.map((s) => s.expression)).toEqual(['x * x', 'x * x * x', expect.any(String)]);
    const last = d.steps[d.steps.length - 1]!;
    expect(last.result).toBe('3 * x ^ 2');
    expect(d.derivative).toBe('3 * x ^ 2');
    // Every step's result is a derivative of what it differentiates: the product step's of x*x*x.
    agreesWithFiniteDifferences('x*x*x', d.steps[1]!.result, [-1.2, 0.4, 2]);
    agreesWithFiniteDifferences('x*x*x', last.expression, [-1.2, 0.4, 2]);
    agreesWithFiniteDifferences('x*x*x', d.derivative, [-1.2, 0.4, 2]);
  });

  it('differentiates x+x+x by the sum rule', () => {
    const d = derive('x+x+x', 'x');
    expect(d.steps.map((s) => s.rule)).toEqual(['sum', 'sum']);
    expect(d.steps.map((s) => s.expression)).toEqual(['x + x', 'x + x + x']);
    expect(d.derivative).toBe('3');
  });

  it('keeps the operands in the order they were typed', () => {
    const d = derive('x/(1+x)', 'x');
    expect(d.steps[0]!.expression).toBe('1 + x');
    expect(d.steps.map((s) => s.rule).slice(0, 2)).toEqual(['sum', 'quotient']);
    agreesWithFiniteDifferences('x/(1+x)', d.derivative, [0.5, 2]);
  });
});

describe('one notation per derivation', () => {
  it('writes d/dx for an expression in one variable, in text and LaTeX', () => {
    const d = derive('sin(x^2)', 'x');
    // Rule steps name the derivative; presentation steps (simplify, cancel, …) rewrite an expression.
    for (const step of d.steps.filter((s) => !PRESENTATION.includes(s.rule))) {
      expect(step.text.startsWith('d/d')).toBe(true);
      expect(step.latex.startsWith('\\frac{d}{d ')).toBe(true);
    }
  });

  it('writes ∂ for several inputs and for programs, in text and LaTeX', () => {
    const several = derive('sin(x*y)', 'x');
    const program = derive('a = x*y; b = sin(a)', 'x');
    for (const step of [...several.steps, ...program.steps].filter((s) => !PRESENTATION.includes(s.rule))) {
      expect(step.text).not.toMatch(/\bd\/d/);
      expect(step.text.startsWith('∂')).toBe(true);
      expect(step.latex.startsWith('\\frac{\\partial')).toBe(true);
    }
  });
});

/** The tokens of a printed expression as a sorted list: equal for two texts that differ only in order. */
function tokens(text: string): string {
  return (text.match(/[A-Za-z_]\w*|\d+(?:\.\d+)?|\S/g) ?? []).sort().join(' ');
}

describe('no step that only reorders', () => {
  it.each([
    ['x^2*y', '2 * x * y'],
    ['x*y*z', 'y * z'],
    ['a = y*x; b = a*z', 'y * z'],
  ])('%s: the sorted order is folded into the last rule step, not shown as a step of its own', (source, expected) => {
    const d = derive(source, 'x');
    const reorders = d.steps.filter((step) => PRESENTATION.includes(step.rule) && tokens(step.expression) === tokens(step.result));
    expect(reorders).toEqual([]);
    const last = d.steps.at(-1)!;
    expect(PRESENTATION.includes(last.rule)).toBe(false);
    expect(last.result).toBe(expected);
    expect(last.text.endsWith(`= ${expected}`)).toBe(true);
    expect(d.derivative).toBe(expected);
    // The folded result is still the derivative: against central differences at y = 1.3, z = -0.7.
    for (const x of [-1.1, 0.6, 2]) {
      const f = (v: number): number => evaluate(source, { x: v, y: 1.3, z: -0.7 });
      expect(close(evaluate(expected, { x, y: 1.3, z: -0.7 }), numericPartial(f, x), 1e-8, 1e-10)).toBe(true);
    }
  });
});

describe('presentation steps in the program’s names', () => {
  it('cancels sigmoid with binary cross-entropy to a − y in the names, continuing from the chain step as printed', () => {
    const source = 'a = sigmoid(z); L = -(y*log(a) + (1-y)*log(1-a))';
    const d = derive(source, 'z');
    const [chain, identity] = d.steps.slice(-2);
    expect(chain!.rule).toBe('chain');
    expect(identity).toMatchObject({ rule: 'identity', identity: 'sigmoid-binary-cross-entropy', expression: chain!.result, result: 'a - y' });
    // The step's left side, with a = σ(z), is ∂L/∂z: against central differences at y = 0.3.
    for (const z of [-1.5, 0.2, 1.7]) {
      const a = 1 / (1 + Math.exp(-z));
      const reference = numericPartial((v) => evaluate(source, { z: v, y: 0.3 }), z);
      expect(close(evaluate(identity!.expression, { a, y: 0.3 }), reference, 1e-8, 1e-10)).toBe(true);
      expect(close(evaluate(identity!.result, { a, y: 0.3 }), reference, 1e-8, 1e-10)).toBe(true);
    }
  });
});
