import { compile } from '@bp/numeric';
import { derive, evaluate, gradient, matrixGradient, parse } from '@bp/symbolic';
import { FUNCTIONS, printLatex } from '@bp/symbolic/engine';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { complexStepDifference, richardsonDifference } from '../src/finite-difference.js';
import { programFunction } from '../src/program-function.js';

/**
 * One entry per function: a source calling it, points inside its domain and away from its kinks,
 * and the value and gradient there from SymPy 1.14 (`N(expr.subs(x, Float(x0, 30)), 25)`, and
 * `diff` for the gradient), independent of bp. Adding a function adds one entry here: every test
 * below runs on it (value, gradient against Richardson differences and SymPy, compiled float64 and
 * float32, complex step, the derivation's rule step, LaTeX through KaTeX).
 */
interface Entry {
  readonly source: string;
  /** The inputs, in the order of `at`. */
  readonly inputs: readonly string[];
  /** The rule id the derivation's step for the function names. */
  readonly rule: string;
  readonly points: readonly { readonly at: readonly number[]; readonly value: number; readonly gradient: readonly number[] }[];
}

const TABLE: Readonly<Record<string, Entry>> = {
  // SymPy: atan2(y, x)
  atan2: { source: 'atan2(y, x)', inputs: ['x', 'y'], rule: 'atan2', points: [
    { at: [0.7, -1.3], value: -1.0768549578753155, gradient: [0.5963302752293578, 0.3211009174311926] },
    { at: [-2.1, 0.4], value: 2.9533711482850227, gradient: [-0.087527352297593, -0.45951859956236324] },
    { at: [0.5, 1.5], value: 1.2490457723982544, gradient: [-0.6, 0.2] },
  ] },
  // SymPy: sqrt(x**2 + y**2)
  hypot: { source: 'hypot(x, y)', inputs: ['x', 'y'], rule: 'hypot', points: [
    { at: [0.7, -1.3], value: 1.47648230602334, gradient: [0.4740998230350174, -0.8804710999221753] },
    { at: [-2.1, 0.4], value: 2.137755832643195, gradient: [-0.9823385664224747, 0.1871121078899952] },
    { at: [3, 4], value: 5, gradient: [0.6, 0.8] },
  ] },
  // SymPy: x**2
  square: { source: 'square(x)', inputs: ['x'], rule: 'square', points: [
    { at: [0.7], value: 0.48999999999999994, gradient: [1.4] },
    { at: [-2.1], value: 4.41, gradient: [-4.2] },
  ] },
  // SymPy: x**3
  cube: { source: 'cube(x)', inputs: ['x'], rule: 'cube', points: [
    { at: [0.7], value: 0.3429999999999999, gradient: [1.4699999999999998] },
    { at: [-2.1], value: -9.261000000000001, gradient: [13.23] },
  ] },
  // SymPy: exp(x) - 1 (at 1e-7 the subtraction would lose half the digits; expm1 keeps them)
  expm1: { source: 'expm1(x)', inputs: ['x'], rule: 'expm1', points: [
    { at: [1e-7], value: 1.0000000500000016e-7, gradient: [1.000000100000005] },
    { at: [-2.1], value: -0.8775435717470181, gradient: [0.1224564282529819] },
    { at: [0.7], value: 1.0137527074704764, gradient: [2.0137527074704766] },
  ] },
  // SymPy: log(1 + x)
  log1p: { source: 'log1p(x)', inputs: ['x'], rule: 'logarithm', points: [
    { at: [1e-7], value: 9.999999500000033e-8, gradient: [0.99999990000001] },
    { at: [-0.6], value: -0.916290731874155, gradient: [2.5] },
    { at: [2.5], value: 1.252762968495368, gradient: [0.2857142857142857] },
  ] },
  // SymPy: x / (1 + exp(-x))
  silu: { source: 'silu(x)', inputs: ['x'], rule: 'silu', points: [
    { at: [0.7], value: 0.46773144051771626, gradient: [0.8233867834733424] },
    { at: [-2.1], value: -0.22910332451078716, gradient: [-0.0950120588857004] },
    { at: [3.3], value: 3.1826150754003004, gradient: [1.0776382139563732] },
  ] },
  // swish is silu's other name: the same values.
  swish: { source: 'swish(x)', inputs: ['x'], rule: 'silu', points: [
    { at: [0.7], value: 0.46773144051771626, gradient: [0.8233867834733424] },
  ] },
  // SymPy: x * (1 + erf(x / sqrt(2))) / 2
  gelu: { source: 'gelu(x)', inputs: ['x'], rule: 'gelu', points: [
    { at: [0.7], value: 0.5306254434438489, gradient: [0.9766141011336599] },
    { at: [-2.1], value: -0.037515283181914764, gradient: [-0.07450113099608054] },
    { at: [1.3], value: 1.1741593700387065, gradient: [1.1259786850765392] },
  ] },
  // SymPy: x * tanh(log(1 + exp(x)))
  mish: { source: 'mish(x)', inputs: ['x'], rule: 'mish', points: [
    { at: [0.7], value: 0.5611483776438518, gradient: [0.9687948682001859] },
    { at: [-2.1], value: -0.24151762165962315, gradient: [-0.11106459959409157] },
    { at: [1.3], value: 1.185976571527536, gradient: [1.0836377071666505] },
  ] },
  // SymPy: x / (1 + Abs(x))
  softsign: { source: 'softsign(x)', inputs: ['x'], rule: 'softsign', points: [
    { at: [0.7], value: 0.4117647058823529, gradient: [0.34602076124567477] },
    { at: [-2.1], value: -0.6774193548387097, gradient: [0.1040582726326743] },
  ] },
  // SymPy: log(x / (1 - x))
  logit: { source: 'logit(x)', inputs: ['x'], rule: 'logit', points: [
    { at: [0.3], value: -0.8472978603872036, gradient: [4.761904761904762] },
    { at: [0.05], value: -2.9444389791664403, gradient: [21.05263157894737] },
    { at: [0.9], value: 2.1972245773362196, gradient: [11.11111111111111] },
  ] },
  // SymPy: Piecewise((-1, x < -1), (1, x > 1), (x, True))
  hardtanh: { source: 'hardtanh(x)', inputs: ['x'], rule: 'hardtanh', points: [
    { at: [0.7], value: 0.7, gradient: [1] },
    { at: [-2.1], value: -1, gradient: [0] },
    { at: [1.3], value: 1, gradient: [0] },
  ] },
  // SymPy: N(pi), N(E), N(2*pi), N(GoldenRatio); each constant scales x so the gradient is the constant.
  pi: { source: 'pi * x', inputs: ['x'], rule: 'constant-multiple', points: [{ at: [2], value: 2 * 3.141592653589793, gradient: [3.141592653589793] }] },
  PI: { source: 'PI * x', inputs: ['x'], rule: 'constant-multiple', points: [{ at: [2], value: 2 * 3.141592653589793, gradient: [3.141592653589793] }] },
  e: { source: 'e * x', inputs: ['x'], rule: 'constant-multiple', points: [{ at: [2], value: 2 * 2.718281828459045, gradient: [2.718281828459045] }] },
  E: { source: 'E * x', inputs: ['x'], rule: 'constant-multiple', points: [{ at: [2], value: 2 * 2.718281828459045, gradient: [2.718281828459045] }] },
  tau: { source: 'tau * x', inputs: ['x'], rule: 'constant-multiple', points: [{ at: [2], value: 2 * 6.283185307179586, gradient: [6.283185307179586] }] },
  phi: { source: 'phi * x', inputs: ['x'], rule: 'constant-multiple', points: [{ at: [2], value: 2 * 1.618033988749895, gradient: [1.618033988749895] }] },
};

/**
 * The functions bp had before this table: symbolic's property test checks their values against
 * independent references (its `REFERENCE`) and their gradients against finite differences.
 */
const OLDER_THAN_THE_TABLE: ReadonlySet<string> = new Set([
  'exp', 'log', 'log10', 'log2', 'sqrt', 'cbrt', 'nthRoot', 'pow', 'abs', 'erf', 'sin', 'cos', 'tan', 'sec', 'csc', 'cot',
  'asin', 'acos', 'atan', 'asec', 'acsc', 'acot', 'sinh', 'cosh', 'tanh', 'sech', 'csch', 'coth', 'asinh', 'acosh', 'atanh',
  'asech', 'acsch', 'acoth', 'sigmoid', 'relu', 'leakyRelu', 'softplus', 'elu', 'max', 'min',
]);

const CASES = Object.entries(TABLE).flatMap(([name, entry]) =>
  entry.points.map((point) => ({ name, entry, ...point, label: `${name} at (${point.at.join(', ')})` })),
);

/** |actual − expected| within rtol·|expected| + atol. */
function expectClose(actual: number, expected: number, rtol: number, atol = 0): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(rtol * Math.abs(expected) + atol);
}

const pointOf = (entry: Entry, at: readonly number[]): Record<string, number> =>
  Object.fromEntries(entry.inputs.map((name, i) => [name, at[i]!]));

describe('the function table', () => {
  it('has an entry for every function a user can call, aliases included', () => {
    const callable = [...FUNCTIONS].filter(([, spec]) => !spec.helper || spec.arity[1] === 0).map(([name]) => name);
    for (const name of Object.keys(TABLE)) expect(callable).toContain(name);
    // A function added since this table began needs its entry here (CONTRIBUTING.md, "How to add a function").
    expect(callable.filter((name) => !(name in TABLE) && !OLDER_THAN_THE_TABLE.has(name))).toEqual([]);
  });

  it.each(CASES)('$label: the value is SymPy\'s', ({ entry, at, value }) => {
    expectClose(evaluate(entry.source, pointOf(entry, at)), value, 1e-14, 1e-300);
  });

  it.each(CASES)('$label: the gradient is SymPy\'s and Richardson differences of the value agree', ({ entry, at, gradient: expected }) => {
    const point = pointOf(entry, at);
    const result = gradient(entry.source, point);
    entry.inputs.forEach((name, i) => {
      expectClose(result.gradient[name]!, expected[i]!, 1e-13, 1e-15);
      const along = (t: number): number => evaluate(entry.source, { ...point, [name]: t });
      expectClose(richardsonDifference(along, at[i]!).value, result.gradient[name]!, 1e-8, 1e-10);
    });
  });

  it.each(CASES)('$label: compiled float64 and float32 kernels agree with the float64 reference', ({ entry, at, value, gradient: expected }) => {
    for (const [dtype, rtol] of [['float64', 1e-13], ['float32', 2e-6]] as const) {
      const Array = dtype === 'float64' ? Float64Array : Float32Array;
      const inputs = Object.fromEntries(entry.inputs.map((name, i) => [name, Array.of(at[i]!)]));
      const result = compile(entry.source, { dtype }).evaluate(inputs);
      // float32 rounds the inputs first: allow the function's change over that rounding too.
      const slack = dtype === 'float32' ? expected.reduce((s, g, i) => s + Math.abs(g * (Math.fround(at[i]!) - at[i]!)), 0) : 0;
      expectClose(result.value[0]!, value, rtol, slack + 1e-300);
      entry.inputs.forEach((name, i) => expectClose(result.gradient[name]![0]!, expected[i]!, rtol * 4, 1e-6 * (dtype === 'float32' ? 1 : 0)));
    }
  });

  it.each(CASES)('$label: the complex step gives SymPy\'s gradient', ({ entry, at, gradient: expected }) => {
    const f = programFunction(entry.source, { wrt: entry.inputs });
    entry.inputs.forEach((name, i) => {
      const g = (z: { re: number; im: number }) => f.complex(entry.inputs.map((_, j) => (j === i ? z : { re: at[j]!, im: 0 })));
      expectClose(complexStepDifference(g, at[i]!).value, expected[i]!, 1e-13, 1e-15);
    });
  });

  it.each(Object.entries(TABLE))('%s: a derivation names its rule, and its LaTeX renders in KaTeX', (_name, entry) => {
    const derivation = derive(entry.source, entry.inputs[0]!);
    expect(derivation.steps.map((step) => step.rule)).toContain(entry.rule);
    const program = parse(entry.source);
    for (const latex of [printLatex(program.graph, program.output), derivation.latex, ...derivation.steps.map((step) => step.latex)]) {
      expect(() => katex.renderToString(latex, { throwOnError: true })).not.toThrow();
    }
  });
});

describe('the new functions at their kinks and domain edges', () => {
  it('reports hardtanh at ±1 as a kink and follows its convention there (slope 0, the flat side)', () => {
    for (const x of [-1, 1]) {
      const result = gradient('hardtanh(x)', { x });
      expect(result.gradient).toEqual({ x: 0 });
      expect(result.kinks.map((kink) => kink.function)).toEqual(['hardtanh']);
    }
    // Just inside, the slope is 1; just outside, 0: the one-sided slopes the convention picks between.
    expect(gradient('hardtanh(x)', { x: 1 - 1e-9 }).gradient.x).toBe(1);
    expect(gradient('hardtanh(x)', { x: 1 + 1e-9 }).gradient.x).toBe(0);
  });

  it('reports atan2 on the negative x axis as a kink (its jump by 2π) with the slopes of either side', () => {
    const result = gradient('atan2(y, x)', { x: -2, y: 0 });
    expect(result.value).toBeCloseTo(Math.PI, 15);
    // ∂/∂y = x / (x² + y²) = −1/2 and ∂/∂x = −y / (x² + y²) = 0 on both sides of the axis.
    expect(result.gradient).toEqual({ y: -0.5, x: -0 });
    expect(result.kinks.map((kink) => kink.function)).toEqual(['atan2']);
  });

  it.each([['hypot(x, y)'], ['atan2(y, x)']])('%s has no gradient at the origin: a domain error at the call', (source) => {
    expect(() => gradient(source, { x: 0, y: 0 })).toThrow(expect.objectContaining({ code: 'domain', position: { start: 0, end: 11 } }));
  });

  it('is smooth where softsign\'s |x| has its corner: no kink, slope 1 at 0', () => {
    const result = gradient('softsign(x)', { x: 0 });
    expect(result.gradient).toEqual({ x: 1 });
    expect(result.kinks).toEqual([]);
  });

  it.each([
    ['atan2(x)', { start: 0, end: 8 }],
    ['2 * hypot(x, y, z)', { start: 4, end: 18 }],
    ['square(x, y)', { start: 0, end: 12 }],
  ])('refuses %s with a typed arity error at the call', (source, position) => {
    expect(() => parse(source)).toThrow(expect.objectContaining({ code: 'arity', position }));
  });

  it('reads the constants as constants, not inputs, and lets a program assign a name of its own to them', () => {
    expect(parse('tau * x + phi + PI + E').inputs).toEqual(['x']);
    expect(evaluate('tau = 2; tau * x', { x: 3 })).toBe(6);
  });
});

describe('the new constants beyond scalar expressions', () => {
  it.each([['tau'], ['phi'], ['E']])('refuses to differentiate with respect to the constant %s, at its span', (name) => {
    expect(() => derive(`${name} * x`, name)).toThrow(expect.objectContaining({ code: 'invalid-argument', position: { start: 0, end: name.length } }));
  });

  it('reads tau in a matrix program as the number 2π', () => {
    const result = matrixGradient('y = tau * sum(x)', { shapes: { x: [2] }, at: { x: [1, 2] }, wrt: ['x'] });
    expect(result.value).toBeCloseTo(3 * 6.283185307179586, 13);
  });
});
