/**
 * The fuzz suite's oracles: every entry point either answers or throws one of bp's typed errors
 * (with a code), within a time bound; and where a gradient is defined, the symbolic gradient, the
 * compiled kernel, finite differences and mathjs's `derivative` agree.
 */
import { compile, isNumericError } from '@bp/numeric';
import { derive, evaluate, evaluateAt, gradient, isSymbolicError, parse, type Program } from '@bp/symbolic';
import { all, create } from 'mathjs';
import { checkGradient, crossValidate, isVerifyError } from '../../src/index.js';

/** The longest one case may take through every entry point before it counts as a hang. */
export const CASE_MS = 10_000;

/** Whether an error is one of bp's typed errors, with a kebab-case code. */
export function isTyped(error: unknown): boolean {
  if (!(isSymbolicError(error) || isNumericError(error) || isVerifyError(error))) return false;
  return typeof error.code === 'string' && /^[a-z]+(-[a-z]+)*$/.test(error.code);
}

function attempt<T>(what: string, source: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (isTyped(error)) return undefined;
    const e = error as Error;
    throw new Error(`${what} of ${JSON.stringify(source)} threw an untyped ${e.name}: ${e.message}`, { cause: error });
  }
}

/** A point for a program: 0.5, 0.75, 1, … for its inputs in order. */
function pointFor(program: Program): Record<string, number> {
  const at = Object.create(null) as Record<string, number>;
  program.inputs.forEach((name, i) => (at[name] = 0.5 + 0.25 * i));
  return at;
}

/**
 * Runs a source through parse, derive, gradient, compile (and the kernel), checkGradient and
 * crossValidate. Throws when any of them throws something other than a typed error, or when the
 * whole takes longer than {@link CASE_MS}.
 */
export function throughEveryEntryPoint(source: string): void {
  const start = performance.now();
  const program = attempt('parse', source, () => parse(source));
  if (program !== undefined) {
    const at = pointFor(program);
    attempt('derive', source, () => derive(program, program.inputs[0] ?? 'x'));
    const result = attempt('gradient', source, () => gradient(program, at));
    const kernel = attempt('compile', source, () => compile(program));
    if (kernel !== undefined) attempt('kernel.evaluate', source, () => kernel.evaluate(at));
    if (result !== undefined && program.inputs.length > 0) {
      const x = Float64Array.from(program.inputs, (name) => at[name]!);
      const f = (p: Float64Array): number => evaluate(program, new Map(program.inputs.map((name, i) => [name, p[i]!])));
      attempt('checkGradient', source, () => checkGradient(f, program.inputs.map((name) => result.gradient[name]!), x));
      attempt('crossValidate', source, () => crossValidate(program, [at]));
    }
  }
  const elapsed = performance.now() - start;
  if (elapsed > CASE_MS) throw new Error(`${JSON.stringify(source)} took ${elapsed.toFixed(0)} ms through the entry points (limit ${CASE_MS} ms)`);
}

/** |a − b| ≤ atol + rtol·|b|. */
export function close(a: number, b: number, rtol: number, atol: number): boolean {
  return Math.abs(a - b) <= atol + rtol * Math.abs(b);
}

/**
 * An independent numerical partial: Richardson-extrapolated central differences at two step
 * sizes, undefined unless they agree and the one-sided slopes agree (a function too steep or too
 * rough for the step, or a kink within it).
 */
export function referencePartial(f: (t: number) => number, t: number): number | undefined {
  const at = (scale: number): number => {
    const h = scale * Math.max(1, Math.abs(t));
    const central = (step: number): number => (f(t + step) - f(t - step)) / (2 * step);
    return (4 * central(h / 2) - central(h)) / 3;
  };
  const coarse = at(1e-3);
  const fine = at(1e-4);
  // A kink within the steps: one-sided slopes that differ (by far more than h·f″) are no reference.
  const h = 1e-6 * Math.max(1, Math.abs(t));
  const ft = f(t);
  const jump = Math.abs((f(t + h) - ft) / h - (ft - f(t - h)) / h);
  if (!(jump <= 1e-2 * (1 + Math.abs(fine)))) return undefined;
  return Number.isFinite(fine) && close(coarse, fine, 1e-6, 1e-8) ? fine : undefined;
}

/** Functions mathjs's `derivative` knows; a source calling any other is not compared with it. */
const MATHJS_DERIVATIVES = new Set([
  'exp', 'log', 'log10', 'sqrt', 'cbrt', 'nthRoot', 'pow', 'abs', 'sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'asin', 'acos',
  'atan', 'asec', 'acsc', 'acot', 'sinh', 'cosh', 'tanh', 'sech', 'csch', 'coth', 'asinh', 'acosh', 'atanh', 'asech', 'acsch', 'acoth',
]);

const mathjs = create(all!);

/** mathjs's derivative of a single expression at the point, or undefined where it cannot be compared. */
function mathjsPartial(source: string, name: string, at: Record<string, number>): number | undefined {
  if (source.includes('=')) return undefined;
  for (const call of source.matchAll(/([A-Za-z]\w*)\(/g)) if (!MATHJS_DERIVATIVES.has(call[1]!)) return undefined;
  try {
    const value = mathjs.derivative(source, name).evaluate(at) as unknown;
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether every value that depends on the inputs is of moderate size (or 0) at the point. Beyond
 * that, finite differences stop being a reference: 1.7e13 − x does not move when x moves by 1e-4
 * (its spacing is 0.004), so the difference quotient sees a flat function where the derivative
 * is not 0. The symbolic and compiled gradients are compared with each other regardless.
 */
function isModerate(source: string, at: Readonly<Record<string, number>>): boolean {
  const program = parse(source);
  const values = evaluateAt(program, at).values;
  return program.graph.nodes.every((_node, id) => {
    const v = values.get(id);
    return program.graph.isConstant[id] === true || v === undefined || v === 0 || (Math.abs(v) >= 1e-8 && Math.abs(v) <= 1e8);
  });
}

/**
 * At a point where the function and its gradient are defined (no domain error, no kink, moderate
 * values), the symbolic gradient, the compiled kernel, finite differences and mathjs's derivative
 * (where mathjs agrees with finite differences) must agree. Throws with the source and point when not.
 */
export function gradientsAgree(source: string, x: number, y: number): void {
  const at = { x, y };
  let symbolic: ReturnType<typeof gradient>;
  try {
    symbolic = gradient(source, at);
  } catch (error) {
    if (isTyped(error)) return; // outside the domain, or refused: the other oracle judges the error
    throw error;
  }
  if (symbolic.kinks.length > 0 || !(Math.abs(symbolic.value) < 1e6)) return;
  const kernel = compile(source).evaluate(at);
  const referencesApply = isModerate(source, at);
  const problems: string[] = [];
  for (const name of Object.keys(symbolic.gradient)) {
    const analytic = symbolic.gradient[name]!;
    if (!(Math.abs(analytic) < 1e6)) continue;
    const compiled = kernel.gradient[name]![0]!;
    if (!close(compiled, analytic, 1e-9, 1e-9)) problems.push(`∂/∂${name}: compiled ${compiled}, symbolic ${analytic}`);
    const f = (t: number): number => {
      try {
        return evaluate(source, { ...at, [name]: t });
      } catch {
        return Number.NaN;
      }
    };
    const numeric = referencePartial(f, at[name as 'x' | 'y']);
    if (numeric === undefined || !referencesApply) continue;
    if (!close(analytic, numeric, 1e-5, 1e-6)) problems.push(`∂/∂${name}: symbolic ${analytic}, finite differences ${numeric}`);
    const theirs = mathjsPartial(source, name, at);
    if (theirs !== undefined && close(theirs, numeric, 1e-5, 1e-6) && !close(analytic, theirs, 1e-6, 1e-8)) {
      problems.push(`∂/∂${name}: symbolic ${analytic}, mathjs ${theirs}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`${source} at x = ${x}, y = ${y}: ${problems.join('; ')}`);
  }
}
