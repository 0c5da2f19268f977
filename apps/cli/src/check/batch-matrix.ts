import { formatShape, matrixEntries, parseMatrix, type MatrixProgram, type Shape } from '@bp/symbolic';
import { crossValidateMatrix } from '@bp/verify';
import { matrixCheckJson, mergeMatrixRuns } from '../check-matrix.js';
import { withSource } from '../errors.js';
import { invalid, isObject, isShape, shapeOf, unsupported } from './line-fields.js';

/** What a matrix line is checked with: the command's options. */
export interface MatrixLineOptions {
  readonly count: number;
  readonly seed: number;
  readonly rtol?: number;
  readonly atol?: number;
}

/** What a matrix line's check prints: the matrix form of `bp check --json`. */
export type MatrixLineJson = ReturnType<typeof matrixCheckJson>;

/** The shapes a line declares, checked, as `[rows, columns]`. */
function declaredShapes(value: unknown, line: number): Record<string, Shape> {
  const shapes = Object.create(null) as Record<string, Shape>;
  if (value === undefined) return shapes;
  if (!isObject(value)) throw invalid(line, '"shape" must be an object such as {"W": [3, 2], "x": [2]}');
  for (const [name, shape] of Object.entries(value)) {
    if (!isShape(shape)) throw invalid(line, `"shape.${name}" must be a shape such as [3, 2], [2] or "3x2", found ${JSON.stringify(shape)}`);
    shapes[name] = shapeOf(shape);
  }
  return shapes;
}

/** The line's point as row-major entries, each value's shape checked against the declared one (and completing it). */
function pointValues(value: unknown, shapes: Record<string, Shape>, line: number): Record<string, number[]> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw invalid(line, '"at" must be an object such as {"W": [[1, 2], [3, 4]], "x": [1, 2]}');
  const values = Object.create(null) as Record<string, number[]>;
  for (const [name, raw] of Object.entries(value)) {
    let entries;
    try {
      entries = matrixEntries(raw, name);
    } catch (error) {
      throw invalid(line, `"at.${name}": ${(error as Error).message}`);
    }
    const declared = shapes[name];
    if (declared !== undefined && (declared[0] !== entries.shape[0] || declared[1] !== entries.shape[1])) {
      throw invalid(line, `"shape" makes ${name} ${formatShape(declared)} but "at" gives it ${formatShape(entries.shape)} values`);
    }
    shapes[name] = entries.shape;
    values[name] = entries.values;
  }
  return values;
}

/** Every name the line gives a shape or a value is an input, and the point gives every input. */
function checkNames(program: MatrixProgram, fields: Record<string, unknown>, at: Record<string, number[]> | undefined, line: number): void {
  for (const field of ['shape', 'at']) {
    for (const name of Object.keys(isObject(fields[field]) ? fields[field] : {})) {
      if (!program.inputs.includes(name)) throw invalid(line, `"${field}.${name}": "${name}" is not an input of the program (inputs: ${program.inputs.join(', ')})`);
    }
  }
  const unset = at === undefined ? [] : program.inputs.filter((name) => !Object.hasOwn(at, name));
  if (unset.length > 0) throw invalid(line, `"at" gives no value for ${unset.join(', ')}`);
}

/**
 * A matrix line of `bp check --batch`: its program parsed with the shapes it declares or its point
 * implies, checked entry by entry by @bp/verify's crossValidateMatrix at the given point and at
 * seeded random matrices, as `bp check --shape` does.
 */
export function checkMatrixLine(fields: Record<string, unknown>, source: string, line: number, options: MatrixLineOptions): { json: MatrixLineJson; program: MatrixProgram } {
  if (fields.order === 2) throw unsupported(line, '"order": 2 takes scalar inputs only: second derivatives of matrix programs are not checked yet');
  if (fields.claims !== undefined) throw unsupported(line, '"claims" take scalar inputs only: a matrix program is checked three ways without claims');
  const shapes = declaredShapes(fields.shape, line);
  const at = pointValues(fields.at, shapes, line);
  const program = withSource(source, () => parseMatrix(source, { shapes }), `line ${line}`);
  checkNames(program, fields, at, line);
  const common = {
    ...program.options,
    seed: options.seed,
    ...(options.rtol === undefined ? {} : { rtol: options.rtol }),
    ...(options.atol === undefined ? {} : { atol: options.atol }),
  };
  const runs = [
    ...(at === undefined ? [] : [withSource(source, () => crossValidateMatrix(program, { ...common, points: [at] }), `line ${line}`)]),
    ...(options.count > 0 ? [withSource(source, () => crossValidateMatrix(program, { ...common, points: options.count }), `line ${line}`)] : []),
  ];
  if (runs.length === 0) throw invalid(line, 'nothing to check: give a point in "at" or random points with --points N');
  return { json: matrixCheckJson(mergeMatrixRuns(runs)), program };
}
