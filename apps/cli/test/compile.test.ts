import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bpAsync, close } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'bp-compile-'));

type Evaluate = (inputs: Record<string, Float64Array | Float32Array | number>) => {
  value: Float64Array | Float32Array;
  gradient: Record<string, Float64Array | Float32Array>;
};

describe('bp compile', () => {
  it.concurrent('writes a standalone ES module whose kernel matches hand-derived partials', async () => {
    const file = join(dir, 'kernel.mjs');
    const run = await bpAsync(['compile', 'sin(x) * y^2', '--wrt', 'x,y', '-o', file]);
    expect(run.status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toMatch(/\bimport\b/);
    const module = (await import(pathToFileURL(file).href)) as { default: Evaluate; inputs: string[] };
    expect(module.inputs).toEqual(['x', 'y']);
    const xs = new Float64Array([0.5, 1, -2]);
    const out = module.default({ x: xs, y: 3 });
    xs.forEach((x, i) => {
      expect(close(out.value[i]!, Math.sin(x) * 9)).toBe(true);
      expect(close(out.gradient.x![i]!, Math.cos(x) * 9)).toBe(true);
      expect(close(out.gradient.y![i]!, Math.sin(x) * 6)).toBe(true);
    });
  });

  it.concurrent('honours --dtype float32', async () => {
    const file = join(dir, 'kernel32.mjs');
    await bpAsync(['compile', 'a = x*y; b = a + z; c = b^2', '--dtype', 'float32', '-o', file]);
    const module = (await import(pathToFileURL(file).href)) as { default: Evaluate };
    const out = module.default({ x: new Float32Array([1]), y: 2, z: 3 });
    expect(out.value).toBeInstanceOf(Float32Array);
    expect([out.value[0], out.gradient.x![0], out.gradient.y![0], out.gradient.z![0]]).toEqual([25, 20, 10, 10]);
  });

  it.concurrent('embeds the functions the kernel calls (sigmoid, erf), still importing nothing', async () => {
    const file = join(dir, 'neuron.mjs');
    const run = await bpAsync(['compile', 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2 + erf(w)', '-o', file]);
    expect(run.status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toMatch(/\bimport\b/);
    const module = (await import(pathToFileURL(file).href)) as { default: Evaluate };
    const out = module.default({ x: 2, w: 0.5, b: 1, y: 1 });
    // By hand: a = σ(2), ∂L/∂w = (a − y)·a(1 − a)·x + erf′(w), erf′(w) = 2/√π·e^(−w²)
    const a = 1 / (1 + Math.exp(-2));
    expect(close(out.gradient.w![0]!, (a - 1) * a * (1 - a) * 2 + (2 / Math.sqrt(Math.PI)) * Math.exp(-0.25))).toBe(true);
  });

  it.concurrent('prints the module on standard output without -o', async () => {
    const run = await bpAsync(['compile', 'x^2']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('export function evaluate');
  });
});
