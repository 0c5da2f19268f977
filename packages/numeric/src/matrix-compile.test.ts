import { matrixGradient, parseMatrix, type MatrixOptions } from '@bp/symbolic';
import { FUNCTIONS } from '@bp/symbolic/engine';
import { describe, expect, it } from 'vitest';
import { compileMatrix } from './matrix-compile.js';
import { mlp } from './mlp.js';
import { createRandom } from './random.js';

function randomInputs(source: string, options: MatrixOptions, seed: number): Record<string, Float64Array> {
  const random = createRandom(seed);
  const program = parseMatrix(source, options);
  return Object.fromEntries(program.inputs.map((name) => {
    const [r, c] = program.shapes.get(name)!;
    return [name, Float64Array.from({ length: r * c }, () => 2 * random.uniform() - 1)];
  }));
}

/** Central differences of the compiled value, with Richardson extrapolation. */
function finiteDifference(f: (inputs: Record<string, Float64Array>) => number, inputs: Record<string, Float64Array>, name: string, k: number): number {
  const at = (h: number): number => {
    const shifted = (d: number): number => {
      const copy = Float64Array.from(inputs[name]!);
      copy[k]! += d;
      return f({ ...inputs, [name]: copy });
    };
    return (shifted(h) - shifted(-h)) / (2 * h);
  };
  return (4 * at(5e-4) - at(1e-3)) / 3;
}

const PROGRAMS: [string, MatrixOptions['shapes']][] = [
  ['z = W*x + b; a = sigmoid(z); L = sum((a - y).^2) / 2', { W: [3, 2], x: [2], b: [3], y: [3] }],
  ["x'*A*x", { x: [3], A: [3, 3] }],
  ['sum(W*x) + trace(V) * sum(V * V)', { W: [2, 3], x: [3], V: [2, 2] }],
  ['trace(A*X) + dot(a, v) + norm(W*v - u)^2', { A: [3, 3], X: [3, 3], a: [2], v: [2], W: [3, 2], u: [3] }],
  ['Z = tanh(W*A + b); L = sum(logsumexp(Z)) + mean(softmax(Z) .* C) + sum(sum(Z, 2) .* c)', { W: [3, 4], A: [4, 5], b: [3], C: [3, 5], c: [3] }],
  ["S = A' * B; L = sum(S .* S) / 3 - sum(exp(B ./ 4), 1) * r", { A: [4, 3], B: [4, 3], r: [3] }],
];

describe('compileMatrix', () => {
  it.each(PROGRAMS)('agrees with the symbolic gradient and finite differences: %s', (source, shapes) => {
    const kernel = compileMatrix(source, { shapes });
    const inputs = randomInputs(source, { shapes }, 3);
    const result = kernel.evaluate(inputs);
    const symbolic = matrixGradient(source, { shapes, at: inputs });
    expect(result.value).toBeCloseTo(symbolic.value, 12);
    const value = (x: Record<string, Float64Array>): number => compileMatrix(source, { shapes }).evaluate(x).value;
    for (const name of kernel.inputs) {
      result.gradient[name]!.forEach((v, k) => {
        expect(Math.abs(v - symbolic.gradient[name]![k]!)).toBeLessThan(1e-12 * (1 + Math.abs(v)));
        const numeric = finiteDifference(value, inputs, name, k);
        expect(Math.abs(v - numeric)).toBeLessThan(1e-9 * (1 + Math.abs(numeric)));
      });
    }
  });

  it('runs in float32 close to float64', () => {
    const [source, shapes] = PROGRAMS[0]!;
    const inputs = randomInputs(source, { shapes }, 5);
    const wide = compileMatrix(source, { shapes }).evaluate(inputs);
    const narrow = compileMatrix(source, { shapes, dtype: 'float32' }).evaluate(
      Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, Float32Array.from(v)])),
    );
    expect(narrow.value).toBeCloseTo(wide.value, 5);
    narrow.gradient.W!.forEach((v, k) => expect(v).toBeCloseTo(wide.gradient.W![k]!, 5));
  });

  it('writes element-wise functions with their specs\' code, nested in fused loops: agrees with matrixGradient and finite differences', () => {
    // step (relu's derivative) and hardtanh's are conditional expressions: unparenthesised inside a
    // sum they would swallow the rest of it. gelu's code calls erf's table entry.
    const source = 'sum(relu(x) .* y + 2 * softsign(x) - sin(x) .* gelu(y) + expm1(x ./ 3) + hardtanh(y) .* leakyRelu(x))';
    const shapes = { x: [4], y: [4] } as const;
    const inputs = { x: Float64Array.from([-1.3, 0.4, 2.2, -0.2]), y: Float64Array.from([0.7, -1.6, 0.3, 1.9]) };
    const kernel = compileMatrix(source, { shapes });
    const result = kernel.evaluate(inputs);
    const symbolic = matrixGradient(source, { shapes, at: inputs });
    expect(result.value).toBeCloseTo(symbolic.value, 12);
    const value = (x: Record<string, Float64Array>): number => kernel.evaluate(x).value;
    for (const name of ['x', 'y']) {
      result.gradient[name]!.forEach((v, k) => {
        expect(Math.abs(v - symbolic.gradient[name]![k]!)).toBeLessThan(1e-12 * (1 + Math.abs(v)));
        expect(Math.abs(v - finiteDifference(value, inputs, name, k))).toBeLessThan(1e-8 * (1 + Math.abs(v)));
      });
    }
  });

  it('passes a NaN input of relu on in fused loops, as scalar kernels and the resident network do', () => {
    const kernel = compileMatrix('sum(relu(x) .* y)', { shapes: { x: [3], y: [3] } });
    const result = kernel.evaluate({ x: Float64Array.from([Number.NaN, -1, 2]), y: Float64Array.from([1, 1, 1]) });
    expect(result.value).toBeNaN();
    expect(result.gradient.y![0]).toBeNaN();
    expect([...result.gradient.y!].slice(1)).toEqual([0, 2]);
    expect([...result.gradient.x!].slice(1)).toEqual([0, 1]);
    const scalarRelu = FUNCTIONS.get('relu')!.inline!(['x'], () => '', [undefined])!;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the text is relu's spec code, under test.
    const run = new Function('x', `return ${scalarRelu};`) as (x: number) => number;
    expect(run(Number.NaN)).toBeNaN();
  });

  it('names the input that is missing, of the wrong length or of the wrong type', () => {
    const kernel = compileMatrix("x'*A*x", { shapes: { x: [3], A: [3, 3] } });
    expect(() => kernel.evaluate({ x: new Float64Array(3) })).toThrow(expect.objectContaining({ code: 'missing-input', position: { argument: 'A' } }));
    expect(() => kernel.evaluate({ x: new Float64Array(2), A: new Float64Array(9) })).toThrow(
      expect.objectContaining({ code: 'length-mismatch', position: { argument: 'x' } }),
    );
    expect(() => kernel.evaluate({ x: new Float32Array(3), A: new Float64Array(9) })).toThrow(expect.objectContaining({ code: 'dtype' }));
  });

  it('gives constant gradients and zeros for inputs the output does not use', () => {
    const kernel = compileMatrix('sum(W) + 2 * s', { shapes: { W: [2, 2] }, wrt: ['W', 's', 'q'] });
    const result = kernel.evaluate({ W: Float64Array.of(1, 2, 3, 4), s: 5 });
    expect(result.value).toBe(20);
    expect([...result.gradient.W!]).toEqual([1, 1, 1, 1]);
    expect([...result.gradient.s!]).toEqual([2]);
    expect([...result.gradient.q!]).toEqual([0]);
  });
});

/** The two-layer network of the issue as a matrix program: examples are columns. */
const TWO_LAYER = 'Z1 = W1*X + b1; H = relu(Z1); Z2 = W2*H + b2; P = softmax(Z2); L = -sum(Y .* log(P)) / m';

/** Row-major [rows × columns] transposed. */
function transpose(a: Float64Array, rows: number, columns: number): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) out[j * rows + i] = a[i * columns + j]!;
  return out;
}

describe('a 784-256-10 network as a matrix program', () => {
  it('matches the hand-written Dense layers\' gradients to 1e-10 in float64', () => {
    const batch = 128;
    const net = mlp({ sizes: [784, 256, 10], hidden: 'relu', output: 'softmax', loss: 'cross-entropy', dtype: 'float64', seed: 7 });
    const random = createRandom(11);
    const x = Float64Array.from({ length: batch * 784 }, () => random.uniform());
    const y = new Float64Array(batch * 10);
    for (let i = 0; i < batch; i++) y[i * 10 + Math.floor(random.uniform() * 10)] = 1;
    const expected = net.gradients(x, y, batch).map(({ dW, db }) => ({ dW: Float64Array.from(dW), db: Float64Array.from(db) }));
    const loss = net.evaluateLoss(x, y, batch);
    const kernel = compileMatrix(TWO_LAYER, {
      shapes: { W1: [256, 784], X: [784, batch], b1: [256], W2: [10, 256], b2: [10], Y: [10, batch] },
      distributions: ['Y'],
      wrt: ['W1', 'b1', 'W2', 'b2'],
    });
    const [l1, l2] = net.layers as [{ W: Float64Array; b: Float64Array }, { W: Float64Array; b: Float64Array }];
    const result = kernel.evaluate({ W1: l1.W, b1: l1.b, W2: l2.W, b2: l2.b, X: transpose(x, batch, 784), Y: transpose(y, batch, 10), m: batch });
    expect(result.value).toBeCloseTo(loss, 10);
    const pairs: [Float64Array | Float32Array, Float64Array][] = [
      [result.gradient.W1!, expected[0]!.dW], [result.gradient.b1!, expected[0]!.db],
      [result.gradient.W2!, expected[1]!.dW], [result.gradient.b2!, expected[1]!.db],
    ];
    for (const [actual, reference] of pairs) {
      expect(actual.length).toBe(reference.length);
      let worst = 0;
      actual.forEach((v, k) => (worst = Math.max(worst, Math.abs(v - reference[k]!))));
      expect(worst).toBeLessThan(1e-10);
    }
  });
});

describe('compile with shapes', () => {
  it('dispatches a matrix program to compileMatrix', async () => {
    const { compile } = await import('./compile.js');
    const kernel = compile("x'*x", { shapes: { x: [2] } });
    expect([...kernel.evaluate({ x: Float64Array.of(1, 2) }).gradient.x!]).toEqual([2, 4]);
  });
});

describe('the standalone module of a matrix kernel', () => {
  it('runs without bp and gives the kernel\'s value and gradient', async () => {
    const [source, shapes] = PROGRAMS.find(([s]) => s.startsWith('S = '))!;
    const kernel = compileMatrix(source, { shapes });
    const inputs = randomInputs(source, { shapes }, 8);
    const module = (await import(`data:text/javascript,${encodeURIComponent(kernel.module)}`)) as {
      evaluate: (x: Record<string, Float64Array>) => { value: number; gradient: Record<string, Float64Array> };
      shapes: Record<string, number[]>;
    };
    expect(kernel.module).not.toMatch(/\bimport\b|require\(/);
    expect(module.shapes).toEqual({ A: [4, 3], B: [4, 3], r: [3, 1] });
    const expected = kernel.evaluate(inputs);
    const standalone = module.evaluate(inputs);
    expect(standalone.value).toBeCloseTo(expected.value, 12);
    for (const name of kernel.wrt) standalone.gradient[name]!.forEach((v, k) => expect(v).toBeCloseTo(expected.gradient[name]![k]!, 12));
  });

  it('never writes user text into the generated code', () => {
    const kernel = compileMatrix('weird_name_123 = sum(exp(Q .* Q)); L = weird_name_123 * 2', { shapes: { Q: [2, 2] } });
    expect(kernel.source).not.toMatch(/weird_name_123|Q/);
  });
});
