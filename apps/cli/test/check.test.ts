import { describe, expect, it } from 'vitest';
import { bpAsync, expectSchema } from './helpers.js';

interface CheckJson {
  ok: boolean;
  maxAbsError: number;
  kinks: { function: string }[];
  points: { at: Record<string, number>; gradient: Record<string, number>; numeric: Record<string, number>; ok: boolean }[];
  claims?: { wrt: string; ok: boolean; worst?: { at: Record<string, number>; actual: number; expected: number } }[];
}

const NEURON = 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2';

describe('bp check', () => {
  it.concurrent('agrees three ways on the seed neuron and exits 0', async () => {
    const run = await bpAsync(['check', NEURON, '--at', 'x=2,w=0.5,b=1,y=1', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as CheckJson;
    expectSchema('check.json', out);
    expect(out.ok).toBe(true);
    expect(out.points).toHaveLength(4);
    // At the given point, the hand-derived ∂L/∂w = (a − y)·a·(1 − a)·x with a = σ(2).
    const a = 1 / (1 + Math.exp(-2));
    expect(out.points[0]!.at).toEqual({ x: 2, w: 0.5, b: 1, y: 1 });
    expect(out.points[0]!.gradient.w).toBeCloseTo((a - 1) * a * (1 - a) * 2, 14);
    expect(out.points[0]!.numeric.w).toBeCloseTo((a - 1) * a * (1 - a) * 2, 9);
    expect(out.maxAbsError).toBeLessThan(1e-8);
  });

  it.concurrent('prints the derivation with the chain rule and the check as text', async () => {
    const run = await bpAsync(['check', NEURON, '--at', 'x=2,w=0.5,b=1,y=1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w');
    expect(run.stdout).toContain('finite differences');
    expect(run.stdout).toMatch(/✓ the gradient agrees three ways/);
  });

  it.concurrent('exits 1 for a wrong claim and says which claim and where', async () => {
    const run = await bpAsync(['check', 'x^2*y', '--claim', 'x=2*x', '--claim', 'y=x^2', '--json']);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as CheckJson;
    expectSchema('check.json', out);
    expect(out.ok).toBe(false);
    expect(out.claims!.map((claim) => [claim.wrt, claim.ok])).toEqual([
      ['x', false],
      ['y', true],
    ]);
    // The claim 2x against the true 2xy, at the worst point.
    const worst = out.claims![0]!.worst!;
    expect(worst.actual).toBeCloseTo(2 * worst.at.x!, 12);
    expect(worst.expected).toBeCloseTo(2 * worst.at.x! * worst.at.y!, 6);
    const text = await bpAsync(['check', 'x^2*y', '--claim', 'x=2*x']);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/✗ claim ∂f\/∂x = 2\*x is wrong: at /);
  });

  it.concurrent('accepts a correct claim written in the intermediate names', async () => {
    const run = await bpAsync(['check', 'a = x*y; b = a + z; c = b^2', '--claim', 'x=2*b*y', '--json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as CheckJson).claims![0]!.ok).toBe(true);
  });

  it.concurrent('lists a kink instead of failing it', async () => {
    const run = await bpAsync(['check', 'relu(x) * y', '--at', 'x=0,y=2', '--points', '0', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as CheckJson;
    expectSchema('check.json', out);
    expect(out.kinks.map((kink) => kink.function)).toEqual(['relu']);
  });

  it.concurrent('checks an input called __proto__ like any other', async () => {
    const run = await bpAsync(['check', '__proto__^2 * constructor', '--at', '__proto__=3,constructor=2', '--points', '1', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as CheckJson;
    expectSchema('check.json', out);
    expect(Object.entries(out.points[0]!.gradient)).toEqual([
      ['__proto__', 12],
      ['constructor', 9],
    ]);
    expect(out.points[0]!.numeric.__proto__).toBeCloseTo(12, 6);
  });

  it.concurrent('checks log(x) at random points inside its domain only', async () => {
    const run = await bpAsync(['check', 'log(x) * y', '--points', '5', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as CheckJson;
    expect(out.points).toHaveLength(5);
    for (const point of out.points) expect(point.at.x).toBeGreaterThan(0);
  });

  it.concurrent('checks to rounding error with the complex step', async () => {
    const run = await bpAsync(['check', 'sin(x) * exp(y)', '--scheme', 'complex-step', '--points', '3', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as CheckJson;
    expect(out.maxAbsError).toBeLessThan(1e-13);
    // ∂/∂x sin(x)·e^y = cos(x)·e^y, by hand.
    for (const point of out.points) expect(point.numeric.x).toBeCloseTo(Math.cos(point.at.x!) * Math.exp(point.at.y!), 13);
  });

  it.concurrent('writes a JUnit report', async () => {
    const run = await bpAsync(['check', 'x^2*y', '--claim', 'x=2*x', '--points', '1', '--report', 'junit']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('<testsuite');
    expect(run.stdout).toContain('<failure');
  });

  it.concurrent('is exit 2 for a claim that does not parse, pointing into the claim', async () => {
    const run = await bpAsync(['check', 'x^2*y', '--claim', 'x=2*)', '--json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stderr)).toEqual({ error: expect.objectContaining({ code: 'syntax', position: { start: 2, end: 3 } }) as unknown });
  });
});
