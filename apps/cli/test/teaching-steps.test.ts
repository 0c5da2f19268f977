import { describe, expect, it } from 'vitest';
import { bp, expectSchema } from './helpers.js';

interface DeriveJson {
  derivative: string;
  steps: { rule: string; expression: string; result: string; latex: string }[];
}

function deriveJson(source: string): DeriveJson {
  const run = bp(['derive', source, '--wrt', 'x', '--json']);
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  const out = JSON.parse(run.stdout) as DeriveJson;
  expectSchema('derive.json', out);
  return out;
}

describe('bp derive --steps as a teacher writes it', () => {
  it('shows e^x differentiating to itself', () => {
    const run = bp(['derive', 'e^x', '--steps']);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain('exponential  d/dx [e ^ x] = e ^ x\n');
    expect(run.stdout).not.toContain('log(e)');
    const out = deriveJson('e^(2*x)');
    expect(out.derivative).toBe('2 * e ^ (2 * x)');
    expect(out.steps.map((s) => s.rule)).toEqual(['constant-multiple', 'exponential', 'chain']);
  });

  it('shows x^x by the exponential/logarithmic rule', () => {
    const run = bp(['derive', 'x^x', '--steps']);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain('d/dx [x ^ x] = d/dx [e ^ (x * log(x))] = x ^ x * (log(x) + 1)');
    const out = deriveJson('x^x');
    expect(out.steps.map((s) => s.rule)).toEqual(['exponential-logarithmic']);
    expect(out.derivative).toBe('x ^ x * (log(x) + 1)');
  });

  it('shows the product rule on x*x*x as typed, then the simplification', () => {
    const run = bp(['derive', 'x*x*x', '--wrt', 'x', '--steps']);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain('d/dx [x * x * x] = ');
    expect(run.stdout).not.toContain('d/dx [x ^ 3]');
    const out = deriveJson('x*x*x');
    expect(out.steps.map((s) => s.rule)).toEqual(['product', 'product', 'simplify']);
    expect(out.derivative).toBe('3 * x ^ 2');
    expect(deriveJson('x+x+x').steps.map((s) => s.rule)).toEqual(['sum', 'sum']);
  });
});

describe('bp derive heads the result in the notation of its steps', () => {
  it('writes df/dx for one variable and ∂f/∂x for several', () => {
    const one = bp(['derive', 'x^2']);
    expect(one.stdout.trim()).toBe('df/dx = 2 * x');
    const several = bp(['derive', 'x*y', '--wrt', 'x']);
    expect(several.stdout.trim()).toBe('∂f/∂x = y');
  });
});
