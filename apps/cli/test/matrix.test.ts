import { describe, expect, it } from 'vitest';
import { bpAsync, expectSchema } from './helpers.js';

type Matrix = number[][];
type Values = Record<string, Matrix>;

/** Mulberry32, so the random matrices reproduce. */
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

// Plain matrix helpers for hand-written reference functions, independent of bp.
const mul = (A: Matrix, B: Matrix): Matrix => A.map((row) => B[0]!.map((_, j) => row.reduce((s, v, k) => s + v * B[k]![j]!, 0)));
const t = (A: Matrix): Matrix => A[0]!.map((_, j) => A.map((row) => row[j]!));
const map = (A: Matrix, f: (v: number, i: number, j: number) => number): Matrix => A.map((row, i) => row.map((v, j) => f(v, i, j)));
const total = (A: Matrix): number => A.flat().reduce((s, v) => s + v, 0);
const sigmoid = (v: number): number => 1 / (1 + Math.exp(-v));

/** Richardson-extrapolated central differences of `f` in every entry of every input. */
function finiteDifferences(f: (v: Values) => number, at: Values): Values {
  const result: Values = {};
  for (const [name, matrix] of Object.entries(at)) {
    result[name] = map(matrix, (_, i, j) => {
      const d = (h: number): number => {
        const shifted = (s: number): number => f({ ...at, [name]: map(matrix, (v, a, b) => (a === i && b === j ? v + s : v)) });
        return (shifted(h) - shifted(-h)) / (2 * h);
      };
      return (4 * d(5e-4) - d(1e-3)) / 3;
    });
  }
  return result;
}

function randomValues(shapes: Record<string, [number, number]>, seed: number): Values {
  const next = random(seed);
  return Object.fromEntries(Object.entries(shapes).map(([name, [r, c]]) => [name, Array.from({ length: r }, () => Array.from({ length: c }, () => 2 * next() - 1))]));
}

/** A point as --at JSON: a column vector as a flat array, a scalar as a number. */
function json(values: Values): string {
  return JSON.stringify(Object.fromEntries(Object.entries(values).map(([name, m]) => [name, m.length === 1 && m[0]!.length === 1 ? m[0]![0] : m[0]!.length === 1 ? m.map((row) => row[0]) : m])));
}

interface Case {
  readonly source: string;
  readonly shapes: Record<string, [number, number]>;
  readonly wrt: string;
  readonly form: string;
  /** The same function written by hand in JavaScript. */
  readonly f: (v: Values) => number;
}

const CASES: Case[] = [
  {
    source: 'z = W*x + b; a = sigmoid(z); L = sum((a - y).^2) / 2',
    shapes: { W: [3, 2], x: [2, 1], b: [3, 1], y: [3, 1] },
    wrt: 'W',
    form: "((a - y) .* a .* (1 - a)) * x'",
    f: ({ W, x, b, y }) => total(map(mul(W!, x!), (v, i) => (sigmoid(v + b![i]![0]!) - y![i]![0]!) ** 2)) / 2,
  },
  { source: "x'*A*x", shapes: { x: [3, 1], A: [3, 3] }, wrt: 'x', form: "(A + A') * x", f: ({ x, A }) => mul(mul(t(x!), A!), x!)[0]![0]! },
  { source: "x'*x", shapes: { x: [3, 1] }, wrt: 'x', form: '2 * x', f: ({ x }) => total(map(x!, (v) => v * v)) },
  { source: 'dot(a, x)', shapes: { a: [3, 1], x: [3, 1] }, wrt: 'x', form: 'a', f: ({ a, x }) => total(map(a!, (v, i) => v * x![i]![0]!)) },
  { source: 'trace(A*X)', shapes: { A: [3, 3], X: [3, 3] }, wrt: 'X', form: "A'", f: ({ A, X }) => mul(A!, X!).reduce((s, row, i) => s + row[i]!, 0) },
  {
    source: 'norm(W*x - y)^2',
    shapes: { W: [3, 2], x: [2, 1], y: [3, 1] },
    wrt: 'W',
    form: "2 * (W * x - y) * x'",
    f: ({ W, x, y }) => total(map(mul(W!, x!), (v, i) => (v - y![i]![0]!) ** 2)),
  },
  { source: 'logsumexp(z)', shapes: { z: [4, 1] }, wrt: 'z', form: 'softmax(z)', f: ({ z }) => Math.log(total(map(z!, Math.exp))) },
];

const shapeFlag = (shapes: Case['shapes']): string => Object.entries(shapes).map(([n, [r, c]]) => `${n}=${r}x${c}`).join(',');

describe('bp derive and grad on matrix programs', () => {
  it.concurrent.each(CASES)('derives $source in matrix form and its gradient matches finite differences', async ({ source, shapes, wrt, form, f }) => {
    const derive = await bpAsync(['derive', source, '--shape', shapeFlag(shapes), '--wrt', wrt, '--json']);
    expect(derive.stderr).toBe('');
    const d = JSON.parse(derive.stdout) as { compact: string; shape: number[] };
    expectSchema('derive.json', d);
    expect(d.compact).toBe(form);
    expect(d.shape).toEqual(shapes[wrt]);
    const at = randomValues(shapes, 3);
    const grad = await bpAsync(['grad', source, '--at', json(at), '--json']);
    const g = JSON.parse(grad.stdout) as { value: number; gradient: Record<string, number | number[] | number[][]> };
    expectSchema('grad.json', g);
    expect(g.value).toBeCloseTo(f(at), 12);
    const numeric = finiteDifferences(f, at);
    for (const [name, shape] of Object.entries(shapes)) {
      const nested = g.gradient[name]!;
      const rows = shape[1] === 1 ? (nested as number[]).map((v) => [v]) : (nested as Matrix);
      numeric[name]!.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(rows[i]![j]! - v)).toBeLessThan(1e-9 * (1 + Math.abs(v)))));
    }
  });

  it.concurrent('derives a softmax cross-entropy batch as (P - Y) * A\' / m with one-hot labels', async () => {
    const source = 'Z = W*A + b; P = softmax(Z); L = -sum(Y .* log(P)) / m';
    const args = ['--shape', 'W=3x4,A=4x5,b=3,Y=3x5', '--distribution', 'Y', '--json'];
    const [w, z, b] = await Promise.all(['W', 'Z', 'b'].map((wrt) => bpAsync(['derive', source, ...args, '--wrt', wrt])));
    expect((JSON.parse(w!.stdout) as { compact: string }).compact).toBe("(P - Y) * A' / m");
    expect((JSON.parse(z!.stdout) as { compact: string }).compact).toBe('(P - Y) / m');
    const bias = JSON.parse(b!.stdout) as { compact: string; shape: number[]; steps: { rule: string }[] };
    expect(bias).toMatchObject({ compact: 'sum(P - Y, 2) / m', shape: [3, 1] });
    expect(bias.steps.at(-1)!.rule).toBe('broadcast');
  });

  it.concurrent('is exit 2 with code shape, both shapes and the column of "*" for W*x with W 3×2 and x 3', async () => {
    const run = await bpAsync(['derive', 'L = sum(W*x)', '--shape', 'W=3x2,x=3', '--wrt', 'W', '--json']);
    expect(run.status).toBe(2);
    const error = JSON.parse(run.stderr) as { error: { code: string; message: string; position: { start: number; end: number } } };
    expectSchema('error.json', error);
    expect(error.error).toMatchObject({ code: 'shape', position: { start: 9, end: 10 } });
    expect(error.error.message).toMatch(/3×2.*3×1/);
    const text = await bpAsync(['grad', 'W*x', '--shape', 'W=3x2,x=3']);
    expect(text.status).toBe(2);
    expect(text.stderr).toContain('column 2');
  });

  it.concurrent('refuses a gradient of a non-scalar output with not-scalar', async () => {
    const run = await bpAsync(['grad', 'W*x', '--at', '{"W": [[1, 2]], "x": [1, 2]}', '--json']);
    expect(run.status).toBe(0);
    const matrix = await bpAsync(['grad', 'W*x', '--at', '{"W": [[1, 2], [3, 4]], "x": [1, 2]}', '--json']);
    expect(matrix.status).toBe(2);
    expect((JSON.parse(matrix.stderr) as { error: { code: string } }).error.code).toBe('not-scalar');
  });

  it.concurrent('points at a malformed --shape and a JSON point that disagrees with it', async () => {
    const bad = await bpAsync(['derive', 'sum(W)', '--shape', 'W=3y2', '--json']);
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stderr)).toMatchObject({ error: { code: 'invalid-option', position: { argument: '--shape', start: 0 } } });
    const clash = await bpAsync(['grad', 'sum(W)', '--shape', 'W=3x2', '--at', '{"W": [[1, 2]]}', '--json']);
    expect(clash.status).toBe(2);
    expect(JSON.parse(clash.stderr)).toMatchObject({ error: { code: 'invalid-point' } });
  });

  it.concurrent('leaves scalar programs on the scalar path', async () => {
    const run = await bpAsync(['derive', 'x^2 * y', '--wrt', 'x', '--json']);
    expect(JSON.parse(run.stdout)).not.toHaveProperty('shape');
  });
});

describe('the output name of a matrix program', () => {
  it('is f_out when an input is named f, as for scalar programs, in grad text and in derive', async () => {
    // sum(f .* f) at f = (1, 2): value 1 + 4 = 5, gradient 2f = (2, 4).
    const grad = await bpAsync(['grad', 'sum(f .* f)', '--shape', 'f=2', '--at', '{"f": [1, 2]}']);
    expect(grad.status).toBe(0);
    expect(grad.stdout.split('\n')[0]).toBe('f_out = 5');
    expect(grad.stdout).toContain('∂f_out/∂f (2×1)');
    const derive = await bpAsync(['derive', 'sum(f .* f)', '--shape', 'f=2', '--wrt', 'f', '--format', 'latex']);
    expect(derive.stdout).toContain('\\frac{\\partial \\mathrm{f\\_out}}{\\partial f}');
  });
});

describe('bp check on matrix programs', () => {
  const BATCH = 'Z = W*A + b; P = softmax(Z); L = -sum(Y .* log(P)) / m';

  it.concurrent('checks every entry three ways at random matrices of the declared shapes', async () => {
    const run = await bpAsync(['check', 'z = W*x + b; a = sigmoid(z); L = sum((a - y).^2) / 2', '--shape', 'W=3x2,x=2,b=3,y=3', '--points', '2', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { ok: boolean; points: { at: { W: number[][]; x: number[] }; gradient: { W: number[][] } }[] };
    expectSchema('check.json', out);
    expect(out.ok).toBe(true);
    expect(out.points).toHaveLength(2);
    expect(out.points[0]!.at.W).toHaveLength(3);
    expect(out.points[0]!.gradient.W[0]).toHaveLength(2);
    const [W, x] = [out.points[0]!.at.W, out.points[0]!.at.x];
    // By hand: dW = ((a - y) .* a .* (1 - a)) x'.
    const point = out.points[0]!.at as unknown as { b: number[]; y: number[] };
    const dz = W.map((row, i) => {
      const a = sigmoid(row[0]! * x[0]! + row[1]! * x[1]! + point.b[i]!);
      return (a - point.y[i]!) * a * (1 - a);
    });
    out.points[0]!.gradient.W.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(dz[i]! * x[j]!, 12)));
  });

  it.concurrent('exits 1 naming the entry when one-hot labels do not sum to 1', async () => {
    const at = { Y: [[0.9, 0.9], [0.4, 0.4]], W: [[1, 2], [0, 1]], A: [[1, 2], [3, -1]], b: [0.1, 0.2], m: 2 };
    const run = await bpAsync(['check', BATCH, '--shape', 'W=2x2,A=2x2,b=2,Y=2x2', '--distribution', 'Y', '--at', JSON.stringify(at), '--points', '0', '--json']);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as { ok: boolean; points: { failures: { wrt: string; entry: number[]; check: string }[] }[] };
    expectSchema('check.json', out);
    expect(out.ok).toBe(false);
    expect(out.points[0]!.failures[0]).toMatchObject({ check: 'symbolic-vs-numeric' });
    expect(out.points[0]!.failures[0]!.entry).toHaveLength(2);
  });
});

describe('bp writeup on matrix programs', () => {
  it.concurrent('writes the derivation with shapes and layout, and the entry-by-entry check', async () => {
    const run = await bpAsync(['writeup', "x'*A*x", '--shape', 'x=3,A=3x3']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('every gradient has the shape of its variable');
    expect(run.stdout).toContain("`(A + A') * x`");
    expect(run.stdout).toMatch(/\| x \| 3×1 \| 3 \| [^|]+ \| ok \|/);
  });
});

describe('bp graph on matrix programs', () => {
  it.concurrent('gives every node its shape and ∂L/∂node with the node\'s shape', async () => {
    const run = await bpAsync(['graph', 'z = W*x + b; L = sum(z)', '--shape', 'W=3x2,x=2,b=3', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { nodes: { label: string; shape: number[]; adjoint: string }[]; edges: { local: string }[] };
    expectSchema('graph.json', out);
    const byLabel = Object.fromEntries(out.nodes.map((n) => [n.label, n]));
    expect(byLabel.W).toMatchObject({ shape: [3, 2], adjoint: "ones(3, 1) * x'" });
    expect(byLabel.b).toMatchObject({ shape: [3, 1], adjoint: 'ones(3, 1)' });
    expect(out.edges.map((e) => e.local)).toContain("matrix-product: ones(3, 1) * x'");
  });
});

describe('bp compile on matrix programs', () => {
  it.concurrent('writes a standalone module whose gradient matches finite differences', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bp-matrix-')), 'kernel.mjs');
    const run = await bpAsync(['compile', "x'*A*x", '--shape', 'x=3,A=3x3', '-o', file]);
    expect(run.status).toBe(0);
    const kernel = (await import(pathToFileURL(file).href)) as { evaluate: (v: Record<string, Float64Array>) => { value: number; gradient: Record<string, Float64Array> } };
    const at = randomValues({ x: [3, 1], A: [3, 3] }, 5);
    const result = kernel.evaluate({ x: Float64Array.from(at.x!.flat()), A: Float64Array.from(at.A!.flat()) });
    const f = (v: Values): number => CASES[1]!.f(v);
    expect(result.value).toBeCloseTo(f(at), 12);
    const numeric = finiteDifferences(f, at);
    numeric.A!.flat().forEach((v, k) => expect(Math.abs(result.gradient.A![k]! - v)).toBeLessThan(1e-9 * (1 + Math.abs(v))));
    numeric.x!.flat().forEach((v, k) => expect(Math.abs(result.gradient.x![k]! - v)).toBeLessThan(1e-9 * (1 + Math.abs(v))));
  });
});

describe('the CLI README on matrices', () => {
  it.concurrent('shows what bp really prints', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const block = /### Matrices[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const commands = block.split(/\n(?=bp )/).map((chunk) => {
      const [command, ...shown] = chunk.trim().split('\n');
      return { words: [...command!.slice(3).matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!), shown: shown.map((line) => line.replace(/^# /, '')) };
    });
    expect(commands).toHaveLength(2);
    for (const { words, shown } of commands) {
      const run = await bpAsync(words);
      expect(run.stdout.trimEnd()).toBe(shown.join('\n'));
    }
  });
});

describe('bp check text report on matrix programs', () => {
  it.concurrent('counts the entries per point and lists entries at a kink', async () => {
    const at = JSON.stringify({ W: [[1, -1], [2, 0.5]], x: [1, 1] });
    const run = await bpAsync(['check', 'L = sum(relu(W*x))', '--shape', 'W=2x2,x=2', '--at', at, '--points', '1']);
    expect(run.status).toBe(0);
    // W*x = [0, 2.5]: row 0 of W and both entries of x sit on relu's kink at the given point.
    expect(run.stdout).toContain('∂/∂W[0, 0] at point 1 is at a kink');
    expect(run.stdout).toContain('6 entries at each of 2 points');
  });
});
