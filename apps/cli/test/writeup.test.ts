import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { golden } from './golden.js';
import { bpAsync } from './helpers.js';

/** Six significant digits, as the write-up prints them. */
const six = (value: number): string => String(Number(value.toPrecision(6)));

describe('bp writeup', () => {
  it.concurrent('writes the seed neuron (x = 2, w = 0.5, b = 1, y = 1, L = ½(y − a)²) as the golden file says', async () => {
    const run = await bpAsync(['writeup', 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', '--at', 'x=2,w=0.5,b=1,y=1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(golden('neuron.md', run.stdout));
    // The numbers, worked by hand: z = 2, a = σ(2), ∂L/∂a = a − y, ∂a/∂z = a(1 − a), ∂L/∂w = ∂L/∂z·x.
    const a = 1 / (1 + Math.exp(-2));
    const dz = (a - 1) * a * (1 - a);
    for (const value of [a, (1 - a) ** 2 / 2, a - 1, a * (1 - a), dz, dz * 2, dz * 0.5]) expect(run.stdout).toContain(six(value));
    for (const section of ['## The function', '## The computation graph', '```mermaid', '## Forward pass', '## Backward pass', '## The gradient']) {
      expect(run.stdout).toContain(section);
    }
  });

  it.concurrent('writes the seed graph a = x·y, b = a + z, c = b² as the golden file says', async () => {
    const run = await bpAsync(['writeup', 'a = x*y; b = a + z; c = b^2', '--at', 'x=1,y=2,z=3']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(golden('graph.md', run.stdout));
    // c = (1·2 + 3)² = 25; ∂c/∂x = 2b·y = 20, ∂c/∂y = 2b·x = 10, ∂c/∂z = 2b = 10.
    expect(run.stdout).toMatch(/\| 25 \|/);
    expect(run.stdout).toMatch(/\\partial x\}.*\| 20 \|/);
  });

  it.concurrent('spells partials out in the inputs for a larger network only with --expand', async () => {
    // Three tanh layers, a linear output and a squared error: more nodes than a write-up expands unasked.
    const source = 'z1 = w1*x + b1; a1 = tanh(z1); z2 = w2*a1 + b2; a2 = tanh(z2); z3 = w3*a2 + b3; a3 = tanh(z3); z4 = w4*a3 + b4; L = (z4 - y)^2';
    const at = 'x=0.5,w1=0.9,b1=0.1,w2=-0.4,b2=0.2,w3=1.5,b3=-0.3,w4=0.7,b4=0.05,y=1';
    const [plain, expanded] = await Promise.all([bpAsync(['writeup', source, '--at', at]), bpAsync(['writeup', source, '--at', at, '--expand'])]);
    expect([plain.status, expanded.status]).toEqual([0, 0]);
    expect(plain.stdout).not.toContain('| in the inputs |');
    expect(expanded.stdout).toContain('| partial | chain rule | in the inputs | value |');
    const row = expanded.stdout.split('\n').find((line) => line.startsWith('| $\\frac{\\partial L}{\\partial b_{4}}$'))!;
    expect(row).toContain('\\tanh');
    expect(row).not.toContain('a_{3}');
    // By hand: ∂L/∂b4 = 2(z4 − y), the same in both write-ups.
    const z = (w: number, input: number, b: number): number => w * input + b;
    const a3 = Math.tanh(z(1.5, Math.tanh(z(-0.4, Math.tanh(z(0.9, 0.5, 0.1)), 0.2)), -0.3));
    expect(row).toContain(`| ${six(2 * (z(0.7, a3, 0.05) - 1))} |`);
  });

  it.concurrent('ends with one step of gradient descent with --lr, on the parameters --update names', async () => {
    const neuron = 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2';
    const run = await bpAsync(['writeup', neuron, '--at', 'x=2,w=0.5,b=1,y=1', '--lr', '0.1', '--update', 'w,b']);
    expect(run.status).toBe(0);
    const section = run.stdout.slice(run.stdout.indexOf('## One step of gradient descent'), run.stdout.indexOf('## Check'));
    const rows = section.split('\n').filter((line) => line.startsWith('| $'));
    expect(rows.map((row) => row.slice(0, row.indexOf(' |')))).toEqual(['| $w$', '| $b$']);
    // By hand: ∂L/∂w = (a − y)·a(1 − a)·x and ∂L/∂b = (a − y)·a(1 − a) at a = σ(2); p − 0.1·∂L/∂p.
    const a = 1 / (1 + Math.exp(-2));
    const dz = (a - 1) * a * (1 - a);
    expect(rows[0]).toMatch(new RegExp(`\\| ${six(0.5 - 0.1 * dz * 2).replace('.', '\\.')} \\|$`));
    expect(rows[1]).toMatch(new RegExp(`\\| ${six(1 - 0.1 * dz).replace('.', '\\.')} \\|$`));
  });

  it.concurrent('refuses --lr without a point, a rate that is not positive, and --update of a name that is no input', async () => {
    const neuron = 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2';
    const at = ['--at', 'x=2,w=0.5,b=1,y=1'];
    const runs = await Promise.all([
      bpAsync(['writeup', neuron, '--lr', '0.1']),
      bpAsync(['writeup', neuron, ...at, '--lr', '0']),
      bpAsync(['writeup', neuron, ...at, '--lr', '0.1', '--update', 'w,z']),
      bpAsync(['writeup', neuron, ...at, '--update', 'w']),
    ]);
    const expected = [['missing-argument', '--lr'], ['invalid-option', '--lr'], ['invalid-option', '--update'], ['missing-argument', '--update']];
    runs.forEach((run, i) => {
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^bp writeup: error\\[${expected[i]![0]!}\\]: ${expected[i]![1]!} `));
    });
  });

  it.concurrent('writes to a file with -o and leaves standard output empty', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bp-writeup-')), 'out.md');
    const run = await bpAsync(['writeup', 'x^2', '-o', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toContain('# The gradient of f');
  });
});
