import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The sources of the `@bp/verify/jest` and `@bp/verify/node-test` entries: turbo runs tests before this package's own build.
import { verifyMatchers } from '../src/jest.js';
import { GradientAssertionError, assertGradient } from '../src/node-test.js';

const f = (x: Float64Array): number => x[0]! * Math.sin(x[1]!);
// ∂/∂x x·sin(y) = sin(y), ∂/∂y = x·cos(y), by hand.
const right = (x: Float64Array): number[] => [Math.sin(x[1]!), x[0]! * Math.cos(x[1]!)];
const wrong = (x: Float64Array): number[] => [Math.sin(x[1]!), x[0]! * Math.sin(x[1]!)];

describe('the package exports', () => {
  it('lists the jest and node-test entries with their types first', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, Record<string, string>> };
    expect(manifest.exports['./jest']).toEqual({ types: './dist/jest.d.ts', default: './dist/jest.js' });
    expect(manifest.exports['./node-test']).toEqual({ types: './dist/node-test.d.ts', default: './dist/node-test.js' });
    expect(Object.keys(manifest.exports['./jest']!)).toEqual(['types', 'default']);
  });
});

describe('@bp/verify/jest', () => {
  // Jest calls a matcher with `this` bound to its context and reads { pass, message } back; for
  // .not it inverts pass and shows the same message. This is that protocol, without Jest.
  const context = { isNot: false, promise: '', equals: Object.is };
  const call = (subject: unknown, x: number[], options = {}): { pass: boolean; message: () => string } =>
    verifyMatchers.toHaveCorrectGradient.call(context, subject, x, options);

  it('is an expect.extend object whose matcher passes a correct gradient', () => {
    expect(Object.keys(verifyMatchers)).toEqual(['toHaveCorrectGradient']);
    const result = call({ f, gradient: right }, [2, 0.5]);
    expect(result.pass).toBe(true);
    expect(result.message()).toMatch(/^expected a wrong gradient at x = \[2, 0\.5\]/);
  });

  it('fails a wrong gradient, naming the wrong component and both values', () => {
    const result = call({ f, gradient: wrong }, [2, 0.5], { names: ['x', 'y'] });
    expect(result.pass).toBe(false);
    const [head, worst] = result.message().split('\n');
    expect(head).toBe('expected a correct gradient at x = [2, 0.5], but the gradient check failed: 1 of 2 components outside tolerance');
    // analytic 2·sin(0.5) = 0.958851077208, numeric 2·cos(0.5) = 1.75516512378
    expect(worst).toMatch(/^ {2}y: analytic 0\.958851077208, numeric 1\.7551651237\d/);
  });

  it('registers with an expect.extend that follows the protocol (vitest’s)', () => {
    expect.extend(verifyMatchers);
    const subject = (x: Float64Array): [number, number[]] => [f(x), wrong(x)];
    expect(() => expect(subject).toHaveCorrectGradient([1, 1])).toThrow(/1 of 2 components/);
  });
});

describe('@bp/verify/node-test', () => {
  it('returns quietly for a correct gradient', () => {
    expect(assertGradient({ f, gradient: right }, [2, 0.5])).toBeUndefined();
    expect(assertGradient((x: Float64Array) => [f(x), right(x)], Float64Array.of(-1, 3))).toBeUndefined();
  });

  it('throws an assertion error node:test reports as a failed assertion', () => {
    let thrown: unknown;
    try {
      assertGradient({ f, gradient: wrong }, [2, 0.5], { names: ['x', 'y'] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GradientAssertionError);
    expect(thrown).toMatchObject({ name: 'AssertionError', code: 'ERR_ASSERTION', operator: 'assertGradient', expected: [2, 0.5] });
    expect((thrown as Error).message).toMatch(/\n {2}y: analytic 0\.958851077208, numeric 1\.7551651237\d/);
  });

  it('rejects a subject that is neither form with verify’s own error', () => {
    expect(() => assertGradient(42, [1])).toThrow(expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'received' } }));
  });
});
