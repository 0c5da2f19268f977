import { describe, expect, it } from 'vitest';
import { bpAsync, expectSchema } from './helpers.js';

/** The 17-line 8-layer scalar network with swish activations from issue 12. */
function swishNetwork(layers: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= layers; i++) lines.push(`z${i} = w${i}*${i === 1 ? 'x' : `a${i - 1}`} + b${i}`, `a${i} = z${i}*sigmoid(z${i})`);
  lines.push(`L = (a${layers} - y)^2`);
  return `${lines.join('\n')}\n`;
}

const POINT = ['x=0.5', 'y=1', ...Array.from({ length: 8 }, (_, i) => `w${i + 1}=0.3,b${i + 1}=0.1`)].join(',');

describe('programs whose derivative is enormous spelled out in the inputs', () => {
  it.concurrent('bp check exits 0 on an 8-layer swish network at a point', async () => {
    const run = await bpAsync(['check', '-', '--at', POINT], { input: swishNetwork(8) });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ the gradient agrees three ways/);
  });

  it.concurrent('bp check and bp writeup write a 50-layer network in δ lines, in bytes linear in the depth', async () => {
    const point = (layers: number): string => ['x=0.5', 'y=1', ...Array.from({ length: layers }, (_, i) => `w${i + 1}=0.9,b${i + 1}=0.1`)].join(',');
    const [check, writeup, check25] = await Promise.all([
      bpAsync(['check', '-', '--at', point(50)], { input: swishNetwork(50) }),
      bpAsync(['writeup', '-', '--at', point(50)], { input: swishNetwork(50) }),
      bpAsync(['check', '-', '--at', point(25)], { input: swishNetwork(25) }),
    ]);
    expect([check.status, writeup.status, check25.status]).toEqual([0, 0, 0]);
    // One line per intermediate and per input, each in earlier δ names: ∂L/∂w1 = δ_z1 · x.
    expect(check.stdout).toMatch(/^∂L\/∂w1 = δ_z1 \* x$/m);
    expect(check.stdout).toMatch(/^δ_a49 = ∂L\/∂a49 = δ_z50 \* w50$/m);
    const lines = check.stdout.split('\n').filter((line) => line.startsWith('δ_') || line.startsWith('∂L/∂'));
    for (const line of lines) expect(line.length).toBeLessThan(120);
    // Twice the depth, about twice the bytes (a chain per input through the network would be four times).
    expect(Buffer.byteLength(check.stdout) / Buffer.byteLength(check25.stdout)).toBeLessThan(2.3);
    expect(Buffer.byteLength(check.stdout)).toBeLessThan(300_000);
    expect(Buffer.byteLength(writeup.stdout)).toBeLessThan(300_000);
  });

  it.concurrent('bp derive gives the compact form with δ lines and a note instead of refusing', async () => {
    const run = await bpAsync(['derive', '-', '--wrt', 'x'], { input: swishNetwork(8) });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^δ_z1 +=/m);
    expect(run.stdout).toMatch(/^∂L\/∂x += δ_z1 \* w1$/m);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    const json = await bpAsync(['derive', '-', '--wrt', 'x', '--json'], { input: swishNetwork(8) });
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout) as { derivative: string; compact: string; note?: string };
    expectSchema('derive.json', out);
    expect(out.note).toBeDefined();
    expect(out.derivative).toBe(out.compact);
  });

  it.concurrent('bp writeup writes an 8-layer swish network up and checks it', async () => {
    const run = await bpAsync(['writeup', '-', '--at', POINT], { input: swishNetwork(8) });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## Check');
    expect(run.stdout).toContain('| $\\delta_{z_{1}} = \\frac{\\partial L}{\\partial z_{1}}$ |');
  });
});

describe('bp derive on a chain of a few layers', () => {
  /** L = (h_{n-1} - y)^2 with h_i = tanh(w*h_{i-1} + b). */
  const chain = (n: number): string =>
    [`h0 = tanh(w*x)`, ...Array.from({ length: n - 1 }, (_, i) => `h${i + 1} = tanh(w*h${i} + b)`), `L = (h${n - 1} - y)^2`].join('\n');
  const at = { w: 0.7, x: 0.5, b: 0.2, y: 1 };

  /** ∂L/∂w by central differences, from the chain's own arithmetic (not bp's). */
  function finiteDifference(n: number, w: number): number {
    const loss = (v: number): number => {
      let h = Math.tanh(v * at.x);
      for (let i = 1; i < n; i++) h = Math.tanh(v * h + at.b);
      return (h - at.y) ** 2;
    };
    const step = 1e-6;
    return (loss(w + step) - loss(w - step)) / (2 * step);
  }

  it.concurrent('names the backward quantities at 6 layers and shows the spelled-out form only with --expand', async () => {
    const [plain, expanded, json] = await Promise.all([
      bpAsync(['derive', '-', '--wrt', 'w'], { input: chain(6) }),
      bpAsync(['derive', '-', '--wrt', 'w', '--expand'], { input: chain(6) }),
      bpAsync(['derive', '-', '--wrt', 'w', '--json'], { input: chain(6) }),
    ]);
    expect([plain.status, expanded.status, json.status]).toEqual([0, 0, 0]);
    // Seed-style δ lines, each short and in earlier names.
    expect(plain.stdout).toMatch(/^δ_h5 += 2 \* \(h5 - y\)$/m);
    expect(plain.stdout).toMatch(/^δ_h4 += δ_h5 \* \(1 - h5 \^ 2\) \* w$/m);
    expect(plain.stdout).not.toMatch(/tanh\(w \* tanh\(w \* tanh/);
    expect(plain.stdout).toMatch(/--expand shows it/);
    expect(expanded.stdout).toMatch(/tanh\(w \* tanh\(w \* tanh/);
    // The δ program evaluates to the finite-difference slope.
    const d = JSON.parse(json.stdout) as { compact: string };
    const { evaluate } = await import('@bp/symbolic');
    const lines = d.compact.split('; ');
    const program = [chain(6), ...lines.slice(0, -1), `dw = ${lines.at(-1)!}`].join('\n');
    expect(evaluate(program, at)).toBeCloseTo(finiteDifference(6, at.w), 7);
  });

  it.concurrent('shows a long derivative of an expression without names, its only form, with no note', async () => {
    const nested = Array.from({ length: 60 }).reduce<string>((inner) => `sin(${inner})`, 'x');
    const run = await bpAsync(['derive', nested, '--wrt', 'x']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^df\/dx = cos\(sin\(sin/m);
    expect(run.stdout).not.toMatch(/--expand/);
  });

  it.concurrent('keeps a short derivative on one line with its spelled-out form at 3 layers', async () => {
    const run = await bpAsync(['derive', '-', '--wrt', 'w'], { input: chain(3) });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/δ_/);
    expect(run.stdout).toMatch(/^∂L\/∂w = .*tanh\(w \* x\)/m);
  });
});
