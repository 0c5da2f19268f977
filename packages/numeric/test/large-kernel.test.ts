import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gradient, parse } from '@bp/symbolic';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { CHUNK_STATEMENTS } from '../src/internal/codegen/index.js';

/** a1 = sin(a0)·y + x, …: each statement reads the one before, so values cross every part of a split kernel. */
function chain(n: number): string {
  const lines = ['a0 = x*y'];
  for (let i = 1; i < n; i++) lines.push(`a${i} = sin(a${i - 1})*y + x/${i}`);
  return lines.join('\n');
}

describe('compile of programs too large for one JavaScript function', () => {
  it('evaluates a sum over 40,000 inputs (one function of that many locals overflows the stack)', { timeout: 60_000 }, () => {
    const n = 40_000;
    const kernel = compile(Array.from({ length: n }, (_, i) => `x${i}`).join(' + '));
    const points = Object.fromEntries(kernel.inputs.map((name, i) => [name, i % 2 === 0 ? 0.5 : 0.25]));
    const result = kernel.evaluate(points);
    // Hand-derived: 20,000 halves and 20,000 quarters; every partial of a sum is 1.
    expect(result.value[0]).toBe(15_000);
    expect(result.gradient.x39999![0]).toBe(1);
    expect(result.gradient.x0![0]).toBe(1);
  });

  it('splits a long chain into parts and still matches @bp/symbolic point by point', () => {
    const source = parse(chain(CHUNK_STATEMENTS / 4));
    const kernel = compile(source);
    expect(kernel.source).toContain('function part1(i)');
    const x = Float64Array.from([0.3, -1.2, 2]);
    const y = Float64Array.from([0.7, 0.1, -0.4]);
    const result = kernel.evaluate({ x, y });
    for (let i = 0; i < 3; i++) {
      const expected = gradient(source, { x: x[i]!, y: y[i]! });
      expect(result.value[i]).toBeCloseTo(expected.value, 12);
      expect(result.gradient.x![i]).toBeCloseTo(expected.gradient.x!, 10);
      expect(result.gradient.y![i]).toBeCloseTo(expected.gradient.y!, 10);
    }
  });

  it('writes a split kernel as a standalone module that gives the same numbers', async () => {
    const source = chain(CHUNK_STATEMENTS / 4);
    const kernel = compile(source, { dtype: 'float32', backend: 'js' });
    const file = join(mkdtempSync(join(tmpdir(), 'bp-kernel-')), 'kernel.mjs');
    writeFileSync(file, kernel.module);
    const module = (await import(pathToFileURL(file).href)) as { evaluate: typeof kernel.evaluate };
    const inputs = { x: Float32Array.from([0.25, 1.5]), y: Float32Array.from([-0.5, 0.75]) };
    const standalone = module.evaluate(inputs);
    const direct = kernel.evaluate(inputs);
    expect(Array.from(standalone.value)).toEqual(Array.from(direct.value));
    expect(Array.from(standalone.gradient.y!)).toEqual(Array.from(direct.gradient.y!));
  });
});
