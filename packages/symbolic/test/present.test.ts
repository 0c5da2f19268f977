import { describe, expect, it } from 'vitest';
import { derive } from '../src/derive.js';
import { evaluate } from '../src/gradient.js';
import { parse } from '../src/parse.js';
import { readExpr } from '../src/present/expr.js';
import { presentDerivative } from '../src/present/present.js';
import { printExpr } from '../src/present/print.js';

/** The forms a teacher writes, from issue 14's acceptance list (written by hand, not by bp). */
describe('presentation: the issue’s named cases', () => {
  it('keeps e^x as e^x', () => {
    expect(derive('e^x', 'x').derivative).toBe('e ^ x');
  });

  it('cancels the 2 in d/dx sqrt(x^2 + y^2) and says so', () => {
    const d = derive('sqrt(x^2+y^2)', 'x');
    expect(d.derivative).toBe('x / sqrt(x ^ 2 + y ^ 2)');
    expect(d.steps.at(-1)!.rule).toBe('cancel');
    expect(d.latex).toBe('\\frac{x}{\\sqrt{{x}^{2} + {y}^{2}}}');
  });

  it('writes softmax with cross-entropy w.r.t. a logit as p_b − 1 in the program’s names, and as short in the inputs', () => {
    const program = derive('s = exp(a)+exp(b)+exp(c); p_b = exp(b)/s; L = -log(p_b)', 'b');
    expect(program.compact).toBe('p_b - 1');
    const identity = program.steps.find((s) => s.rule === 'identity');
    expect(identity?.identity).toBe('softmax-cross-entropy');
    expect(derive('-log(exp(b)/(exp(a)+exp(b)+exp(c)))', 'b').derivative).toBe('exp(b) / (exp(a) + exp(b) + exp(c)) - 1');
    // w.r.t. another logit (its label is 0): p_a.
    expect(derive('s = exp(a)+exp(b)+exp(c); p_a = exp(a)/s; p_b = exp(b)/s; L = -log(p_b)', 'a').compact).toBe('p_a');
  });

  it('writes a sigmoid with binary cross-entropy w.r.t. z as a − y, also when the loss calls sigmoid inline', () => {
    const d = derive('a = sigmoid(z); L = -(y*log(a) + (1-y)*log(1-a))', 'z');
    expect(d.compact).toBe('a - y');
    expect(d.derivative).toBe('sigmoid(z) - y');
    expect(d.steps.find((s) => s.rule === 'identity')?.identity).toBe('sigmoid-binary-cross-entropy');
    expect(derive('-(y*log(sigmoid(z)) + (1-y)*log(1-sigmoid(z)))', 'z').derivative).toBe('sigmoid(z) - y');
    expect(derive('z = w*x + b; a = sigmoid(z); L = -(y*log(a) + (1-y)*log(1-a))', 'w').compact).toBe('x * (a - y)');
  });

  it('writes the sigmoid written out by hand in exp with binary cross-entropy as 1/(1 + e^−z) − y', () => {
    expect(derive('-(y*log(1/(1+exp(-z))) + (1-y)*log(1-1/(1+exp(-z))))', 'z').derivative).toBe('1 / (exp(-z) + 1) - y');
    expect(derive('a = 1/(1+exp(-z)); L = -(y*log(a) + (1-y)*log(1-a))', 'z').compact).toBe('a - y');
  });

  it('keeps x^x * (log(x) + 1), σ′ = σ(1 − σ) and tanh′ = 1 − tanh²', () => {
    expect(derive('x^x', 'x').derivative).toBe('x ^ x * (log(x) + 1)');
    expect(derive('sigmoid(z)', 'z').derivative).toBe('sigmoid(z) * (1 - sigmoid(z))');
    expect(derive('tanh(z)', 'z').derivative).toBe('1 - tanh(z) ^ 2');
  });

  it('collects like factors of sin(x)^2*cos(x) as a collect step', () => {
    const d = derive('sin(x)^2*cos(x)', 'x');
    expect(d.derivative).toBe('2 * sin(x) * cos(x) ^ 2 - sin(x) ^ 3');
    expect(d.steps.at(-1)!.rule).toBe('collect');
  });

  it('orders terms as a teacher does and writes negative powers as fractions', () => {
    expect(derive('(x+1)^2*(x-1)^3', 'x').derivative).toBe('(5 * x + 1) * (x + 1) * (1 - x) ^ 2');
    expect(derive('1/x^2', 'x').derivative).toBe('-2 / x ^ 3');
    expect(derive('(x^3-1)/(x-1)', 'x').derivative).toBe('2 * x + 1');
  });
});

/** A central difference of the source: an independent reference for the presented derivative. */
function numeric(source: string, wrt: string, point: Record<string, number>): number {
  const h = 1e-5;
  return (evaluate(source, { ...point, [wrt]: point[wrt]! + h }) - evaluate(source, { ...point, [wrt]: point[wrt]! - h })) / (2 * h);
}

describe('presentation: the same function', () => {
  const cases: [string, string][] = [
    ['sqrt((1+x)/(1-x))', 'x'], ['x/sqrt(x^2+1)', 'x'], ['(x+1)^2*(x-1)^3', 'x'], ['sin(x)/(1+cos(x))', 'x'],
    ['atan(1/x)', 'x'], ['log(cosh(p-y))', 'p'], ['x*y*z/(x+y+z)', 'x'], ['(x-y)^2/(x+y)', 'x'], ['exp(x)/(exp(x)+exp(y))', 'y'],
    ['0.5*z*(1+tanh(0.7978845608*(z+0.044715*z^3)))', 'z'], ['z/(1+exp(-z))', 'z'], ['sinh(x)*cosh(x)', 'x'], ['tanh(x*x+x)', 'x'],
    ['-log(exp(b)/(exp(a)+exp(b)+exp(c)+exp(d)))', 'd'], ['(y-p)^2/p', 'p'], ['x^sin(x)', 'x'], ['1/(x*log(x))', 'x'],
  ];
  it.each(cases)('d/d%s… presented equals a central difference of the source at random points', (source, wrt) => {
    const d = derive(source, wrt);
    const names = parse(source).inputs;
    let seed = 17;
    const random = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 0.7 + 0.2;
    for (let k = 0; k < 6; k++) {
      const point = Object.fromEntries(names.map((n) => [n, random()]));
      const expected = numeric(source, wrt, point);
      expect(evaluate(d.derivative, point)).toBeCloseTo(expected, 5);
    }
  });

  it('gives text that reads back to itself (the printed form is a fixed point)', () => {
    for (const text of ['x / sqrt(x ^ 2 + y ^ 2)', 'p_b - 1', '2 * sin(x) * cos(x) ^ 2 - sin(x) ^ 3', 'x ^ x * (log(x) + 1)']) {
      expect(printExpr(readExpr(text))).toBe(text);
      expect(presentDerivative(text).inputs).toBe(text);
    }
  });
});

describe('presentation: bounded', () => {
  it('leaves a long derivative in bp’s compact form (a depth-200 sigmoid chain gets no presentation step)', () => {
    const chain = (depth: number): string => `${'sigmoid('.repeat(depth)}x${')'.repeat(depth)}`;
    const d = derive(chain(200), 'x');
    expect(d.steps.some((s) => ['cancel', 'collect', 'simplify', 'identity'].includes(s.rule))).toBe(false);
    // Short chains are presented: σ′ = σ(1 − σ) at each level, as before.
    expect(derive(chain(2), 'x').derivative).toBe('sigmoid(sigmoid(x)) * sigmoid(x) * (1 - sigmoid(sigmoid(x))) * (1 - sigmoid(x))');
  });
});
