import { describe, expect, it } from 'vitest';
import { bpAsync, close, expectSchema } from './helpers.js';

interface Grad {
  value: number;
  gradient: Record<string, number>;
  kinks?: unknown[];
}

/** The seed neuron, worked by hand: z = w·x + b, a = σ(z), L = (y − a)²/2, and the chain rule. */
function neuron(x: number, w: number, b: number, y: number): { value: number; gradient: Record<string, number> } {
  const z = w * x + b;
  const a = 1 / (1 + Math.exp(-z));
  const dLdz = (a - y) * a * (1 - a);
  return { value: (y - a) ** 2 / 2, gradient: { w: dLdz * x, x: dLdz * w, b: dLdz, y: y - a } };
}

const NEURON = 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2';
const GRAPH = 'a = x*y; b = a + z; c = b^2';

describe('bp grad', () => {
  it.concurrent('gives the value and every partial of x²·y at (3, 2)', async () => {
    const run = await bpAsync(['grad', 'x^2 * y', '--at', 'x=3,y=2', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Grad;
    expectSchema('grad.json', out);
    expect(out).toEqual({ value: 18, gradient: { x: 12, y: 9 } });
  });

  it.concurrent('differentiates the seed neuron through its named intermediates', async () => {
    const run = await bpAsync(['grad', NEURON, '--at', 'x=2,w=0.5,b=1,y=1', '--json']);
    const out = JSON.parse(run.stdout) as Grad;
    expectSchema('grad.json', out);
    const expected = neuron(2, 0.5, 1, 1);
    expect(close(out.value, expected.value)).toBe(true);
    expect(Object.keys(out.gradient).sort()).toEqual(['b', 'w', 'x', 'y']);
    for (const name of Object.keys(expected.gradient)) expect(close(out.gradient[name]!, expected.gradient[name]!)).toBe(true);
  });

  it.concurrent('sums over paths: c = (x·y + z)² at (1, 2, 3)', async () => {
    const run = await bpAsync(['grad', GRAPH, '--at', 'x=1,y=2,z=3', '--json']);
    expect(JSON.parse(run.stdout)).toEqual({ value: 25, gradient: { x: 20, y: 10, z: 10 } });
  });

  it.concurrent('narrows the gradient with --wrt and warns about a name that does not occur', async () => {
    const run = await bpAsync(['grad', 'x^2 * y', '--at', 'x=3,y=2', '--wrt', 'x,q', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ value: 18, gradient: { x: 12, q: 0 } });
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('"q" does not occur');
  });

  it.concurrent('treats JavaScript hazards as ordinary names', async () => {
    const run = await bpAsync(['grad', 'constructor^2 + __proto__ * process', '--at', 'constructor=2,__proto__=3,process=5', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Grad;
    expect(out.value).toBe(19);
    expect(Object.entries(out.gradient)).toEqual([
      ['constructor', 4],
      ['__proto__', 5],
      ['process', 3],
    ]);
  });

  it.concurrent('reports a kink with the convention used', async () => {
    const run = await bpAsync(['grad', 'relu(x) * y', '--at', 'x=0,y=2', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Grad;
    expectSchema('grad.json', out);
    expect(out.kinks).toHaveLength(1);
    expect(run.stderr).toContain('kink');
  });

  it.concurrent('reads the source from standard input with -', async () => {
    const run = await bpAsync(['grad', '-', '--at', 'x=3,y=2', '--json'], { input: 'a = x^2\nf = a * y\n' });
    expect(JSON.parse(run.stdout)).toEqual({ value: 18, gradient: { x: 12, y: 9 } });
  });

  it.concurrent('accepts an expression that starts with a minus sign', async () => {
    const run = await bpAsync(['grad', '-x^2', '--at', 'x=3', '--json']);
    expect(JSON.parse(run.stdout)).toEqual({ value: -9, gradient: { x: -6 } });
  });

  it.concurrent('prints a readable table without --json', async () => {
    const run = await bpAsync(['grad', NEURON, '--at', 'x=2,w=0.5,b=1,y=1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('at x = 2, w = 0.5, b = 1, y = 1');
    expect(run.stdout).toMatch(/∂L\/∂w\s+-0\.0250310843/);
    expect(run.stdout).not.toContain('\u001b[');
  });
});

describe('bp derive', () => {
  it.concurrent('prints the contract JSON, with the compact form in the intermediate names', async () => {
    const run = await bpAsync(['derive', GRAPH, '--wrt', 'x', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { wrt: string; derivative: string; compact: string; steps: { rule: string }[] };
    expectSchema('derive.json', out);
    expect(out.wrt).toBe('x');
    expect(out.compact).toBe('2 * b * y');
    expect(out.steps.map((step) => step.rule)).toContain('chain');
  });

  it.concurrent('gives a derivative that parses back with bp grad and has the right value', async () => {
    const derived = JSON.parse((await bpAsync(['derive', GRAPH, '--wrt', 'x', '--json'])).stdout) as { derivative: string; compact: string };
    const expanded = JSON.parse((await bpAsync(['grad', derived.derivative, '--at', 'x=1,y=2,z=3', '--json'])).stdout) as Grad;
    // ∂c/∂x = 2(xy + z)·y = 2·5·2 at (1, 2, 3).
    expect(expanded.value).toBe(20);
    const compact = JSON.parse((await bpAsync(['grad', derived.compact, '--at', 'b=5,y=2', '--json'])).stdout) as Grad;
    expect(compact.value).toBe(20);
  });

  it.concurrent('names the product and chain rules for x²·sin(x), in order', async () => {
    const run = await bpAsync(['derive', 'x^2 * sin(x)', '--json']);
    const out = JSON.parse(run.stdout) as { steps: { rule: string }[]; derivative: string };
    // The differentiation rules, then the presentation step that factors out x.
    expect(out.steps.map((step) => step.rule)).toEqual(['power', 'sin', 'product', 'simplify']);
    const at = 0.7;
    const value = JSON.parse((await bpAsync(['grad', out.derivative, '--at', `x=${at}`, '--json'])).stdout) as Grad;
    expect(close(value.value, 2 * at * Math.sin(at) + at * at * Math.cos(at))).toBe(true);
  });

  it.concurrent('shows numbered steps with --steps, and both forms of the result', async () => {
    const run = await bpAsync(['derive', NEURON, '--wrt', 'w', '--steps']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ *1\. +product/m);
    expect(run.stdout).toContain('∂L/∂w = ');
    expect(run.stdout).toContain('(a - y) * a * (1 - a) * x');
  });

  it.concurrent('writes LaTeX and Markdown', async () => {
    const latex = await bpAsync(['derive', 'sigmoid(w*x + b)', '--wrt', 'w', '--format', 'latex']);
    expect(latex.stdout).toContain('\\frac{\\partial f}{\\partial w} = ');
    const markdown = await bpAsync(['derive', 'x^3', '--format', 'markdown', '--steps']);
    expect(markdown.stdout).toContain('$$');
    expect(markdown.stdout).toContain('| 1 | power |');
  });

  it.concurrent('gives 0 and a warning for a variable that does not occur', async () => {
    const run = await bpAsync(['derive', 'x^2', '--wrt', 'y', '--json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { derivative: string }).derivative).toBe('0');
    expect(run.stderr).toContain('"y" does not occur');
  });
});

describe('bp graph', () => {
  it.concurrent('gives forward values and gradients on every node of the seed graph', async () => {
    const run = await bpAsync(['graph', GRAPH, '--at', 'x=1,y=2,z=3', '--format', 'json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { nodes: { label: string; value: number; gradient: number }[]; edges: unknown[] };
    expectSchema('graph.json', out);
    // a = 2, b = 5, c = 25; ∂c/∂b = 2b = 10, ∂c/∂a = 10, ∂c/∂x = 10·y = 20, ∂c/∂y = 10·x = 10, ∂c/∂z = 10.
    const byLabel = Object.fromEntries(out.nodes.map((node) => [node.label, [node.value, node.gradient]]));
    expect(byLabel).toEqual({ x: [1, 20], y: [2, 10], z: [3, 10], a: [2, 10], b: [5, 10], c: [25, 1] });
    expect(out.edges).toHaveLength(5);
  });

  it.concurrent('draws Mermaid by default and DOT on request', async () => {
    const mermaid = await bpAsync(['graph', GRAPH]);
    expect(mermaid.stdout.startsWith('flowchart LR\n')).toBe(true);
    const dot = await bpAsync(['graph', GRAPH, '--at', 'x=1,y=2,z=3', '--format', 'dot']);
    expect(dot.stdout.startsWith('digraph bp {')).toBe(true);
    expect(dot.stdout).toContain('value 25');
  });
});

describe('exit codes', () => {
  it.concurrent('is 0 for success, 2 for bad input', async () => {
    const [ok, bad] = await Promise.all([bpAsync(['grad', 'x', '--at', 'x=1']), bpAsync(['grad', 'x +', '--at', 'x=1'])]);
    expect([ok.status, bad.status]).toEqual([0, 2]);
  });
});

describe('colour', () => {
  it.concurrent('colours with FORCE_COLOR and never with NO_COLOR', async () => {
    const [forced, none] = await Promise.all([
      bpAsync(['grad', 'x', '--at', 'x=1'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }),
      bpAsync(['grad', 'x', '--at', 'x=1'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
    ]);
    expect(forced.stdout).toContain('\u001b[');
    expect(none.stdout).not.toContain('\u001b[');
  });
});

