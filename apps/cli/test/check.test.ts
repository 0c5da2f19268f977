import { describe, expect, it } from 'vitest';
import { bpAsync, expectSchema } from './helpers.js';

interface CheckJson {
  ok: boolean;
  maxAbsError: number;
  kinks: { function: string }[];
  points: { at: Record<string, number>; gradient: Record<string, number>; numeric: Record<string, number>; ok: boolean }[];
  claims?: { wrt: string; ok: boolean; derivative?: string; worst?: { at: Record<string, number>; actual: number; expected: number } }[];
  randomPoints?: { requested: number; found: number; searched: { centre: string; tries: number; found: number }[] };
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
    expect(text.stdout).toMatch(/✗ claim ∂f\/∂x = 2\*x is wrong: bp derives ∂f\/∂x = .+; at x = /);
  });

  it.concurrent('takes a claim without its name when the source has one input, and asks for the name otherwise', async () => {
    const [right, wrong, several] = await Promise.all([
      bpAsync(['check', 'x^3', '--claim', '3*x^2', '--json']),
      bpAsync(['check', 'x^3', '--claim', '3*x', '--json']),
      bpAsync(['check', 'x^2*y', '--claim', '2*x*y']),
    ]);
    expect(right.status).toBe(0);
    expect((JSON.parse(right.stdout) as CheckJson).claims!.map((claim) => [claim.wrt, claim.ok])).toEqual([['x', true]]);
    expect(wrong.status).toBe(1);
    expect((JSON.parse(wrong.stdout) as CheckJson).claims!.map((claim) => [claim.wrt, claim.ok])).toEqual([['x', false]]);
    expect(several.status).toBe(2);
    expect(several.stderr.trim().split('\n')).toHaveLength(1);
    expect(several.stderr).toMatch(/--claim takes name=expression .*several inputs \(x, y\)/);
  });

  it.concurrent('prints bp’s own derivative beside a wrong claim, in text, JSON and JUnit', async () => {
    const json = await bpAsync(['check', 'a = x*y; b = sin(a)', '--claim', 'x=cos(a)', '--claim', 'y=cos(a)*x', '--json']);
    expect(json.status).toBe(1);
    const out = JSON.parse(json.stdout) as CheckJson;
    expectSchema('check.json', out);
    const [wrong, right] = out.claims!;
    expect(right!.derivative).toBeUndefined();
    // ∂/∂x sin(xy) = y·cos(xy), by hand, at the point where the claim was worst.
    const at = wrong!.worst!.at;
    const { evaluate, parse } = await import('@bp/symbolic');
    expect(evaluate(parse(wrong!.derivative!), at)).toBeCloseTo(at.y! * Math.cos(at.x! * at.y!), 12);
    const text = await bpAsync(['check', 'a = x*y; b = sin(a)', '--claim', 'x=cos(a)']);
    expect(text.stdout).toContain(`claim ∂b/∂x = cos(a) is wrong: bp derives ∂b/∂x = ${wrong!.derivative!}; at `);
    const junit = await bpAsync(['check', 'a = x*y; b = sin(a)', '--claim', 'x=cos(a)', '--report', 'junit']);
    expect(junit.status).toBe(1);
    expect(junit.stdout).toMatch(new RegExp(`<failure message="claim ∂b/∂x = cos\\(a\\) is wrong: bp derives ∂b/∂x = [^"]+; at `));
  });

  it.concurrent('checks log(x - 5) at the given x = 6, then at random points found around it, and says how many', async () => {
    const run = await bpAsync(['check', 'log(x - 5)', '--at', 'x=6', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as CheckJson;
    expectSchema('check.json', out);
    expect(out.points[0]!.at).toEqual({ x: 6 });
    expect(out.points[0]!.gradient.x).toBe(1); // 1/(x − 5) at 6
    expect(out.points).toHaveLength(4);
    for (const point of out.points.slice(1)) {
      expect(point.at.x).toBeGreaterThan(5);
      expect(point.numeric.x).toBeCloseTo(1 / (point.at.x! - 5), 6);
    }
    expect(out.randomPoints).toMatchObject({ requested: 3, found: 3 });
    expect(out.randomPoints!.searched[0]).toEqual({ centre: 'range', halfWidth: 2, tries: 600, found: 0 });
    expect(out.randomPoints!.searched[1]).toMatchObject({ centre: 'given point' });
    const text = await bpAsync(['check', 'log(x - 5)', '--at', 'x=6']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/3 of 3 random points found inside the function's domain/);
    expect(text.stdout + text.stderr).not.toMatch(/parameter|range|around/);
    const junit = await bpAsync(['check', 'log(x - 5)', '--at', 'x=6', '--report', 'junit']);
    expect(junit.status).toBe(0);
    expect(junit.stdout.match(/<testcase /g)).toHaveLength(4);
  });

  it.concurrent('checks the given point alone when no random point is inside the domain, and says so in every report', async () => {
    // A domain that is a thin band along x = y: no random point falls inside it (seed 1).
    const source = 'sqrt(1e-8 - (x - y)^2)';
    const run = await bpAsync(['check', source, '--at', 'x=0,y=0', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as CheckJson;
    expect(out.points).toHaveLength(1);
    expect(out.randomPoints).toMatchObject({ requested: 3, found: 0 });
    const junit = await bpAsync(['check', source, '--at', 'x=0,y=0', '--report', 'junit']);
    expect(junit.stdout).toMatch(/<testcase classname="bp check" name="gradient at x = 0, y = 0"\/>/);
    expect(junit.stdout).toMatch(/<skipped message="0 of 3 random points found inside the function&apos;s domain/);
    const text = await bpAsync(['check', source, '--at', 'x=0,y=0']);
    expect(text.stdout).toContain("0 of 3 random points found inside the function's domain (0 of 600 between -2 and 2; 0 of 750 within ±0.125 to ±32 of the given point)");
    const none = await bpAsync(['check', source, '--json']);
    expect(none.status).toBe(2);
    expect(JSON.parse(none.stderr)).toEqual({ error: expect.objectContaining({ code: 'missing-argument', position: { argument: '--at' } }) as unknown });
    expect(none.stderr).not.toMatch(/parameter/);
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

  it.concurrent('prints a GitHub workflow command per failed check with --report github, and nothing when all agree', async () => {
    const run = await bpAsync(['check', 'x^2*y', '--claim', 'x=2*x', '--claim', 'y=x^2', '--report', 'github']);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line !== '')).toEqual([
      expect.stringMatching(/^::error title=bp check%3A wrong claim ∂f\/∂x::claim ∂f\/∂x = 2\*x is wrong: bp derives ∂f\/∂x = /) as unknown,
    ]);
    const ok = await bpAsync(['check', 'x^2*y', '--claim', 'y=x^2', '--report', 'github']);
    expect([ok.status, ok.stdout]).toEqual([0, '']);
  });
});
