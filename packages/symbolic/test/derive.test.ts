import fc from 'fast-check';
import katex from 'katex';
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { derive, evaluate, gradient, isSymbolicError, parse } from '../src/index.js';
import { gradientGraph } from '../src/engine.js';
import { close, numericGradient } from './finite-difference.js';

describe('derive', () => {
  it('writes the seed graph a = x·y, b = a + z, c = b² in the inputs and in the program’s own names', () => {
    const d = derive('a = x*y; b = a + z; c = b^2', 'x');
    expect(d.compact).toBe('2 * b * y');
    expect(d.derivative).toBe('2 * y * (x * y + z)');
    // The chain rule in the names; the inputs' form, in a teacher's order, is no step of its own
    // (it would only reorder the derived form, which no step shows).
    expect(d.steps.map((s) => s.rule)).toEqual(['product', 'sum', 'power', 'chain']);
    expect(d.steps.map((s) => s.result)).toEqual(['y', '1', '2 * b', '2 * b * y']);
    expect(d.occurs).toBe(true);
  });

  it('lists local derivatives before the chain rule for a nested expression', () => {
    const d = derive('sin(x^2)', 'x');
    // The chain rule's product, written in a teacher's order (coefficient, variable, function):
    // reordering it is no step of its own.
    expect(d.steps.map((s) => s.rule)).toEqual(['power', 'sin', 'chain']);
    expect(d.steps[1]).toMatchObject({ expression: 'sin(x ^ 2)', wrt: 'x ^ 2', result: 'cos(x ^ 2)' });
    expect(d.steps[2]!.result).toBe('2 * x * cos(x ^ 2)');
    expect(d.derivative).toBe('2 * x * cos(x ^ 2)');
  });

  it('names the textbook rules', () => {
    expect(derive('x^2 + 3*x', 'x').steps.map((s) => s.rule)).toEqual(['power', 'constant-multiple', 'sum']);
    expect(derive('x - sin(x)', 'x').steps.map((s) => s.rule)).toEqual(['sin', 'difference']);
    // The quotient rule's result, 1/(1 + x) − x/(1 + x)², is then put over one denominator.
    expect(derive('x / (1 + x)', 'x').steps.map((s) => s.rule)).toEqual(['sum', 'quotient', 'cancel']);
    expect(derive('exp(x)', 'x').steps.map((s) => s.rule)).toEqual(['exponential']);
    expect(derive('log(x)', 'x').steps.map((s) => s.rule)).toEqual(['logarithm']);
    expect(derive('2^x', 'x').steps.map((s) => s.rule)).toEqual(['exponential']);
    expect(derive('x', 'x').steps.map((s) => s.rule)).toEqual(['variable']);
  });

  it('shows each path and their sum when a variable reaches the output along several paths', () => {
    const source = 'a = x*y; b = x + a; c = a*b';
    const d = derive(source, 'x');
    // The chain rule's sum over paths, before any presentation step that shortens the result.
    const last = d.steps.find((s) => s.rule === 'sum-over-paths')!;
    expect(last).toBeDefined();
    expect(last.paths?.map((p) => p.nodes.join('→'))).toEqual(['c→a→x', 'c→b→x', 'c→b→a→x']);
    const point = { x: 1.5, y: -0.7 };
    const values = { ...point, a: 1.5 * -0.7, b: 1.5 + 1.5 * -0.7 };
    const sum = last.paths!.reduce((acc, p) => acc + evaluate(p.product.replace(/\b([ab])\b/g, (m) => `(${values[m as 'a' | 'b']})`), point), 0);
    // c = x·y·(x + x·y): dc/dx = 2xy + 2xy², by hand.
    expect(sum).toBeCloseTo(2 * 1.5 * -0.7 + 2 * 1.5 * 0.49, 12);
  });

  it('gives 0 for a variable that does not occur, and says so', () => {
    const d = derive('x^2', 'q');
    expect(d).toMatchObject({ derivative: '0', compact: '0', occurs: false });
    expect(d.steps.map((s) => s.rule)).toEqual(['constant']);
    expect(derive('a = y; b = x^2', 'y')).toMatchObject({ derivative: '0', occurs: true });
  });

  it('simplifies with mathjs only when asked, for presentation, to the same function', () => {
    const source = 'a = x*y; b = x + a; c = a*b';
    expect(derive(source, 'x').simplified).toBeUndefined();
    const d = derive(source, 'x', { simplify: true });
    expect(d.simplified).toBeDefined();
    for (const [x, y] of [[1.5, -0.7], [0.3, 2]] as const) {
      expect(evaluate(d.simplified!, { x, y })).toBeCloseTo(evaluate(d.derivative, { x, y }), 12);
    }
  });

  it('keeps derivatives of deep chains linear in size', () => {
    const chain = (depth: number): string => `${'sigmoid('.repeat(depth)}x${')'.repeat(depth)}`;
    const size = (depth: number): number => {
      // The derivative's nodes, which derive builds on (outside the program's own graph).
      const program = parse(chain(depth));
      expect(derive(program, 'x').expanded).toBe(true);
      return gradientGraph(program).graph.size - program.graph.size;
    };
    const [s50, s100, s200] = [size(50), size(100), size(200)];
    expect(s200 / s100).toBeCloseTo(2, 0);
    expect(s100 / s50).toBeCloseTo(2, 0);
  });
});

describe('the reference notes’ worked numbers, recomputed', () => {
  it('single neuron x = 2, w = 0.5, b = 1, y = 1 with L = ½(y − a)²: ∂L/∂w ≈ −0.025', () => {
    const at = { x: 2, w: 0.5, b: 1, y: 1 };
    const result = gradient('z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', at);
    // By hand: z = 2, a = σ(2), ∂L/∂a = a − y, σ′ = a(1 − a), ∂z/∂w = x.
    const a = 1 / (1 + Math.exp(-2));
    expect(result.value).toBeCloseTo(0.5 * (1 - a) ** 2, 15);
    expect(result.gradient.w).toBeCloseTo((a - 1) * a * (1 - a) * 2, 15);
    expect(result.gradient.w).toBeCloseTo(-0.025, 3);
    expect(result.gradient.b).toBeCloseTo((a - 1) * a * (1 - a), 15);
  });

  it('seed 000’s σ′ at a = 0.981 is 0.0186 (the note’s 0.0183 is an arithmetic slip)', () => {
    const z = Math.log(0.981 / (1 - 0.981));
    expect(gradient('sigmoid(z)', { z }).gradient.z).toBeCloseTo(0.0186, 4);
  });

  it('seed 001’s ∇f(1, 2) = (10, 6), with magnitude ≈ 11.66', () => {
    // The note's formula was lost in copying; f = 3x² + 2xy + y² reproduces its numbers.
    const { gradient: g } = gradient('3x^2 + 2x*y + y^2', { x: 1, y: 2 });
    expect(g).toEqual({ x: 10, y: 6 });
    expect(Math.hypot(g.x!, g.y!)).toBeCloseTo(11.66, 2);
  });

  it('seed 002’s graph at x = 1, y = 2, z = 3: ∂c/∂x = 2by = 20, ∂c/∂y = 2bx = 10, ∂c/∂z = 2b = 10', () => {
    expect(gradient('a = x*y; b = a + z; c = b^2', { x: 1, y: 2, z: 3 })).toEqual({ value: 25, gradient: { x: 20, y: 10, z: 10 }, kinks: [] });
  });
});

/** Random smooth expressions over x and y, as source text. */
const expression = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('x', 'y', '2', '0.5', '3'),
    fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*'), tie('expr')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(${a}) / (2 + sin(${b}))`),
    fc.tuple(fc.constantFrom('sin', 'cos', 'tanh', 'sigmoid', 'exp', 'atan', 'softplus', 'erf'), tie('expr')).map(([f, a]) => `${f}(${a})`),
    fc.tuple(tie('expr'), fc.constantFrom(2, 3)).map(([a, n]) => `(${a})^${n}`),
    tie('expr').map((a) => `log(1 + (${a})^2)`),
    tie('expr').map((a) => `sqrt(1 + (${a})^2)`),
  ),
})).expr;

/** Random programs with fan-out: intermediates read by several later lines. */
const program = fc.tuple(expression, expression, expression).map(
  ([p, q, r]) => `a = ${p}\nb = a * ${q} + x\nc = sin(a) + b * ${r}\nd = a * b + c^2 / (1 + c^2)`,
);

/** mathjs, taught the functions bp has and it lacks, to evaluate bp's printed derivatives. */
const mathjs = create(all!);
mathjs.import({
  sigmoid: (t: number) => 1 / (1 + Math.exp(-t)),
  softplus: (t: number) => Math.log1p(Math.exp(t)),
  step: (t: number) => (t > 0 ? 1 : 0),
  heaviside: (t: number) => (t > 0 ? 1 : t < 0 ? 0 : 0.5),
}, { override: true });

const coordinate = fc.double({ min: -1.5, max: 1.5, noNaN: true });

function agreesWithFiniteDifferences(source: string, x: number, y: number): boolean {
  const at = { x, y };
  let value: number;
  try {
    value = evaluate(source, at);
  } catch {
    return true; // outside the domain
  }
  if (!Number.isFinite(value) || Math.abs(value) > 1e4) return true;
  const analytic = gradient(source, at).gradient;
  const numeric = numericGradient((p) => evaluate(source, p), at);
  for (const name of ['x', 'y']) {
    if (numeric[name] === undefined) continue; // too steep here for finite differences to be a reference
    if (!close(analytic[name] ?? 0, numeric[name], 1e-5, 1e-6)) {
      throw new Error(`${source} at ${JSON.stringify(at)}: ∂/∂${name} analytic ${analytic[name]}, numeric ${numeric[name]}`);
    }
  }
  return true;
}

describe('properties', () => {
  it('random expressions: the gradient equals finite differences', () => {
    fc.assert(fc.property(expression, coordinate, coordinate, agreesWithFiniteDifferences), { numRuns: 200 });
  });

  it('random programs with fan-out: the gradient equals finite differences', () => {
    fc.assert(fc.property(program, coordinate, coordinate, agreesWithFiniteDifferences), { numRuns: 80 });
  });

  it('derivative and compact parse back and agree with the gradient', () => {
    fc.assert(
      fc.property(program, coordinate, coordinate, (source, x, y) => {
        let expected: number;
        try {
          expected = gradient(source, { x, y }).gradient.x!;
        } catch {
          return true;
        }
        const d = derive(source, 'x');
        // The compact form is evaluated inside the program, where its intermediate names are defined;
        // a long one is itself δ lines then a last expression, which becomes __d.
        const compactLines = d.compact.split('; ');
        const compactProgram = [source, ...compactLines.slice(0, -1), `__d = ${compactLines.at(-1)!}`].join('\n');
        expect(close(evaluate(d.derivative, { x, y }), expected, 1e-9, 1e-9)).toBe(true);
        // mathjs parses bp's text back to the same function (given bp's few functions it lacks).
        expect(close(mathjs.evaluate(d.derivative, { x, y }) as number, expected, 1e-9, 1e-9)).toBe(true);
        expect(close(evaluate(compactProgram, { x, y }), expected, 1e-9, 1e-9)).toBe(true);
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('LaTeX of derivatives and of every step renders with KaTeX', () => {
    fc.assert(
      fc.property(fc.oneof(program, expression), (source) => {
        let d: ReturnType<typeof derive>;
        try {
          d = derive(source, 'x');
        } catch (error) {
          // A random source can be undefined everywhere (exp(((3)^2)^3) overflows): a typed refusal, no LaTeX to check.
          if (isSymbolicError(error) && (error.code === 'domain' || error.code === 'overflow')) return;
          throw error;
        }
        for (const latex of [d.latex, d.compactLatex, ...d.steps.map((s) => s.latex)]) {
          expect(() => katex.renderToString(latex, { throwOnError: true })).not.toThrow();
        }
      }),
      { numRuns: 60 },
    );
  });
});
