import { describe, expect, it } from 'vitest';
import { deriveMatrix, matrixGradient } from './derive.js';
import { evaluateMatrix } from './evaluate.js';
import { parseMatrix, type MatrixOptions } from './parse.js';

/** Mulberry32: a small seeded generator, so failures reproduce. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Point = Record<string, Float64Array>;

function randomPoint(program: ReturnType<typeof parseMatrix>, seed: number, fixed: Point = {}): Point {
  const next = random(seed);
  const point: Point = {};
  for (const name of program.inputs) {
    const [r, c] = program.shapes.get(name)!;
    point[name] = fixed[name] ?? Float64Array.from({ length: r * c }, () => 2 * next() - 1);
  }
  return point;
}

function value(program: ReturnType<typeof parseMatrix>, point: Point): number {
  return evaluateMatrix(program.graph, [program.output], new Map(Object.entries(point))).get(program.output)![0]!;
}

/** Richardson-extrapolated central differences: error O(h⁴), so h = 1e-3 leaves about 1e-12. */
function finiteDifference(program: ReturnType<typeof parseMatrix>, point: Point, name: string, k: number): number {
  const at = (h: number): number => {
    const shifted = (d: number): number => {
      const copy = Float64Array.from(point[name]!);
      copy[k]! += d;
      return value(program, { ...point, [name]: copy });
    };
    return (shifted(h) - shifted(-h)) / (2 * h);
  };
  const h = 1e-3;
  return (4 * at(h / 2) - at(h)) / 3;
}

/** Checks every entry of every gradient against finite differences, to 1e-9 absolute plus relative. */
function expectMatchesFiniteDifferences(source: string, options: MatrixOptions, point: Point): void {
  const program = parseMatrix(source, options);
  const result = matrixGradient(program, { ...options, at: point });
  expect(result.value).toBeCloseTo(value(program, point), 12);
  for (const name of program.inputs) {
    const gradient = result.gradient[name]!;
    gradient.forEach((analytic, k) => {
      const numeric = finiteDifference(program, point, name, k);
      expect(Math.abs(analytic - numeric), `${name}[${k}]`).toBeLessThan(1e-9 * (1 + Math.abs(numeric)));
    });
  }
}

/** The printed derivative parses back (with the same shapes) and evaluates to the same matrix. */
function expectParsesBack(source: string, options: MatrixOptions, wrt: string, point: Point): void {
  const d = deriveMatrix(source, { ...options, wrt });
  const back = parseMatrix(d.derivative, options);
  expect(back.graph.shape(back.output)).toEqual(d.shape);
  const values = evaluateMatrix(back.graph, [back.output], new Map(Object.entries(point))).get(back.output)!;
  const gradient = matrixGradient(source, { ...options, at: point }).gradient[wrt]!;
  values.forEach((v, k) => expect(v).toBeCloseTo(gradient.length === 1 ? gradient[0]! : gradient[k]!, 12));
}

const squash = (text: string): string => text.replace(/\s+/g, '');

describe('deriveMatrix', () => {
  const layer = 'z = W*x + b; a = sigmoid(z); L = sum((a - y).^2) / 2';
  const layerShapes = { shapes: { W: [3, 2], x: [2], b: [3], y: [3] } };

  it('derives a sigmoid layer in matrix form, in the program\'s names', () => {
    expect(deriveMatrix(layer, { ...layerShapes, wrt: 'W' }).compact).toBe("((a - y) .* a .* (1 - a)) * x'");
    expect(deriveMatrix(layer, { ...layerShapes, wrt: 'b' }).compact).toBe('(a - y) .* a .* (1 - a)');
    expect(deriveMatrix(layer, { ...layerShapes, wrt: 'x' }).compact).toBe("W' * ((a - y) .* a .* (1 - a))");
    expect(deriveMatrix(layer, { ...layerShapes, wrt: 'W' }).shape).toEqual([3, 2]);
  });

  it('matches finite differences for the sigmoid layer at random matrices', () => {
    for (const seed of [1, 2, 3]) {
      const program = parseMatrix(layer, layerShapes);
      expectMatchesFiniteDifferences(layer, layerShapes, randomPoint(program, seed));
    }
  });

  const batch = 'Z = W*A + b; P = softmax(Z); L = -sum(Y .* log(P)) / m';
  const batchShapes = { shapes: { W: [3, 4], A: [4, 5], b: [3], Y: [3, 5] }, distributions: ['Y'] };

  /** One-hot labels: each column of Y has a single 1. */
  function batchPoint(seed: number): Point {
    const next = random(seed + 100);
    const Y = new Float64Array(15);
    for (let j = 0; j < 5; j++) Y[Math.floor(next() * 3) * 5 + j] = 1;
    return randomPoint(parseMatrix(batch, batchShapes), seed, { Y, m: Float64Array.of(5) });
  }

  it('derives softmax cross-entropy over a batch as (P - Y) / m', () => {
    expect(squash(deriveMatrix(batch, { ...batchShapes, wrt: 'Z' }).compact)).toBe('(P-Y)/m');
    expect(squash(deriveMatrix(batch, { ...batchShapes, wrt: 'W' }).compact)).toBe("(P-Y)*A'/m");
    expect(squash(deriveMatrix(batch, { ...batchShapes, wrt: 'b' }).compact)).toBe('sum(P-Y,2)/m');
  });

  it('keeps the exact gradient when the labels are not declared distributions', () => {
    const d = deriveMatrix(batch, { shapes: batchShapes.shapes, wrt: 'Z' });
    expect(squash(d.compact)).toBe('(P.*sum(Y,1)-Y)/m');
    const program = parseMatrix(batch, { shapes: batchShapes.shapes });
    const point = randomPoint(program, 9, { m: Float64Array.of(5) });
    expectMatchesFiniteDifferences(batch, { shapes: batchShapes.shapes }, point);
  });

  it('matches finite differences for the batch with one-hot labels', () => {
    for (const seed of [4, 5]) {
      const point = batchPoint(seed);
      const program = parseMatrix(batch, batchShapes);
      const result = matrixGradient(program, { ...batchShapes, at: point, wrt: ['W', 'A', 'b'] });
      for (const name of ['W', 'A', 'b']) {
        result.gradient[name]!.forEach((analytic, k) => {
          const numeric = finiteDifference(program, point, name, k);
          expect(Math.abs(analytic - numeric)).toBeLessThan(1e-9 * (1 + Math.abs(numeric)));
        });
      }
    }
  });

  const textbook: [string, MatrixOptions['shapes'], string, string][] = [
    ["x'*A*x", { x: [3], A: [3, 3] }, 'x', "(A+A')*x"],
    ["x'*x", { x: [3] }, 'x', '2*x'],
    ['dot(a, x)', { x: [3], a: [3] }, 'x', 'a'],
    ['trace(A*X)', { A: [3, 3], X: [3, 3] }, 'X', "A'"],
    ['norm(W*x - y)^2', { W: [3, 2], x: [2], y: [3] }, 'W', "2*(W*x-y)*x'"],
    ['logsumexp(z)', { z: [4] }, 'z', 'softmax(z)'],
  ];

  it.each(textbook)('derives %s with respect to %s in textbook form', (source, shapes, wrt, expected) => {
    expect(squash(deriveMatrix(source, { shapes, wrt }).derivative)).toBe(expected);
  });

  it.each(textbook)('%s matches finite differences and its derivative parses back', (source, shapes, wrt) => {
    const program = parseMatrix(source, { shapes });
    const point = randomPoint(program, 7);
    expectMatchesFiniteDifferences(source, { shapes }, point);
    expectParsesBack(source, { shapes }, wrt, point);
  });

  it('differentiates every other matrix operation correctly', () => {
    const sources: [string, MatrixOptions['shapes']][] = [
      ['mean(exp(W) ./ (1 + V.^2)) + trace(W * V\')', { W: [2, 3], V: [2, 3] }],
      ['sum(tanh(W*X + b) .* C)', { W: [3, 2], X: [2, 4], b: [3], C: [3, 4] }],
      ['sum(softmax(Z) .* C) + sum(logsumexp(Z))', { Z: [3, 4], C: [3, 4] }],
      ['s * norm(x) + dot(x\', y) * s^2 - sum(x ./ y) / s', { x: [3], y: [3] }],
      ['sum(sum(A, 1)) + sum(A, 2)\' * v + sum(r - A)', { A: [2, 3], v: [2], r: [1, 3] }],
    ];
    for (const [source, shapes] of sources) {
      const program = parseMatrix(source, { shapes });
      const point = randomPoint(program, 11);
      // Away from the poles of x ./ y and 1 / s, where finite differences lose their accuracy.
      if (point.y) point.y = point.y.map((v) => v + 2);
      if (point.s) point.s = Float64Array.of(1.5);
      expectMatchesFiniteDifferences(source, { shapes }, point);
      for (const wrt of program.inputs) expectParsesBack(source, { shapes }, wrt, point);
    }
  });

  it('names the matrix rule and the shape of every step', () => {
    const steps = deriveMatrix(layer, { ...layerShapes, wrt: 'W' }).steps;
    expect(steps.map((s) => s.rule)).toEqual(['elementwise', 'sum', 'elementwise', 'difference', 'elementwise', 'sum', 'matrix-product']);
    expect(steps.at(-1)).toMatchObject({ wrt: 'W', shape: [3, 2], result: "((a - y) .* a .* (1 - a)) * x'" });
    const bias = deriveMatrix(batch, { ...batchShapes, wrt: 'b' }).steps;
    expect(bias.at(-1)).toMatchObject({ rule: 'broadcast', wrt: 'b', shape: [3, 1] });
    expect(deriveMatrix("x'*x", { shapes: { x: [3] }, wrt: 'x' }).steps.map((s) => s.rule)).toContain('transpose');
  });

  it('writes LaTeX with \\odot and ^{\\mathsf T}', () => {
    const latex = deriveMatrix(layer, { ...layerShapes, wrt: 'W' }).compactLatex;
    expect(latex).toContain('\\odot');
    expect(latex).toContain('{x}^{\\mathsf T}');
  });

  it('gives 0 with the variable\'s shape for an input the output does not use', () => {
    const d = deriveMatrix('sum(W)', { shapes: { W: [2, 2] }, wrt: 'q' });
    expect(d.occurs).toBe(false);
    expect(d.derivative).toBe('0');
    expect(deriveMatrix('sum(W)', { shapes: { W: [2, 2] }, wrt: 'W' }).derivative).toBe('ones(2, 2)');
  });
});

describe('matrixGradient errors', () => {
  it('names the function, the entry and its argument outside the domain', () => {
    const error = (() => {
      try {
        matrixGradient('sum(log(W))', { shapes: { W: [2, 2] }, at: { W: [1, 2, -3, 4] } });
      } catch (e) {
        return e as { code: string; position: unknown; message: string };
      }
      return undefined;
    })();
    expect(error).toMatchObject({ code: 'domain', position: { start: 4, end: 10 } });
    expect(error!.message).toContain('[1, 0]');
  });
});

describe('shape errors', () => {
  it('reports a product of mismatched shapes at the "*" with both shapes', () => {
    const error = (() => {
      try {
        parseMatrix('W*x', { shapes: { W: [3, 2], x: [3] } });
      } catch (e) {
        return e as { code: string; position: unknown; message: string };
      }
      return undefined;
    })();
    expect(error).toMatchObject({ code: 'shape', position: { start: 1, end: 2 } });
    expect(error!.message).toContain('3×2');
    expect(error!.message).toContain('3×1');
  });

  it('reports element-wise operations that do not broadcast at their operator', () => {
    expect(() => parseMatrix('a = W .* V', { shapes: { W: [3, 2], V: [2, 3] } })).toThrow(
      expect.objectContaining({ code: 'shape', position: { start: 6, end: 8 } }),
    );
    expect(() => parseMatrix('sum(W + c)', { shapes: { W: [3, 2], c: [2] } })).toThrow(
      expect.objectContaining({ code: 'shape', position: { start: 6, end: 7 } }),
    );
  });

  it('refuses a gradient of a non-scalar output with not-scalar', () => {
    expect(() => deriveMatrix('y = W*x', { shapes: { W: [3, 2], x: [2] }, wrt: 'W' })).toThrow(
      expect.objectContaining({ code: 'not-scalar', position: { start: 4, end: 7 } }),
    );
  });

  it('refuses matrix literals and a matrix power with positions', () => {
    expect(() => parseMatrix('sum([1, 2])', { shapes: {} })).toThrow(expect.objectContaining({ code: 'unsupported', position: { start: 4, end: 5 } }));
    expect(() => parseMatrix('sum(W^2)', { shapes: { W: [2, 2] } })).toThrow(expect.objectContaining({ code: 'shape', position: { start: 5, end: 6 } }));
  });
});

describe('writeupMatrix', () => {
  it('states the layout and derives every input with its shape', async () => {
    const { writeupMatrix } = await import('./writeup.js');
    const text = writeupMatrix('z = W*x + b; a = sigmoid(z); L = sum((a - y).^2) / 2', { shapes: { W: [3, 2], x: [2], b: [3], y: [3] } });
    expect(text).toContain('every gradient has the shape of its variable');
    expect(text).toContain('## ∂L/∂W (3×2)');
    expect(text).toContain("`((a - y) .* a .* (1 - a)) * x'`");
    expect(text).toContain('**matrix-product** (3×2)');
  });
});

describe('matrixEntries and nestMatrix', () => {
  it('reads scalars, columns and rows, and nests them back the same way', async () => {
    const { matrixEntries, nestMatrix } = await import('./value.js');
    expect(matrixEntries(2, 's')).toEqual({ values: [2], shape: [1, 1] });
    expect(matrixEntries([1, 2], 'x')).toEqual({ values: [1, 2], shape: [2, 1] });
    expect(matrixEntries([[1, 2, 3]], 'r')).toEqual({ values: [1, 2, 3], shape: [1, 3] });
    expect(nestMatrix([1, 2, 3, 4, 5, 6], [2, 3])).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(nestMatrix([1, 2], [2, 1])).toEqual([1, 2]);
    expect(() => matrixEntries([[1, 2], [3]], 'W')).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => matrixEntries([Number.NaN], 'W')).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('matrix text without a double minus', () => {
  it('writes a − (−u) as a + u and −y + u as u − y: softmax cross-entropy with label vector y', () => {
    const source = 'L = -sum(y .* log(softmax(z)))';
    const options = { shapes: { z: [3], y: [3] } };
    const d = deriveMatrix(source, { ...options, wrt: 'z' });
    expect(d.compact).not.toMatch(/- -/);
    expect(d.compact).toBe('sum(y, 1) * softmax(z) - y');
    // The printed form, parsed back, is the gradient: sum(printed .* w) has gradient printed in w.
    const at = randomPoint(parseMatrix(source, options), 5);
    const w = Float64Array.of(1, 1, 1);
    const back = matrixGradient(`L = sum((${d.compact}) .* w)`, { shapes: { z: [3], y: [3], w: [3] }, at: { ...at, w } });
    const want = matrixGradient(source, { ...options, at }).gradient.z!;
    [...back.gradient.w!].forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 12));
    for (const seed of [2, 3]) expectMatchesFiniteDifferences(source, options, randomPoint(parseMatrix(source, options), seed));
  });
});
