import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The source of the `@bp/verify/vitest` entry: turbo runs tests before this package's own build.
import { verifyMatchers } from '../src/vitest.js';

expect.extend(verifyMatchers);

const f = (x: Float64Array): number => x[0]! * x[1]!;

describe('the @bp/verify/vitest entry point', () => {
  it('is exported with its types first, from the module these tests load', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, Record<string, string>>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional: boolean }>;
    };
    expect(manifest.exports['./vitest']).toEqual({ types: './dist/vitest.d.ts', default: './dist/vitest.js' });
    expect(Object.keys(manifest.exports['./vitest']!)).toEqual(['types', 'default']);
    expect(manifest.peerDependencies.vitest).toBe('^4.0.0');
    expect(manifest.peerDependenciesMeta.vitest?.optional).toBe(true);
  });
});

describe('toHaveCorrectGradient', () => {
  it('passes a correct { f, gradient } subject', () => {
    expect({ f, gradient: (x: Float64Array) => [x[1]!, x[0]!] }).toHaveCorrectGradient([3, 2]);
    expect({ f, gradient: Float64Array.of(2, 3) }).toHaveCorrectGradient(Float64Array.of(3, 2), { scheme: 'richardson' });
  });

  it('accepts a function returning [value, gradient]', () => {
    const valueAndGradient = (x: Float64Array): [number, number[]] => [x[0]! * x[1]!, [x[1]!, x[0]!]];
    expect(valueAndGradient).toHaveCorrectGradient([3, 2]);
    expect((x: Float64Array): [number, number[]] => [x[0]! * x[1]!, [x[1]!, 3.01]]).not.toHaveCorrectGradient([3, 2]);
  });

  it('fails with a message naming the component, both values and the errors', () => {
    const subject = { f, gradient: [2, 3.01] };
    let message = '';
    try {
      expect(subject).toHaveCorrectGradient([3, 2]);
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split('\n');
    expect(lines[0]).toBe('expected a correct gradient at x = [3, 2], but the gradient check failed: 1 of 2 components outside tolerance');
    expect(lines[1]).toBe(
      '  x[1]: analytic 3.01, numeric 2.99999999996, abs error 1.00e-2, rel error 3.32e-3, tolerance 3.06e-6',
    );
    expect(message).toContain('  x[1]       3.01      2.99999999996  1.00e-2    3.32e-3    3.06e-6    FAIL');
  });

  it('uses the names it is given', () => {
    expect(() => expect({ f, gradient: [2, 3.01] }).toHaveCorrectGradient([3, 2], { names: ['w', 'b'] })).toThrow(
      /\n {2}b: analytic 3\.01, numeric 2\.99999999996, abs error 1\.00e-2/,
    );
  });

  it('says so when .not meets a correct gradient', () => {
    expect(() => expect({ f, gradient: [2, 3] }).not.toHaveCorrectGradient([3, 2])).toThrow(
      'expected a wrong gradient at x = [3, 2], but the gradient check passed: 2 components within tolerance',
    );
  });

  it('rejects a subject that is neither { f, gradient } nor a function', () => {
    expect(() => expect(42).toHaveCorrectGradient([1])).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'received' } }),
    );
    expect(() => expect(() => 3).toHaveCorrectGradient([1])).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'received' } }),
    );
  });
});

describe('toHaveCorrectHessian', () => {
  const cube = (x: Float64Array): number => x[0]! ** 3 * x[1]!;
  // H of x³y = [[6xy, 3x²], [3x², 0]]
  const hessian = (x: Float64Array): number[][] => [[6 * x[0]! * x[1]!, 3 * x[0]! ** 2], [3 * x[0]! ** 2, 0]];

  it('passes a correct { f, hessian } subject, with or without the gradient', () => {
    expect({ f: cube, hessian }).toHaveCorrectHessian([1.5, -2]);
    expect({ f: cube, hessian, gradient: (x: Float64Array) => [3 * x[0]! ** 2 * x[1]!, x[0]! ** 3] }).toHaveCorrectHessian([1.5, -2]);
  });

  it('fails a wrong entry with a message naming it', () => {
    const wrong = (x: Float64Array): number[][] => [[6 * x[0]! * x[1]!, 3 * x[0]!], [3 * x[0]!, 0]];
    expect({ f: cube, hessian: wrong }).not.toHaveCorrectHessian([1.5, -2]);
    expect(() => expect({ f: cube, hessian: wrong }).toHaveCorrectHessian([1.5, -2], { names: ['x', 'y'] })).toThrow(/∂²f\/∂x∂y/);
  });
});
