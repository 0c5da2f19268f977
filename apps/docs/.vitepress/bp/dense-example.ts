import { activationByName, denseBackward, denseForward, type ActivationName } from '@bp/numeric';
import { gradient } from '@bp/symbolic';
import { centralDifference } from './central-difference.js';
import { referenceProgram } from './reference-program.js';
import { WorkedExampleError } from './worked-example.js';

/** A dense layer's forward and backward pass over a batch, in the textbook's column layout. */
export interface DenseExample {
  readonly activation: string;
  /** Matrices as rows of numbers: W [outputs × inputs], b [outputs], X and A_prev [inputs × batch], Z, A, Y, dZ [outputs × batch], dW, db, dA_prev. */
  readonly W: number[][];
  readonly b: number[];
  readonly X: number[][];
  readonly Y: number[][];
  readonly Z: number[][];
  readonly A: number[][];
  readonly dZ: number[][];
  readonly dW: number[][];
  readonly db: number[];
  readonly dX: number[][];
  readonly loss: number;
  /** The scalar program @bp/symbolic differentiated to check every entry. */
  readonly program: string;
  readonly entries: number;
}

const RTOL = 1e-6;
const ATOL = 1e-8;

function matrix(text: string, what: string): number[][] {
  const rows = text.split(';').map((row) => row.split(',').map((cell) => Number(cell.trim())));
  if (rows.some((row) => row.some((v) => !Number.isFinite(v)) || row.length !== rows[0]!.length)) {
    throw new WorkedExampleError(`${what}: expected rows of numbers separated by ";"`);
  }
  return rows;
}

const transpose = (m: readonly (readonly number[])[]): number[][] => m[0]!.map((_, j) => m.map((row) => row[j]!));
const rowsOf = (flat: Float64Array, rows: number, columns: number): number[][] =>
  Array.from({ length: rows }, (_, r) => Array.from(flat.subarray(r * columns, (r + 1) * columns)));

/**
 * Reads a dense-layer example (`W:`, `b:`, `X:` with one column per example, `Y:`, `activation:`),
 * runs @bp/numeric's `denseForward`/`denseBackward` for the loss ½·Σ(A − Y)² / batch, and checks
 * every entry of dW, db and dA_prev against @bp/symbolic's reverse mode on the same layer written
 * out as scalars and against central differences on mathjs.
 * @throws {WorkedExampleError} when a line cannot be read, a shape does not fit or an entry disagrees.
 * @example
 * checkDenseExample('W: 1, 2\nb: 0\nX: 1; 1\nY: 0\nactivation: sigmoid').dW; // [[…, …]]
 */
export function checkDenseExample(body: string): DenseExample {
  const fields = new Map<string, string>();
  for (const line of body.split('\n').map((text) => text.trim()).filter(Boolean)) {
    const match = /^(W|b|X|Y|activation):\s*(.+)$/.exec(line);
    if (!match) throw new WorkedExampleError(`cannot read "${line}": expected W:, b:, X:, Y: or activation:`);
    fields.set(match[1]!, match[2]!);
  }
  const need = (key: string): string => {
    const value = fields.get(key);
    if (value === undefined) throw new WorkedExampleError(`a dense example needs a ${key}: line`);
    return value;
  };
  const W = matrix(need('W'), 'W');
  const b = matrix(need('b'), 'b').flat();
  const X = matrix(need('X'), 'X');
  const Y = matrix(need('Y'), 'Y');
  const name = need('activation') as ActivationName;
  const [outputs, inputs, batch] = [W.length, W[0]!.length, X[0]!.length];
  if (b.length !== outputs || X.length !== inputs || Y.length !== outputs || Y[0]!.length !== batch) {
    throw new WorkedExampleError(`shapes do not fit: W is ${outputs}×${inputs}, b needs ${outputs} entries, X ${inputs}×batch, Y ${outputs}×${batch}`);
  }
  if (Math.max(outputs, inputs, batch) > 9) throw new WorkedExampleError('keep worked layers to at most 9 rows and columns');

  // @bp/numeric is row-major with one row per example: x [batch × inputs], z [batch × outputs].
  const act = activationByName(name);
  const w = Float64Array.from(W.flat());
  const bias = Float64Array.from(b);
  const x = Float64Array.from(transpose(X).flat());
  const y = Float64Array.from(transpose(Y).flat());
  const z = new Float64Array(batch * outputs);
  const a = new Float64Array(batch * outputs);
  denseForward(w, bias, x, batch, inputs, outputs, act, z, a);
  const dA = a.map((value, i) => (value - y[i]!) / batch);
  const dZ = new Float64Array(batch * outputs);
  const dW = new Float64Array(outputs * inputs);
  const db = new Float64Array(outputs);
  const dX = new Float64Array(batch * inputs);
  denseBackward(w, x, z, a, dA, batch, inputs, outputs, act, dZ, dW, db, dX);
  const loss = a.reduce((sum, value, i) => sum + (value - y[i]!) ** 2, 0) / 2 / batch;

  // The same layer as scalars, for @bp/symbolic and the mathjs reference.
  const statements: string[] = [];
  const point: Record<string, number> = {};
  W.forEach((row, j) => row.forEach((v, k) => (point[`W${j + 1}${k + 1}`] = v)));
  b.forEach((v, j) => (point[`b${j + 1}`] = v));
  X.forEach((row, k) => row.forEach((v, n) => (point[`X${k + 1}${n + 1}`] = v)));
  Y.forEach((row, j) => row.forEach((v, n) => (point[`Y${j + 1}${n + 1}`] = v)));
  const squares: string[] = [];
  for (let j = 1; j <= outputs; j++) {
    for (let n = 1; n <= batch; n++) {
      const sum = Array.from({ length: inputs }, (_, k) => `W${j}${k + 1}*X${k + 1}${n}`).join(' + ');
      statements.push(`Z${j}${n} = ${sum} + b${j}`, `A${j}${n} = ${name}(Z${j}${n})`);
      squares.push(`(A${j}${n} - Y${j}${n})^2`);
    }
  }
  statements.push(`L = (${squares.join(' + ')}) / 2 / ${batch}`);
  const program = statements.join('; ');
  const symbolic = gradient(program, point).gradient;
  const reference = referenceProgram(program);
  let entries = 0;
  const check = (label: string, numeric: number, variable: string): void => {
    const s = symbolic[variable]!;
    const fd = centralDifference(reference, point, variable);
    const scale = Math.max(Math.abs(s), Math.abs(fd), Math.abs(numeric));
    if (Math.abs(numeric - s) > ATOL + RTOL * scale || Math.abs(s - fd) > ATOL + RTOL * scale) {
      throw new WorkedExampleError(`${label}: @bp/numeric gives ${numeric}, @bp/symbolic ${s}, central differences ${fd}`);
    }
    entries += 1;
  };
  for (let j = 0; j < outputs; j++) {
    for (let k = 0; k < inputs; k++) check(`dW[${j + 1},${k + 1}]`, dW[j * inputs + k]!, `W${j + 1}${k + 1}`);
    check(`db[${j + 1}]`, db[j]!, `b${j + 1}`);
  }
  for (let n = 0; n < batch; n++) {
    for (let k = 0; k < inputs; k++) check(`dA_prev[${k + 1},${n + 1}]`, dX[n * inputs + k]!, `X${k + 1}${n + 1}`);
  }
  return {
    activation: name,
    W,
    b,
    X,
    Y,
    Z: transpose(rowsOf(z, batch, outputs)),
    A: transpose(rowsOf(a, batch, outputs)),
    dZ: transpose(rowsOf(dZ, batch, outputs)),
    dW: rowsOf(dW, outputs, inputs),
    db: Array.from(db),
    dX: transpose(rowsOf(dX, batch, inputs)),
    loss,
    program,
    entries,
  };
}
