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
    for (const wrt of ['x', 'w1', 'b4']) {
      const d = derive(source, wrt);
      if (wrt !== 'b4') {
        // Spelled out in the inputs it would pass 4 million characters.
        expect(d.expanded).toBe(false);
        expect(d.note).toBeDefined();
        expect(d.derivative).toBe(d.compact);
        expect(d.adjoints?.map((a) => a.name)).toContain('δ_z1');
      }
      // Every δ line refers only to earlier names, so its size stays linear in the depth.
      expect(d.compact.length).toBeLessThan(2_000);
      expect(compactValue(source, d.compact, point)).toBeCloseTo(reference[wrt]!, 7);
    }
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
    expect(text).toContain('\\delta_{z_{1}} &=');
    expect(text.length).toBeLessThan(400_000);
  });
});
