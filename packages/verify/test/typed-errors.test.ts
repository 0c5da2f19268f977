import { compile } from '@bp/numeric';
import { derive, gradient } from '@bp/symbolic';
import { describe, expect, it } from 'vitest';
import { centralDifference, checkDirectional, checkGradient, crossValidate, formatJunit, formatText, partialDerivative, toJson, type CheckResult } from '../src/index.js';

const square = (x: Float64Array): number => x[0]! * x[0]! + x[1]! * x[1]!;

describe('errors thrown by the user’s own function', () => {
  it('are wrapped by checkGradient with what bp was doing, the original as cause', () => {
    const original = new TypeError('boom');
    const f = (x: Float64Array): number => {
      if (x[1] !== 2) throw original;
      return square(x);
    };
    let caught: unknown;
    try {
      checkGradient(f, [2, 4], new Float64Array([1, 2]));
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ name: 'VerifyError', code: 'function-threw', position: { parameter: 'f', coordinate: 1 } });
    expect((caught as Error).cause).toBe(original);
  });

  it('are wrapped when the analytic gradient function throws', () => {
    expect(() => checkGradient(square, () => { throw new Error('no gradient'); }, new Float64Array([1, 2]))).toThrow(
      expect.objectContaining({ code: 'function-threw', position: { parameter: 'gradient' } }),
    );
  });

  it('are wrapped by centralDifference and partialDerivative', () => {
    expect(() => centralDifference(() => { throw new RangeError('inside'); }, 1)).toThrow(
      expect.objectContaining({ name: 'VerifyError', code: 'function-threw', position: { parameter: 'g' } }),
    );
    expect(() => partialDerivative(() => { throw new Error('inside'); }, new Float64Array([1]), 0)).toThrow(
      expect.objectContaining({ code: 'function-threw', position: { parameter: 'f', coordinate: 0 } }),
    );
  });
});

describe('malformed arguments', () => {
  it('a reporter given something that is not a CheckResult throws invalid-argument', () => {
    const malformed = { ok: true } as unknown as CheckResult;
    expect(() => formatText(malformed)).toThrow(expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'result' } }));
    expect(() => toJson(malformed)).toThrow(expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'result' } }));
    expect(() => formatJunit([{ name: 'a', result: malformed }])).toThrow(
      expect.objectContaining({ code: 'invalid-argument', position: { parameter: 'cases[0].result' } }),
    );
  });

  it('compile given an object that is not a Program throws NumericError invalid-option', () => {
    expect(() => compile({ graph: 1 } as never)).toThrow(expect.objectContaining({ name: 'NumericError', code: 'invalid-option', position: { argument: 'source' } }));
  });

  it('derive and gradient given an object that is not a Program throw invalid-argument', () => {
    expect(() => derive({ graph: 1 } as never, 'x')).toThrow(expect.objectContaining({ name: 'SymbolicError', code: 'invalid-argument' }));
    expect(() => gradient({ graph: 1, output: 0, source: '' } as never, {})).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('errors about a source name a span of it', () => {
  it('a division the simplifier rewrote (2 / -z is built as -(2 / z)) points at the division as written', () => {
    expect(() => gradient('y + 2 / -z', { y: 1, z: 0 })).toThrow(expect.objectContaining({ code: 'domain', position: { start: 4, end: 10 } }));
  });
});

describe('work limits', () => {
  it('checkDirectional refuses 1e9 directions up front with the limit', () => {
    expect(() => checkDirectional(square, [2, 4], new Float64Array([1, 2]), { directions: 1e9 })).toThrow(
      expect.objectContaining({ name: 'VerifyError', code: 'too-large', position: { parameter: 'options.directions' } }),
    );
  });
});

describe('crossValidate on a sum over 100,000 inputs', () => {
  it('refuses with too-large rather than running 200,000 evaluations of the program', { timeout: 120_000 }, () => {
    const source = Array.from({ length: 100_000 }, (_, i) => `x${i}`).join(' + ');
    const point = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`x${i}`, 1]));
    expect(() => crossValidate(source, [point])).toThrow(expect.objectContaining({ name: 'VerifyError', code: 'too-large', position: { parameter: 'wrt' } }));
  });
});
