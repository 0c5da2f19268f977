import { backprop, derive, evaluate, evaluateAt, gradient, type Backprop, type Derivation } from '@bp/symbolic';
import { parse as parseExpression } from 'mathjs';
import { centralDifference } from './central-difference.js';
import { checkProgramGradient, type GradientComparison } from './gradient-check.js';
import { parsePoint } from './point.js';
import { NETWORK_FUNCTIONS, referenceProgram, type ReferenceProgram } from './reference-program.js';

/**
 * One line of a worked example that the page states and the build proves:
 * `a = 0.8808` (a forward value), `dL/dw = -0.0250` (a derivative, as a number) or
 * `dL/dw = (a - y)*a*(1 - a)*x` (a derivative, as a formula in the program's names).
 */
export interface Claim {
  readonly text: string;
  readonly kind: 'value' | 'derivative';
  /** The name whose value or derivative is claimed (`L` in `dL/dw`). */
  readonly of: string;
  /** The input or intermediate differentiated against, for a derivative. */
  readonly wrt?: string;
  /** The number as written, or undefined for a formula. */
  readonly number?: number;
  /** Digits after the decimal point as written: the claim must be the value rounded to them. */
  readonly decimals?: number;
  readonly formula?: string;
}

/** A claim with the numbers that proved it. */
export interface CheckedClaim extends Claim {
  /** The value at the example's point, as @bp/symbolic computed it (forward or reverse mode). */
  readonly actual: number;
  /** The same quantity from the independent reference: mathjs and central differences. */
  readonly reference: number;
  /** For a formula: its value at the point. */
  readonly formulaValue?: number;
}

/** A derivation by @bp/symbolic whose result was checked as a formula. */
export interface CheckedDerivation {
  readonly derivation: Derivation;
  /** Points (the example's and nearby ones) where the derived formula matched central differences. */
  readonly points: number;
}

export interface WorkedExample {
  readonly title: string | undefined;
  readonly program: string;
  readonly point: Readonly<Record<string, number>>;
  readonly claims: readonly CheckedClaim[];
  readonly derivations: readonly CheckedDerivation[];
  /** The full gradient by reverse mode against central differences, every input. */
  readonly gradient: GradientComparison;
  /** @bp/symbolic's reverse pass at the point, every value and adjoint checked, for diagrams and tables. */
  readonly backprop: Backprop;
  /** What the page asked to see besides its claims. */
  readonly show: Readonly<Record<Show, boolean>>;
  /** How many extra points each formula was checked at. */
  readonly extraPoints: number;
}

/** Raised when a page states something the build cannot confirm; it fails the build. */
export class WorkedExampleError extends Error {
  override readonly name = 'WorkedExampleError';
}

type Show = 'gradient' | 'graph' | 'backward';
const SHOWS: readonly Show[] = ['gradient', 'graph', 'backward'];
const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const NUMBER = /^[-+−]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const EXTRA_POINTS = 4;
// Central differences with h ≈ ε^(1/3) carry errors near 1e-10 relative; these leave room for
// that and nothing more.
const RTOL = 1e-6;
const ATOL = 1e-8;

function agree(a: number, b: number): boolean {
  return Math.abs(a - b) <= ATOL + RTOL * Math.max(Math.abs(a), Math.abs(b));
}

function parseClaim(text: string): Claim {
  const match = new RegExp(`^(?:d(${NAME})/d(${NAME})|(${NAME}))\\s*(?:=|≈)\\s*(.+)$`).exec(text);
  if (!match) throw new WorkedExampleError(`cannot read the claim "${text}": write "name = …" or "dOut/dName = …"`);
  const [, of, wrt, valueName, rhs] = match;
  const right = rhs!.trim();
  const base = valueName ? { text, kind: 'value' as const, of: valueName } : { text, kind: 'derivative' as const, of: of!, wrt: wrt! };
  if (NUMBER.test(right)) {
    const written = right.replace('−', '-');
    const [mantissa, exponent] = written.split(/e/i) as [string, string | undefined];
    const decimals = mantissa.includes('.') ? mantissa.length - mantissa.indexOf('.') - 1 : 0;
    return { ...base, number: Number(written), decimals: decimals - Number(exponent ?? 0) };
  }
  if (base.kind === 'value') throw new WorkedExampleError(`the value claim "${text}" must be a number`);
  return { ...base, formula: right };
}

/** A small deterministic generator, so a build checks the same extra points every time. */
function jitter(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
}

/** The example's point and a few nearby ones, to check formulas as formulas. */
function nearbyPoints(point: Readonly<Record<string, number>>, seed: number): Record<string, number>[] {
  const random = jitter(seed);
  const extra = Array.from({ length: EXTRA_POINTS }, () =>
    Object.fromEntries(Object.entries(point).map(([name, v]) => [name, v * (1 + 0.3 * random()) + 0.2 * random()])),
  );
  return [{ ...point }, ...extra];
}

function evaluateFormula(formula: string, values: Readonly<Record<string, number>>): number {
  const value = parseExpression(formula).evaluate({ ...NETWORK_FUNCTIONS, ...values }) as unknown;
  if (typeof value !== 'number') throw new WorkedExampleError(`the formula "${formula}" is not a real number here`);
  return value;
}

function format(point: Readonly<Record<string, number>>): string {
  return Object.entries(point).map(([name, value]) => `${name}=${value}`).join(', ');
}

/** The program's statements up to and including the one that assigns `name`. */
function prefixUpTo(source: string, reference: ReferenceProgram, name: string): string {
  const parts = source.split(/[;\n]/).map((part) => part.trim()).filter(Boolean);
  return parts.slice(0, reference.names.indexOf(name) + 1).join('; ');
}

/** ∂of/∂wrt at a point by @bp/symbolic's reverse mode, on the program cut after `of`. */
function symbolicDerivative(source: string, reference: ReferenceProgram, point: Readonly<Record<string, number>>, of: string, wrt: string): number {
  const prefix = prefixUpTo(source, reference, of);
  if (reference.inputs.includes(wrt)) return gradient(prefix, point, { wrt: [wrt] }).gradient[wrt] ?? 0;
  const evaluation = evaluateAt(prefix, point);
  const node = evaluation.program.definitions.get(wrt);
  const adjoint = node === undefined ? undefined : evaluation.adjoints.get(node);
  if (adjoint === undefined) {
    throw new WorkedExampleError(`@bp/symbolic's graph has no gradient at ${wrt} (its node was folded into another); state this derivative another way`);
  }
  return adjoint;
}

function checkClaim(claim: Claim, source: string, reference: ReferenceProgram, point: Readonly<Record<string, number>>): CheckedClaim {
  const values = reference.run(point);
  if (claim.kind === 'value') {
    const expected = values[claim.of];
    if (expected === undefined) throw new WorkedExampleError(`"${claim.text}": the program has no name ${claim.of}`);
    const symbolic = reference.inputs.includes(claim.of) ? point[claim.of]! : evaluate(prefixUpTo(source, reference, claim.of), point);
    if (!agree(symbolic, expected)) throw new WorkedExampleError(`"${claim.text}": @bp/symbolic computes ${symbolic}, mathjs ${expected}`);
    return judgeNumber(claim, symbolic, expected);
  }
  const { of, wrt } = claim as Claim & { wrt: string };
  if (!reference.names.includes(of)) throw new WorkedExampleError(`"${claim.text}": the program assigns no ${of}`);
  if (!reference.inputs.includes(wrt) && !reference.names.includes(wrt)) {
    throw new WorkedExampleError(`"${claim.text}": the program has no input or intermediate ${wrt}`);
  }
  if (reference.names.includes(wrt) && reference.names.indexOf(wrt) >= reference.names.indexOf(of)) {
    throw new WorkedExampleError(`"${claim.text}": ${wrt} is assigned after ${of}, so ${of} cannot depend on it`);
  }
  const derivativeAt = (at: Readonly<Record<string, number>>): { symbolic: number; numeric: number } => {
    const symbolic = symbolicDerivative(source, reference, at, of, wrt);
    const numeric = centralDifference(reference, at, wrt, of);
    if (!agree(symbolic, numeric)) {
      throw new WorkedExampleError(`"${claim.text}" at ${format(at)}: @bp/symbolic gives ${symbolic}, central differences ${numeric}`);
    }
    return { symbolic, numeric };
  };
  const here = derivativeAt(point);
  if (claim.number !== undefined) return judgeNumber(claim, here.symbolic, here.numeric);
  let formulaValue = Number.NaN;
  // A formula must hold as a formula, not only at the example's point.
  for (const [k, at] of nearbyPoints(point, claim.text.length * 7919 + 17).entries()) {
    const expected = k === 0 ? here : derivativeAt(at);
    const got = evaluateFormula(claim.formula!, reference.run(at));
    if (k === 0) formulaValue = got;
    if (!agree(got, expected.numeric)) {
      throw new WorkedExampleError(`"${claim.text}" is wrong at ${format(at)}: the formula gives ${got}, the derivative is ${expected.symbolic}`);
    }
  }
  return { ...claim, actual: here.symbolic, reference: here.numeric, formulaValue };
}

function judgeNumber(claim: Claim, actual: number, reference: number): CheckedClaim {
  // The number as printed must be the true value rounded to the digits printed, so "-0.0250"
  // passes for -0.02503 and "-0.0251" fails.
  const tolerance = 0.5 * 10 ** -claim.decimals! * (1 + 1e-9) + 1e-12 * Math.abs(actual);
  if (!(Math.abs(claim.number! - actual) <= tolerance)) {
    throw new WorkedExampleError(`"${claim.text}" is wrong: the value is ${actual}, which does not round to ${claim.number}`);
  }
  return { ...claim, actual, reference };
}

function checkDerivation(source: string, reference: ReferenceProgram, point: Readonly<Record<string, number>>, wrt: string): CheckedDerivation {
  if (!reference.inputs.includes(wrt)) throw new WorkedExampleError(`derive: ${wrt} is not an input of the program`);
  const derivation = derive(source, wrt);
  const points = nearbyPoints(point, wrt.length * 104729 + 3);
  for (const at of points) {
    const numeric = centralDifference(reference, at, wrt);
    const values = reference.run(at);
    const expanded = evaluateFormula(derivation.derivative, values);
    const compact = evaluateFormula(derivation.compact, values);
    if (!agree(expanded, numeric) || !agree(compact, numeric)) {
      throw new WorkedExampleError(
        `@bp/symbolic derives ∂/∂${wrt} = ${derivation.compact} (= ${derivation.derivative}), which gives ${compact} and ${expanded} at ${format(at)}; central differences give ${numeric}`,
      );
    }
  }
  return { derivation, points: points.length };
}

/**
 * @bp/symbolic's reverse pass with every value and adjoint of a named node checked against the
 * reference, and every node's adjoint checked to be the sum of its contributions.
 */
function checkBackprop(source: string, reference: ReferenceProgram, point: Readonly<Record<string, number>>): Backprop {
  const result = backprop(source, { at: point });
  const values = reference.run(point);
  for (const node of result.nodes) {
    const named = node.label in values;
    if (named && !agree(node.value!, values[node.label]!)) {
      throw new WorkedExampleError(`backprop: the value of ${node.label} is ${node.value}, mathjs gives ${values[node.label]}`);
    }
    if (named && node.kind !== 'output') {
      const numeric = centralDifference(reference, point, node.label);
      if (!agree(node.adjointValue!, numeric)) {
        throw new WorkedExampleError(`backprop: the gradient at ${node.label} is ${node.adjointValue}, central differences give ${numeric}`);
      }
    }
    const incoming = result.contributions.filter((c) => c.to === node.id);
    if (incoming.length > 0) {
      const sum = incoming.reduce((total, c) => total + c.value!, 0);
      if (!agree(sum, node.adjointValue!)) throw new WorkedExampleError(`backprop: the contributions to ${node.label} add up to ${sum}, not ${node.adjointValue}`);
    }
  }
  return result;
}

/**
 * Reads a worked example (lines `title:`, `program:`, `at:`, `claim:`, `derive:`, `show:`), runs
 * it through @bp/symbolic and proves every number and formula against an independent evaluator
 * (mathjs) and central differences.
 * @throws {WorkedExampleError} when a line cannot be read or anything disagrees.
 * @example
 * checkWorkedExample('program: f = x^2\nat: x=3\nclaim: df/dx = 6').claims[0].actual; // 6
 */
export function checkWorkedExample(body: string): WorkedExample {
  let title: string | undefined;
  let program: string | undefined;
  let at: string | undefined;
  const claims: Claim[] = [];
  const derives: string[] = [];
  const show: Record<Show, boolean> = { gradient: false, graph: false, backward: false };
  for (const line of body.split('\n').map((text) => text.trim()).filter(Boolean)) {
    const match = /^(title|program|at|claim|derive|show):\s*(.*)$/.exec(line);
    if (!match) throw new WorkedExampleError(`cannot read "${line}": expected title:, program:, at:, claim:, derive: or show:`);
    const [, key, value] = match as unknown as [string, string, string];
    if (key === 'title') title = value;
    else if (key === 'program') program = program === undefined ? value : `${program}; ${value}`;
    else if (key === 'at') at = value;
    else if (key === 'derive') derives.push(...value.split(',').map((name) => name.trim()));
    else if (key === 'show') {
      for (const item of value.split(',').map((name) => name.trim())) {
        if (!SHOWS.includes(item as Show)) throw new WorkedExampleError(`show: expected ${SHOWS.join(', ')}, found "${item}"`);
        show[item as Show] = true;
      }
    } else claims.push(parseClaim(value));
  }
  if (program === undefined) throw new WorkedExampleError('a worked example needs a program: line');
  const point = parsePoint(at ?? '');
  const reference = referenceProgram(program);
  const missing = reference.inputs.filter((name) => !(name in point));
  if (missing.length > 0) throw new WorkedExampleError(`the point does not give ${missing.join(', ')}`);
  const result = gradient(program, point);
  const comparison = checkProgramGradient(reference, point, result.gradient);
  if (!comparison.ok) {
    const worst = comparison.rows.find((row) => !row.ok)!;
    throw new WorkedExampleError(`@bp/symbolic's gradient disagrees with central differences in ${worst.name}: ${worst.analytic} vs ${worst.numeric}`);
  }
  return {
    title,
    program,
    point,
    claims: claims.map((claim) => checkClaim(claim, program, reference, point)),
    derivations: derives.map((wrt) => checkDerivation(program, reference, point, wrt)),
    gradient: comparison,
    // Adjoints of named intermediates are checked only where a page shows them: @bp/symbolic's
    // local rewrites can fold a named node into its consumer, and then its adjoint misses a path.
    backprop: show.graph || show.backward ? checkBackprop(program, reference, point) : backprop(program, { at: point }),
    show,
    extraPoints: EXTRA_POINTS,
  };
}
