import { compile } from '@bp/numeric';
import { hessian, hessianAt, newtonStep, type SymbolicHessian } from '@bp/symbolic';
import { checkHessian } from '@bp/verify';
import { parse as parseExpression } from 'mathjs';
import { parsePoint } from './point.js';
import { NETWORK_FUNCTIONS, referenceProgram, type ReferenceProgram } from './reference-program.js';
import { WorkedExampleError } from './worked-example.js';

/** A second partial the page states: a number rounded as printed, or a formula in the program's names. */
export interface HessianClaim {
  readonly text: string;
  readonly of: string;
  readonly wrt: readonly [string, string];
  readonly number?: number;
  readonly decimals?: number;
  readonly formula?: string;
  /** The entry at the example's point, from @bp/symbolic. */
  readonly actual: number;
}

/** One step of Newton's method, x ← x − H⁻¹∇f, with the numbers it produced. */
export interface NewtonIterate {
  readonly point: readonly number[];
  readonly value: number;
  /** |∇f| at the point (the largest component). */
  readonly gradientNorm: number;
}

/** A second-order worked example, every number computed by the packages and checked at build time. */
export interface HessianExample {
  readonly title: string | undefined;
  readonly program: string;
  /** The output's name: the last assignment's, or `f`. */
  readonly output: string;
  readonly point: Readonly<Record<string, number>>;
  readonly wrt: readonly string[];
  readonly value: number;
  readonly gradient: readonly number[];
  /** Row-major, wrt × wrt. */
  readonly hessian: readonly (readonly number[])[];
  readonly symbolic: SymbolicHessian;
  readonly claims: readonly HessianClaim[];
  /** Newton's method from the point, when the page asks for `newton: N` steps. */
  readonly newton: readonly NewtonIterate[];
  readonly show: { readonly matrix: boolean; readonly entries: boolean };
  /** The largest gap between @bp/symbolic and second differences of mathjs (relative to the entry's tolerance). */
  readonly checkedEntries: number;
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const NUMBER = /^[-+−]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function parseClaim(text: string): Omit<HessianClaim, 'actual'> {
  const match = new RegExp(`^d2(${NAME})/d(${NAME})(?:\\^2|\\s*d(${NAME}))\\s*=\\s*(.+)$`).exec(text);
  if (!match) throw new WorkedExampleError(`cannot read the claim "${text}": write "d2f/dx^2 = …" or "d2f/dx dy = …"`);
  const [, of, a, b, rhs] = match as unknown as [string, string, string, string | undefined, string];
  const base = { text, of, wrt: [a, b ?? a] as const };
  const right = rhs.trim();
  if (!NUMBER.test(right)) return { ...base, formula: right };
  const written = right.replace('−', '-');
  const [mantissa, exponent] = written.split(/e/i) as [string, string | undefined];
  const decimals = (mantissa.includes('.') ? mantissa.length - mantissa.indexOf('.') - 1 : 0) - Number(exponent ?? 0);
  return { ...base, number: Number(written), decimals };
}

/** The reference program as a function of the wrt inputs, the others held at the point. */
function referenceFunction(reference: ReferenceProgram, point: Readonly<Record<string, number>>, wrt: readonly string[]) {
  return (x: Float64Array): number => {
    const values = reference.run({ ...point, ...Object.fromEntries(wrt.map((name, i) => [name, x[i]!])) });
    return values[reference.output]!;
  };
}

/**
 * @bp/symbolic's Hessian at a point, checked entry by entry by @bp/verify's checkHessian against
 * second differences of the independent mathjs evaluator, and against @bp/numeric's compiled
 * Hessian-vector products.
 */
function checkedHessian(program: string, reference: ReferenceProgram, point: Readonly<Record<string, number>>, wrt: readonly string[]) {
  const result = hessianAt(program, point, { wrt });
  const matrix = wrt.map((a) => wrt.map((b) => result.hessian[a]![b]!));
  const x = Float64Array.from(wrt, (name) => point[name]!);
  const check = checkHessian(referenceFunction(reference, point, wrt), matrix, x, { kinks: false });
  if (!check.ok) {
    const worst = check.worst[0]!;
    throw new WorkedExampleError(`@bp/symbolic's ∂²/∂${wrt[worst.row!]}∂${wrt[worst.column!]} is ${worst.analytic}; second differences of mathjs give ${worst.numeric}`);
  }
  const kernel = compile(program, { wrt, hessian: true });
  const compiled = kernel.hessian(Object.fromEntries(kernel.inputs.map((name) => [name, point[name]!])));
  wrt.forEach((a, i) => wrt.forEach((b, j) => {
    const got = compiled.hessian[a]![b]![0]!;
    if (!(Math.abs(got - matrix[i]![j]!) <= 1e-10 * Math.max(1, Math.abs(got)))) {
      throw new WorkedExampleError(`@bp/numeric's compiled ∂²/∂${a}∂${b} is ${got}, @bp/symbolic's ${matrix[i]![j]}`);
    }
  }));
  return { result, matrix, checked: check.checked };
}

/**
 * Newton's method from the point by @bp/symbolic's `newtonStep`; the Hessian at every iterate is
 * checked like the first one (second differences of mathjs, compiled Hessian-vector products).
 */
function newton(program: string, reference: ReferenceProgram, point: Readonly<Record<string, number>>, wrt: readonly string[], steps: number): NewtonIterate[] {
  const out: NewtonIterate[] = [];
  let at: Readonly<Record<string, number>> = { ...point };
  for (let k = 0; k <= steps; k++) {
    checkedHessian(program, reference, at, wrt);
    const step = newtonStep(program, at, { wrt });
    out.push({ point: wrt.map((name) => at[name]!), value: step.value, gradientNorm: Math.max(...wrt.map((name) => Math.abs(step.gradient[name]!))) });
    if (k === steps) break;
    if (step.next === undefined) throw new WorkedExampleError(`the Hessian is singular at step ${k}: Newton's step is undefined`);
    at = step.next;
  }
  return out;
}

function checkClaim(claim: Omit<HessianClaim, 'actual'>, program: string, reference: ReferenceProgram, point: Readonly<Record<string, number>>, wrt: readonly string[]): HessianClaim {
  if (!claim.wrt.every((name) => wrt.includes(name))) throw new WorkedExampleError(`"${claim.text}": ${claim.wrt.join(', ')} must be among ${wrt.join(', ')}`);
  if (claim.of !== reference.output) throw new WorkedExampleError(`"${claim.text}": the program's output is ${reference.output}`);
  const entry = (at: Readonly<Record<string, number>>): number => hessianAt(program, at, { wrt }).hessian[claim.wrt[0]]![claim.wrt[1]]!;
  const actual = entry(point);
  if (claim.number !== undefined) {
    const tolerance = 0.5 * 10 ** -claim.decimals! * (1 + 1e-9) + 1e-12 * Math.abs(actual);
    if (!(Math.abs(claim.number - actual) <= tolerance)) throw new WorkedExampleError(`"${claim.text}" is wrong: the value is ${actual}, which does not round to ${claim.number}`);
    return { ...claim, actual };
  }
  // A formula must hold as a formula: at the point and at nearby ones, each entry itself checked.
  for (const shift of [0, 0.13, -0.21, 0.37]) {
    const at = Object.fromEntries(Object.entries(point).map(([name, v]) => [name, wrt.includes(name) ? v + shift * (1 + Math.abs(v)) : v]));
    checkedHessian(program, reference, at, wrt);
    const stated = parseExpression(claim.formula!).evaluate({ ...NETWORK_FUNCTIONS, ...reference.run(at) }) as number;
    const exact = entry(at);
    if (!(Math.abs(stated - exact) <= 1e-9 * Math.max(1, Math.abs(exact)))) throw new WorkedExampleError(`"${claim.text}" is wrong at ${JSON.stringify(at)}: the formula gives ${stated}, the entry is ${exact}`);
  }
  return { ...claim, actual };
}

/**
 * The symbolic entries the page prints, each evaluated by mathjs (its δ lines in order, then the
 * entry, over the reference program's values) and compared with the checked matrix: a formula that
 * does not give its number stops the build.
 */
function checkedEntries(symbolic: SymbolicHessian, reference: ReferenceProgram, point: Readonly<Record<string, number>>, wrt: readonly string[], matrix: readonly (readonly number[])[]): SymbolicHessian {
  for (const entry of symbolic.entries) {
    const scope: Record<string, unknown> = { ...NETWORK_FUNCTIONS, ...reference.run(point) };
    for (const line of entry.adjoints ?? []) scope[line.name] = parseExpression(line.expression).evaluate(scope) as number;
    const got = parseExpression(entry.compact.slice(entry.compact.lastIndexOf('; ') + 1)).evaluate(scope) as number;
    const want = matrix[wrt.indexOf(entry.wrt[0])]![wrt.indexOf(entry.wrt[1])]!;
    if (!(Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want)))) {
      throw new WorkedExampleError(`the entry ∂²/∂${entry.wrt[0]}∂${entry.wrt[1]} as printed gives ${got}, the checked value is ${want}`);
    }
  }
  return symbolic;
}

/**
 * Reads a second-order example (lines `title:`, `program:`, `at:`, `wrt:`, `claim:`, `newton:`,
 * `show: matrix, entries`), computes its Hessian with @bp/symbolic, and proves it: every entry
 * against second differences of mathjs (@bp/verify's checkHessian) and against @bp/numeric's
 * compiled Hessian-vector products; every claim as a number rounded as printed or as a formula.
 * @throws {WorkedExampleError} when a line cannot be read or anything disagrees.
 * @example
 * checkHessianExample('program: f = x^2 * y\nat: x=3, y=2\nclaim: d2f/dx dy = 6').hessian; // [[4, 6], [6, 0]]
 */
export function checkHessianExample(body: string): HessianExample {
  const fields: Record<string, string[]> = {};
  for (const line of body.split('\n').map((text) => text.trim()).filter(Boolean)) {
    const match = /^(title|program|at|wrt|claim|newton|show):\s*(.*)$/.exec(line);
    if (!match) throw new WorkedExampleError(`cannot read "${line}": expected title:, program:, at:, wrt:, claim:, newton: or show:`);
    (fields[match[1]!] ??= []).push(match[2]!);
  }
  const program = fields.program?.join('; ');
  if (program === undefined) throw new WorkedExampleError('a Hessian example needs a program: line');
  const point = parsePoint(fields.at?.[0] ?? '');
  const reference = referenceProgram(program);
  const missing = reference.inputs.filter((name) => !(name in point));
  if (missing.length > 0) throw new WorkedExampleError(`the point does not give ${missing.join(', ')}`);
  const wrt = fields.wrt?.[0]?.split(',').map((s) => s.trim()) ?? reference.inputs;
  const { result, matrix, checked } = checkedHessian(program, reference, point, wrt);
  const shows = (fields.show ?? []).flatMap((s) => s.split(',').map((x) => x.trim()));
  return {
    title: fields.title?.[0],
    program,
    output: reference.output,
    point,
    wrt,
    value: result.value,
    gradient: wrt.map((name) => result.gradient[name]!),
    hessian: matrix,
    symbolic: checkedEntries(hessian(program, { wrt, expand: false }), reference, point, wrt, matrix),
    claims: (fields.claim ?? []).map((text) => checkClaim(parseClaim(text), program, reference, point, wrt)),
    newton: fields.newton === undefined ? [] : newton(program, reference, point, wrt, Number(fields.newton[0])),
    show: { matrix: shows.includes('matrix'), entries: shows.includes('entries') },
    checkedEntries: checked,
  };
}
