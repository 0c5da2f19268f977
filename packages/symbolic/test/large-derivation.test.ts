import { describe, expect, it } from 'vitest';
import { derive, evaluate, evaluateAt, parse, writeup } from '../src/index.js';
import { numericGradient } from './finite-difference.js';

/** A scalar network of `layers` swish units: z_i = w_i·a_{i−1} + b_i, a_i = z_i·σ(z_i), L = (a_n − y)². */
function swishNetwork(layers: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= layers; i++) {
    lines.push(`z${i} = w${i}*${i === 1 ? 'x' : `a${i - 1}`} + b${i}`, `a${i} = z${i}*sigmoid(z${i})`);
  }
  lines.push(`L = (a${layers} - y)^2`);
  return lines.join('\n');
}

function swishPoint(layers: number): Record<string, number> {
  const point: Record<string, number> = { x: 0.5, y: 1 };
  for (let i = 1; i <= layers; i++) {
    point[`w${i}`] = 0.9 + 0.05 * i;
    point[`b${i}`] = 0.1 * (i % 3);
  }
  return point;
}

/** The value of a compact derivative: its text is a program over the source's inputs and intermediates. */
function compactValue(source: string, compact: string, point: Record<string, number>): number {
  const program = parse(source);
  const forward = evaluateAt(program, point).values;
  const values = new Map(Object.entries(point));
  for (const [name, node] of program.definitions) values.set(name, forward.get(node)!);
  return evaluate(compact, values);
}

describe('derive on programs whose derivative is enormous spelled out', () => {
  it('derives an 8-layer swish network in the program’s names, with δ lines, instead of refusing', () => {
    const source = swishNetwork(8);
    const point = swishPoint(8);
    const reference = numericGradient((p) => evaluate(source, p), point);
    for (const wrt of ['x', 'w1']) {
      const d = derive(source, wrt);
      // Spelled out in the inputs it would pass 4 million characters.
      expect(d).toMatchObject({ expanded: false, derivative: d.compact });
      expect(d.note).toBeDefined();
      expect(d.adjoints?.map((a) => a.name)).toContain('δ_z1');
      // Every δ line refers only to earlier names, so its size stays linear in the depth.
      expect(d.compact.length).toBeLessThan(2_000);
      expect(compactValue(source, d.compact, point)).toBeCloseTo(reference[wrt]!, 7);
    }
    const d = derive(source, 'b4');
    expect(compactValue(source, d.compact, point)).toBeCloseTo(reference.b4!, 7);
  });

  it('keeps the compact derivative linear in the depth of the network', () => {
    const size = (layers: number): number => derive(swishNetwork(layers), 'x').compact.length;
    const [s16, s32] = [size(16), size(32)];
    expect(s32 / s16).toBeGreaterThan(1.8);
    expect(s32 / s16).toBeLessThan(2.2);
  });

  it('derives a10 = a9·(a9 + 1) … a1 = a0·(a0 + 1) with respect to a0', () => {
    const lines = ['a1 = a0*(a0 + 1)'];
    for (let i = 1; i < 10; i++) lines.push(`a${i + 1} = a${i}*(a${i} + 1)`);
    const source = lines.join('\n');
    const d = derive(source, 'a0');
    // Hand-derived: da_{i+1}/da_i = 2·a_i + 1, so the derivative is the product of 2·a_i + 1.
    const a = [0.01];
    for (let i = 0; i < 10; i++) a.push(a[i]! * (a[i]! + 1));
    const expected = a.slice(0, 10).reduce((product, ai) => product * (2 * ai + 1), 1);
    expect(compactValue(source, d.compact, { a0: 0.01 })).toBeCloseTo(expected, 12);
  });

  it('writes an 8-layer swish network up, with its δ lines', () => {
    const text = writeup(swishNetwork(8), { at: swishPoint(8) });
    expect(text).toContain('| $\\delta_{z_{1}} = \\frac{\\partial L}{\\partial z_{1}}$ | $\\delta_{a_{1}} \\cdot \\frac{\\partial a_{1}}{\\partial z_{1}}$ |');
    expect(text.length).toBeLessThan(400_000);
  });
});

describe('derive on long sources', () => {
  const sum = (n: number): string => Array.from({ length: n }, (_, i) => `${i + 1}*x${i}^2`).join(' + ');

  it('gives output that grows at most linearly with the number of terms of a sum', () => {
    const size = (n: number): number => JSON.stringify(derive(sum(n), 'x7')).length;
    const [s250, s500] = [size(250), size(500)];
    // Linear growth doubles the size; listing every prefix of the sum as a step quadruples it.
    expect(s500 / s250).toBeLessThan(2.5);
  });

  it('derives a 2,000-term sum (hand-derived: 16·x7)', () => {
    const d = derive(sum(2_000), 'x7');
    expect(evaluate(d.derivative, { x7: 1.5 })).toBeCloseTo(16 * 1.5, 12);
  });

  it('derives a 12,000-statement chain without overflowing the stack', { timeout: 60_000 }, () => {
    const lines = ['a0 = x'];
    for (let i = 1; i < 12_000; i++) lines.push(`a${i} = a${i - 1}*0.5 + y`);
    const d = derive(lines.join('\n'), 'x');
    // a_n = 0.5·a_{n−1} + y, so ∂a_n/∂x = 0.5^n: below the smallest double here, exactly 0.
    expect(evaluate(d.derivative, { x: 1, y: 1 })).toBe(0.5 ** 11_999);
    const short = derive(lines.slice(0, 30).join('\n'), 'x');
    expect(evaluate(short.derivative, { x: 1, y: 1 })).toBeCloseTo(0.5 ** 29, 20);
  });
});

describe('derive with expand: false', () => {
  it('avoids too-large on a 30-layer network, as the README recommends', () => {
    const d = derive(swishNetwork(30), 'x', { expand: false });
    expect(d.derivative).toBe(d.compact);
    expect(d.adjoints).toHaveLength(60);
    expect(d.compact.length).toBeLessThan(10_000);
  });
});
