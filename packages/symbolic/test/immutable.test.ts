import { describe, expect, it, vi } from 'vitest';
import { backprop, derive, evaluate, evaluateAt, gradient, hessian, hessianAt, hessianWriteup, jacobian, jvp, parse, writeup } from '../src/index.js';
import { gradientGraph, printLatex, printText } from '../src/engine.js';

/** A network with two hidden units and a squared-error loss, as the issue measured it (54 nodes). */
const NETWORK = [
  'z1 = w1*x + b1', 'h1 = sigmoid(z1)', 'z2 = w2*x + b2', 'h2 = tanh(z2)',
  'y = v1*h1 + v2*h2 + c', 'L = (y - t)^2 / 2',
].join('\n');
const POINT = { x: 0.5, w1: 0.3, b1: -0.2, w2: -0.7, b2: 0.1, v1: 1.2, v2: -0.4, c: 0.05, t: 1 };

describe('a program read many ways', () => {
  it('keeps its graph the same size after every derivation, gradient, Hessian, jvp and write-up', () => {
    const program = parse(NETWORK);
    const size = program.graph.size;
    const labels = [...program.graph.labels];
    for (const name of program.inputs) {
      derive(program, name);
      derive(program, name, { expand: false });
      jvp(program, { [name]: 1 }, { at: POINT });
    }
    gradient(program, POINT);
    evaluateAt(program, POINT);
    hessian(program, { steps: true });
    hessianAt(program, POINT);
    jacobian(program, { outputs: ['h1', 'L'], at: POINT });
    backprop(program, { at: POINT, level: 'all' });
    writeup(program, { at: POINT });
    hessianWriteup(program, { at: POINT });
    expect(program.graph.size).toBe(size);
    expect([...program.graph.labels]).toEqual(labels);
  });

  it('presents a short program’s derivative (names spelled out on the side) without growing its graph', () => {
    // Hand-derived: c = (x·y + z)², so ∂c/∂x = 2(x·y + z)·y, which is 20 at (1, 2, 3).
    const program = parse('a = x*y; b = a + z; c = b^2');
    const size = program.graph.size;
    const derivation = derive(program, 'x');
    expect(evaluate(parse(derivation.derivative), { x: 1, y: 2, z: 3 })).toBeCloseTo(20, 12);
    expect(program.graph.size).toBe(size);
  });

  it('refuses to grow a parsed program’s graph directly', () => {
    const program = parse('x * y');
    expect(() => program.graph.add(program.output, program.graph.constant(1))).toThrow(/frozen/);
    const scratch = program.graph.extend();
    const sum = scratch.add(program.output, scratch.constant(1));
    expect(printText(scratch, sum)).toBe('x * y + 1');
    expect(program.graph.size).toBe(3);
  });

  it('gives the same results whatever order derivations of one program run in', () => {
    const run = (order: readonly string[]): unknown => {
      const program = parse(NETWORK);
      const results = new Map<string, unknown>();
      for (const name of order) {
        results.set(`derive ${name}`, derive(program, name));
        results.set(`jvp ${name}`, jvp(program, { [name]: 1, x: 2 }));
        if (name === 'v1') results.set('backprop', backprop(program, { level: 'all' }).contributions);
        if (name === 'w2') results.set('hessian', hessian(program, { wrt: ['w1', 'w2', 'x'] }).entries);
      }
      return Object.fromEntries([...results].sort(([a], [b]) => a.localeCompare(b)));
    };
    const inputs = parse(NETWORK).inputs;
    const forward = run(inputs);
    expect(run([...inputs].reverse())).toEqual(forward);
    expect(run([...inputs.slice(4), ...inputs.slice(0, 4)])).toEqual(forward);
  });

  it('gives the same derivation on a fresh program as after other reads of the same one', () => {
    // Before derivations built on private extensions, the Hessian's nodes took ids first and
    // changed the order of factors in the compact form here.
    const source = 'u = x/y; v = u*z - x; w = v^2 + u';
    const fresh = derive(parse(source), 'z');
    // Hand-derived: ∂w/∂z = 2·v·u = 2(x·z/y − x)·x/y, at (2, 1, 1.5) that is 2·(3 − 2)·2 = 4.
    const [x, y, z] = [2, 1, 1.5];
    expect(evaluate(parse(fresh.derivative), { x, y, z })).toBeCloseTo(2 * ((x * z) / y - x) * (x / y), 12);
    const program = parse(source);
    derive(program, 'x');
    hessian(program);
    jvp(program, { y: 1 });
    backprop(program, { level: 'all' });
    expect(derive(program, 'z')).toEqual(fresh);
  });
});

describe('evaluateAt', () => {
  it('visits the nodes its value and gradient need, not the nodes earlier derivations built', () => {
    const program = parse(NETWORK);
    const needed = gradientGraph(program).schedule.length;
    const count = (): number => {
      let visits = 0;
      evaluateAt(program, POINT, { onVisit: () => visits++ });
      return visits;
    };
    const before = count();
    for (const name of program.inputs) derive(program, name);
    hessian(program);
    expect(before).toBe(needed);
    expect(count()).toBe(before);
  });

  it('does work proportional to the program: twice the units, about twice the visits', () => {
    const units = (n: number): string => {
      const lines: string[] = [];
      for (let k = 1; k <= n; k++) lines.push(`h${k} = sigmoid(w${k}*x + b${k})`);
      lines.push(`L = (${Array.from({ length: n }, (_, k) => `v${k + 1}*h${k + 1}`).join(' + ')} - t)^2`);
      return lines.join('\n');
    };
    const visits = (n: number): number => {
      const program = parse(units(n));
      const point = Object.fromEntries(program.inputs.map((name, i) => [name, 0.1 * (i + 1)]));
      for (const name of program.inputs) derive(program, name);
      let count = 0;
      evaluateAt(program, point, { onVisit: () => count++ });
      return count;
    };
    const ratio = visits(40) / visits(20);
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
  });
});

describe('printing in other names', () => {
  it('takes the labels as an argument and leaves the graph’s own untouched', () => {
    const program = parse('a = x*y; b = a + z; c = b^2');
    const { graph } = program;
    const before = [...graph.labels];
    const b = program.definitions.get('b')!;
    const custom = new Map([[b, 'beta'], [program.definitions.get('a')!, 'alpha']]);
    expect(printText(graph, program.output, 'compact', true, custom)).toBe('beta ^ 2');
    expect(printLatex(graph, b, 'compact', true, custom)).toBe('\\alpha + z');
    expect(printText(graph, program.output, 'compact', true)).toBe('b ^ 2');
    expect([...graph.labels]).toEqual(before);
  });

  it('backprop never writes the graph’s labels, also when it fails part way', () => {
    const program = parse('a = x*y; b = log(a); c = b^2');
    const before = [...program.graph.labels];
    const labels = program.graph.labels as Map<number, string>;
    const writes = [vi.spyOn(labels, 'set'), vi.spyOn(labels, 'clear'), vi.spyOn(labels, 'delete')];
    try {
      backprop(program, { level: 'all', at: { x: 1, y: 2 } });
      expect(() => backprop(program, { level: 'all', at: { x: -1, y: 2 } })).toThrow(expect.objectContaining({ code: 'domain' }));
      expect(writes.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0]);
    } finally {
      for (const spy of writes) spy.mockRestore();
    }
    expect([...program.graph.labels]).toEqual(before);
  });
});
