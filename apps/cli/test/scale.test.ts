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
