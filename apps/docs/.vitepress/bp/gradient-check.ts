import { checkGradient } from '@bp/verify';
import type { ReferenceProgram } from './reference-program.js';

/** One component of a gradient, analytic against finite differences. */
export interface GradientRow {
  readonly name: string;
  readonly analytic: number;
  readonly numeric: number;
  readonly absError: number;
  readonly relError: number;
  readonly ok: boolean;
  /** Left and right differences disagree here: no derivative exists, and the analytic value only has to lie between them. */
  readonly kink: boolean;
  /** For a matrix input: every entry's finite difference, as text (`numeric` is then the worst entry's). */
  readonly numericText?: string;
}

export interface GradientComparison {
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  /** In the program's input order. */
  readonly rows: readonly GradientRow[];
  readonly rtol: number;
  readonly atol: number;
}

/**
 * Checks an analytic gradient of a program against finite differences with @bp/verify's
 * `checkGradient` (central differences, its default tolerances for float64, kinks detected),
 * evaluating the program on the independent mathjs reference.
 * @example
 * checkProgramGradient(referenceProgram('f = x^2'), { x: 3 }, { x: 6 }).ok; // true
 */
export function checkProgramGradient(
  reference: ReferenceProgram,
  point: Readonly<Record<string, number>>,
  analytic: Readonly<Record<string, number>>,
): GradientComparison {
  const names = reference.inputs;
  const f = (x: Float64Array): number => {
    const at: Record<string, number> = { ...point };
    names.forEach((name, i) => (at[name] = x[i]!));
    return reference.run(at)[reference.output]!;
  };
  const x = Float64Array.from(names.map((name) => point[name]!));
  const result = checkGradient(f, names.map((name) => analytic[name] ?? 0), x);
  const rows = names.map((name, index): GradientRow => {
    const c = result.worst.find((component) => component.index === index)!;
    return { name, analytic: c.analytic, numeric: c.numeric, absError: c.absError, relError: c.relError, ok: c.ok, kink: c.kink };
  });
  return { ok: result.ok, maxAbsError: result.maxAbsError, maxRelError: result.maxRelError, rows, rtol: result.rtol, atol: result.atol };
}
