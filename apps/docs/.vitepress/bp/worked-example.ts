import { parse as parseExpression } from 'mathjs';
import { centralDifference } from './central-difference.js';
import { parsePoint } from './point.js';
import { referenceProgram, type ReferenceProgram } from './reference-program.js';

/**
 * One line of a worked example that the page states and the build proves:
 * `a = 0.8808` (a forward value), `dL/dw = -0.0250` (a derivative, as a number) or
 * `dL/dw = (a - y)*a*(1 - a)*x` (a derivative, as a formula in the program's names).
 */
export interface Claim {
  readonly text: string;
  readonly kind: 'value' | 'derivative';
  /** The output whose derivative is claimed (`L` in `dL/dw`), or the name whose value is claimed. */
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
  /** The value at the example's point: forward value, or the derivative from the reference. */
  readonly actual: number;
  /** For a formula: its value at the point. */
  readonly formulaValue?: number;
  /** The largest disagreement found, at the point and (for formulas) at the extra points. */
  readonly error: number;
}

export interface WorkedExample {
  readonly title: string | undefined;
  readonly program: string;
  readonly point: Readonly<Record<string, number>>;
  readonly claims: readonly CheckedClaim[];
  /** Forward values of every input and intermediate at the point. */
  readonly values: Readonly<Record<string, number>>;
  /** How many extra points each formula was checked at. */
  readonly extraPoints: number;
}

/** Raised when a page states something the build cannot confirm; it fails the build. */
export class WorkedExampleError extends Error {
  override readonly name = 'WorkedExampleError';
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const NUMBER = /^[-+−]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const EXTRA_POINTS = 4;
const FORMULA_RTOL = 1e-6;
const FORMULA_ATOL = 1e-8;

function parseClaim(text: string): Claim {
  const match = new RegExp(`^(?:d(${NAME})/d(${NAME})|(${NAME}))\\s*(?:=|≈)\\s*(.+)$`).exec(text);
  if (!match) throw new WorkedExampleError(`cannot read the claim "${text}": write "name = …" or "dOut/dName = …"`);
  const [, of, wrt, valueName, rhs] = match;
  const right = rhs!.trim();
  const base = valueName ? { text, kind: 'value' as const, of: valueName } : { text, kind: 'derivative' as const, of: of!, wrt: wrt! };
  if (NUMBER.test(right)) {
    const written = right.replace('−', '-');
    const mantissa = written.split(/e/i)[0]!;
    const decimals = mantissa.includes('.') ? mantissa.length - mantissa.indexOf('.') - 1 : 0;
    const exponent = Number(written.split(/e/i)[1] ?? 0);
    return { ...base, number: Number(written), decimals: decimals - exponent };
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

function evaluateFormula(formula: string, values: Readonly<Record<string, number>>, program: ReferenceProgram): number {
  const scope = { ...values };
  const value = parseExpression(formula).evaluate(scope) as unknown;
  if (typeof value !== 'number') throw new WorkedExampleError(`the formula "${formula}" is not a real number in ${program.names.join(', ')}`);
  return value;
}

function checkClaim(claim: Claim, program: ReferenceProgram, point: Readonly<Record<string, number>>): CheckedClaim {
  const values = program.run(point);
  if (claim.kind === 'value') {
    const actual = values[claim.of];
    if (actual === undefined) throw new WorkedExampleError(`"${claim.text}": the program has no name ${claim.of}`);
    return judgeNumber(claim, actual);
  }
  if (!program.names.includes(claim.of)) throw new WorkedExampleError(`"${claim.text}": the program assigns no ${claim.of}`);
  const order = (name: string): number => program.names.indexOf(name);
  if (program.names.includes(claim.wrt!) && order(claim.wrt!) >= order(claim.of)) {
    throw new WorkedExampleError(`"${claim.text}": ${claim.wrt} is assigned after ${claim.of}, so ${claim.of} cannot depend on it`);
  }
  const actual = derivative(program, point, claim);
  if (claim.number !== undefined) return judgeNumber(claim, actual);
  // A formula must hold as a formula, not only at the example's point: check it at nearby points too.
  const random = jitter(claim.text.length * 7919 + 17);
  let error = 0;
  let formulaValue = Number.NaN;
  for (let k = 0; k <= EXTRA_POINTS; k += 1) {
    const at = k === 0 ? point : Object.fromEntries(Object.entries(point).map(([name, v]) => [name, v * (1 + 0.3 * random()) + 0.2 * random()]));
    const expected = k === 0 ? actual : derivative(program, at, claim);
    const got = evaluateFormula(claim.formula!, program.run(at), program);
    if (k === 0) formulaValue = got;
    const gap = Math.abs(got - expected);
    if (!(gap <= FORMULA_ATOL + FORMULA_RTOL * Math.abs(expected))) {
      throw new WorkedExampleError(
        `"${claim.text}" is wrong at ${format(at)}: the formula gives ${got}, central differences give ${expected}`,
      );
    }
    error = Math.max(error, gap);
  }
  return { ...claim, actual, formulaValue, error };
}

function derivative(program: ReferenceProgram, point: Readonly<Record<string, number>>, claim: Claim): number {
  if (!program.inputs.includes(claim.wrt!) && !program.names.includes(claim.wrt!)) {
    throw new WorkedExampleError(`"${claim.text}": the program has no input or intermediate ${claim.wrt}`);
  }
  return centralDifference(program, point, claim.wrt!, claim.of);
}

function judgeNumber(claim: Claim, actual: number): CheckedClaim {
  // The number as printed must be the true value rounded to the digits printed (plus a hair for
  // the reference's own error), so "-0.0250" passes for -0.02503 and "-0.0251" fails.
  const tolerance = 0.5 * 10 ** -claim.decimals! * (1 + 1e-9) + 1e-9 * Math.abs(actual);
  const error = Math.abs(claim.number! - actual);
  if (!(error <= tolerance)) {
    throw new WorkedExampleError(`"${claim.text}" is wrong: the value is ${actual}, which does not round to ${claim.number}`);
  }
  return { ...claim, actual, error };
}

function format(point: Readonly<Record<string, number>>): string {
  return Object.entries(point).map(([name, value]) => `${name}=${value}`).join(', ');
}

/**
 * Reads a worked example (lines `title:`, `program:`, `at:` and any number of `claim:`), runs it
 * and proves each claim against an independent evaluator and central differences.
 * @throws {WorkedExampleError} when a line cannot be read or a claim is wrong.
 * @example
 * checkWorkedExample('program: f = x^2\nat: x=3\nclaim: df/dx = 6').claims[0].actual; // ≈ 6
 */
export function checkWorkedExample(body: string): WorkedExample {
  let title: string | undefined;
  let program: string | undefined;
  let at: string | undefined;
  const claims: Claim[] = [];
  for (const line of body.split('\n').map((text) => text.trim()).filter(Boolean)) {
    const match = /^(title|program|at|claim):\s*(.*)$/.exec(line);
    if (!match) throw new WorkedExampleError(`cannot read "${line}": expected title:, program:, at: or claim:`);
    const [, key, value] = match;
    if (key === 'title') title = value;
    else if (key === 'program') program = program === undefined ? value : `${program}; ${value}`;
    else if (key === 'at') at = value;
    else claims.push(parseClaim(value!));
  }
  if (program === undefined) throw new WorkedExampleError('a worked example needs a program: line');
  const point = parsePoint(at ?? '');
  const reference = referenceProgram(program);
  const missing = reference.inputs.filter((name) => !(name in point));
  if (missing.length > 0) throw new WorkedExampleError(`the point does not give ${missing.join(', ')}`);
  return {
    title,
    program,
    point,
    claims: claims.map((claim) => checkClaim(claim, reference, point)),
    values: reference.run(point),
    extraPoints: EXTRA_POINTS,
  };
}
