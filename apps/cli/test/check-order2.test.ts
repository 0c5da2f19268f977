import { describe, expect, it } from 'vitest';
import { bpAsync, expectSchema } from './helpers.js';

type Hessian = Record<string, Record<string, number>>;

interface Failure {
  wrt: [string, string];
  check: string;
  expected: number;
  actual: number;
}

interface HessianCheckJson {
  ok: boolean;
  order: 2;
  maxAbsError: number;
  kinks: { function: string; at: Record<string, number> }[];
  points: { at: Record<string, number>; value: number; hessian: Hessian; compiled: Hessian; numeric: Hessian; ok: boolean; failures: Failure[] }[];
  claims?: { wrt: [string, string]; expression: string; ok: boolean; derivative?: string; worst?: Failure & { at: Record<string, number> } }[];
}

const errorOf = (stderr: string): { code: string; position: unknown } => (JSON.parse(stderr) as { error: { code: string; position: unknown } }).error;

describe('bp check --order 2', () => {
  it.concurrent('accepts the hand-derived ∂²(x²y)/∂x∂y = 2x and exits 0', async () => {
    const run = await bpAsync(['check', 'x^2*y', '--order', '2', '--claim', 'x,y=2*x']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ claim ∂²f/∂x∂y = 2*x agrees at every point');
  });

  it.concurrent('exits 1 for the wrong claim ∂²(x²y)/∂x∂y = x, naming the entry, the point and bp’s own 2x', async () => {
    const run = await bpAsync(['check', 'x^2*y', '--order', '2', '--claim', 'x,y=x', '--at', 'x=1.5,y=-2', '--points', '0']);
    expect(run.status).toBe(1);
    const match = /✗ claim ∂²f\/∂x∂y = x is wrong: bp derives ∂²f\/∂x∂y = 2 \* x; at x = 1\.5, y = -2 the claim gives 1\.5, finite differences of the gradient give (\S+)\n/.exec(run.stdout);
    expect(match).not.toBeNull();
    // 2x = 3 at x = 1.5, to finite-difference accuracy.
    expect(Number(match![1])).toBeCloseTo(3, 6);
  });

  it.concurrent('writes a long second partial as its backward quantities, one a line, not as one joined line', async () => {
    const chain = 'h0 = tanh(w*x); h1 = tanh(w*h0 + b); h2 = tanh(w*h1 + b); L = (h2 - y)^2';
    const run = await bpAsync(['check', '--order', '2', chain, '--at', 'w=0.5,x=1,b=0.1,y=1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^∂²L\/∂w² differentiates delta_w again/m);
    expect(run.stdout).toMatch(/^δ_h1 += δ_h2 \* \(1 - h2 \^ 2\) \* w$/m);
    expect(run.stdout).not.toMatch(/; δ/);
  });

  it.concurrent('prints every second partial three ways at each point, as JSON keyed by two inputs', async () => {
    const run = await bpAsync(['check', 'x^2*y', '--order', '2', '--at', 'x=3,y=2', '--claim', 'y,x=x', '--claim', 'x,x=2*y', '--json']);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as HessianCheckJson;
    expectSchema('check.json', out);
    expect(out.order).toBe(2);
    expect(out.ok).toBe(false);
    expect(out.points).toHaveLength(4);
    // By hand: ∂²/∂x² = 2y = 4, ∂²/∂x∂y = 2x = 6, ∂²/∂y² = 0 at (3, 2).
    const first = out.points[0]!;
    expect(first.at).toEqual({ x: 3, y: 2 });
    expect(first.value).toBe(18);
    for (const h of [first.hessian, first.compiled]) {
      expect(h.x!.x).toBeCloseTo(4, 12);
      expect(h.x!.y).toBeCloseTo(6, 12);
      expect(h.y!.x).toBeCloseTo(6, 12);
      expect(h.y!.y).toBeCloseTo(0, 12);
    }
    expect(first.numeric.x!.y).toBeCloseTo(6, 5);
    expect(first.numeric.x!.x).toBeCloseTo(4, 5);
    for (const point of out.points) expect(point.hessian.x!.y).toBeCloseTo(2 * point.at.x!, 10);
    const [wrong, right] = out.claims!;
    expect(wrong!.wrt).toEqual(['y', 'x']);
    expect(wrong!.ok).toBe(false);
    expect(wrong!.derivative).toBe('2 * x');
    expect(wrong!.worst!.actual).toBeCloseTo(wrong!.worst!.at.x!, 12);
    expect(wrong!.worst!.expected).toBeCloseTo(2 * wrong!.worst!.at.x!, 5);
    expect(right).toMatchObject({ wrt: ['x', 'x'], ok: true });
    expect(right!.derivative).toBeUndefined();
  });

  it.concurrent('checks a neuron’s curvature and a claim in the program’s names, against hand-derived values', async () => {
    // L = (y − a)²/2, a = σ(w x + b): ∂²L/∂b² = a′² + (a − y)·a″ with a′ = a(1 − a), a″ = a′(1 − 2a).
    const source = 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2';
    const run = await bpAsync(['check', source, '--order', '2', '--at', 'x=2,w=0.5,b=1,y=1', '--claim', 'b,b=(a*(1-a))^2 + (a-y)*a*(1-a)*(1-2*a)', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as HessianCheckJson;
    expectSchema('check.json', out);
    const a = 1 / (1 + Math.exp(-2));
    const d1 = a * (1 - a);
    const expected = d1 * d1 + (a - 1) * d1 * (1 - 2 * a);
    expect(out.points[0]!.hessian.b!.b).toBeCloseTo(expected, 12);
    expect(out.points[0]!.compiled.b!.b).toBeCloseTo(expected, 12);
    expect(out.points[0]!.numeric.b!.b).toBeCloseTo(expected, 6);
    // ∂²L/∂w∂b = x · ∂²L/∂b² since z = w x + b.
    expect(out.points[0]!.hessian.w!.b).toBeCloseTo(2 * expected, 12);
    expect(out.claims).toEqual([expect.objectContaining({ wrt: ['b', 'b'], ok: true })]);
  });

  it.concurrent('reports a wrong second-order claim in JUnit and as a GitHub annotation, with bp’s own second partial', async () => {
    const args = ['check', 'a = x*y; b = sin(a)', '--order', '2', '--claim', 'x,x=-sin(a)', '--at', 'x=1,y=2', '--points', '0'];
    const junit = await bpAsync([...args, '--report', 'junit']);
    expect(junit.status).toBe(1);
    // ∂²/∂x² sin(xy) = −y² sin(xy): at (1, 2), −4 sin 2.
    expect(junit.stdout).toMatch(/<failure message="claim ∂²b\/∂x² = -sin\(a\) is wrong: bp derives ∂²b\/∂x² = [^"]+; at x = 1, y = 2 the claim gives -0.909297426826, finite differences of the gradient give -3.6371897/);
    const github = await bpAsync([...args, '--report', 'github']);
    expect(github.status).toBe(1);
    expect(github.stdout).toMatch(/^::error title=bp check%3A wrong claim ∂²b\/∂x²::claim ∂²b\/∂x² = -sin\(a\) is wrong/);
  });

  it.concurrent('treats --order 1 as the default and rejects --order 3 and malformed claims as usage errors', async () => {
    const one = await bpAsync(['check', 'x^2*y', '--order', '1', '--claim', 'x=2*x*y', '--at', 'x=1,y=2', '--json']);
    expect(one.status).toBe(0);
    const json = JSON.parse(one.stdout) as { order?: number; claims: { wrt: string }[] };
    expect(json.order).toBeUndefined();
    expect(json.claims[0]!.wrt).toBe('x');
    const three = await bpAsync(['check', 'x^2*y', '--order', '3', '--json']);
    expect(three.status).toBe(2);
    expect(errorOf(three.stderr)).toMatchObject({ code: 'usage', position: { argument: '--order' } });
    expect(three.stderr.trim().split('\n')).toHaveLength(1);
    const single = await bpAsync(['check', 'x^2*y', '--order', '2', '--claim', 'x=2*x*y', '--json']);
    expect(single.status).toBe(2);
    expect(errorOf(single.stderr)).toMatchObject({ code: 'invalid-option', position: { argument: '--claim' } });
    const twice = await bpAsync(['check', 'x^2*y', '--order', '2', '--claim', 'x,y=2*x', '--claim', 'y,x=2*x', '--json']);
    expect(twice.status).toBe(2);
    expect(errorOf(twice.stderr)).toMatchObject({ code: 'invalid-option', position: { argument: '--claim' } });
    const matrix = await bpAsync(['check', 'sum(W*x)', '--shape', 'W=2x2,x=2', '--order', '2', '--json']);
    expect(matrix.status).toBe(2);
    expect(errorOf(matrix.stderr)).toMatchObject({ code: 'unsupported', position: { argument: '--order' } });
    const unknown = await bpAsync(['check', 'x^2*y', '--order', '2', '--claim', 'x,z=0', '--json']);
    expect(unknown.status).toBe(2);
    expect(errorOf(unknown.stderr)).toMatchObject({ code: 'invalid-option', position: { argument: '--claim' } });
  });
});
