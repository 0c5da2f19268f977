import { describe, expect, it } from 'vitest';
import { checkMatrixExample } from '../.vitepress/bp/matrix-example.js';

describe('checkMatrixExample', () => {
  it('derives and checks a program, and accepts a correct expectation', () => {
    const example = checkMatrixExample("program: x'*x\nshapes: x=3\nexpect: x = 2 * x");
    expect(example.derivations[0]!.compact).toBe('2 * x');
    expect(example.entries).toBe(3);
  });

  it('stops the build when the page states a formula bp does not derive', () => {
    expect(() => checkMatrixExample("program: x'*A*x\nshapes: x=3, A=3x3\nwrt: x\nexpect: x = 2 * A * x")).toThrow(/bp derives \(A \+ A'\) \* x/);
  });

  it('stops the build when a stated gradient of a sum is wrong', () => {
    expect(() => checkMatrixExample('program: sum(W)\nshapes: W=2\nexpect: W = 2 * W')).toThrow(/bp derives/);
  });
});
