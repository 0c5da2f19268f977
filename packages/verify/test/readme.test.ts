import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGradient, formatText } from '../src/index.js';
import { verifyMatchers } from '../src/vitest.js';

// The README's usage example, run: its printed output must be what the package prints.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const textBlocks = [...readme.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1]!.trimEnd());

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const loss = (p: Float64Array): number => (1 - sigmoid(p[0]! * 2 + p[1]!)) ** 2 / 2;
const gradient = (p: Float64Array): number[] => {
  const a = sigmoid(p[0]! * 2 + p[1]!);
  const dz = (a - 1) * a * (1 - a);
  return [dz * 2, dz];
};
const withoutInnerFactor = (p: Float64Array): number[] => {
  const a = sigmoid(p[0]! * 2 + p[1]!);
  const dz = (a - 1) * a * (1 - a);
  return [dz, dz];
};

describe('the README', () => {
  it('shows the output of its usage example', () => {
    const result = checkGradient(loss, gradient, new Float64Array([0.5, 1]));
    expect(result.ok).toBe(true);
    expect(textBlocks[0]).toBe(formatText(result, { names: ['w', 'b'] }));
  });

  it('shows the failure the missing chain-rule factor causes', () => {
    const result = checkGradient(loss, withoutInnerFactor, new Float64Array([0.5, 1]));
    expect(textBlocks[1]).toBe(formatText(result, { names: ['w', 'b'] }));
  });

  it('quotes the matcher’s failure message as the matcher writes it', () => {
    const { message } = verifyMatchers.toHaveCorrectGradient({ f: (x: Float64Array) => x[0]! * x[1]!, gradient: [2, 3.01] }, [3, 2]);
    expect(message().startsWith(`${textBlocks[2]}\n`)).toBe(true);
  });
});
