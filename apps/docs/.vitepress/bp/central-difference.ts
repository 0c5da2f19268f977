import type { ReferenceProgram } from './reference-program.js';

/**
 * The derivative of one of a program's names (by default its output) with respect to an input or
 * an earlier intermediate, by central differences on the reference evaluator.
 *
 * The step is scaled to the value (h = ε^(1/3)·max(1, |v|)): central differences have truncation
 * error O(h²) and rounding error O(ε/h), which balance near h ≈ ε^(1/3).
 * @example
 * centralDifference(referenceProgram('f = x^2'), { x: 3 }, 'x'); // ≈ 6
 */
export function centralDifference(
  program: ReferenceProgram,
  point: Readonly<Record<string, number>>,
  wrt: string,
  of: string = program.output,
): number {
  const isInput = program.inputs.includes(wrt);
  const base = isInput ? point[wrt] : program.run(point)[wrt];
  if (base === undefined) throw new Error(`the program has no input or intermediate named ${wrt}`);
  const h = Math.cbrt(Number.EPSILON) * Math.max(1, Math.abs(base));
  const at = (by: number): number => {
    const values = isInput ? program.run({ ...point, [wrt]: base + by }) : program.run(point, { name: wrt, by });
    const value = values[of];
    if (value === undefined) throw new Error(`the program has no name ${of}`);
    return value;
  };
  return (at(h) - at(-h)) / (2 * h);
}
