import { describe, expect, it } from 'vitest';
import { acceptanceBatch, lineArguments } from './check-batch.js';

describe('acceptanceBatch', () => {
  it('has 2 % malformed lines and 5 % lines with a wrong claim, the same on every call', () => {
    const lines = acceptanceBatch(2000);
    expect(lines).toHaveLength(2000);
    const ids = lines.map((line) => /"id":"line-(\d+)"/.exec(line)?.[1]);
    expect(ids.filter((id) => id === undefined)).toHaveLength(40);
    expect(ids.filter((id) => id !== undefined && Number(id) % 20 === 7)).toHaveLength(100);
    expect(acceptanceBatch(2000)).toEqual(lines);
  });
});

describe('lineArguments', () => {
  it('turns a batch line into the arguments of one bp check', () => {
    expect(lineArguments('{"program": "x^2*y", "at": {"x": 3, "y": -0.5}, "claims": {"x": "2*x*y"}}')).toEqual([
      'check',
      'x^2*y',
      '--at',
      'x=3,y=-0.5',
      '--claim',
      'x=2*x*y',
    ]);
    expect(lineArguments('{"program": "sin(x)"}')).toEqual(['check', 'sin(x)']);
  });

  it('skips lines that are not a checkable object', () => {
    expect(lineArguments('{"program": "x^2"')).toBeUndefined();
    expect(lineArguments('{"claims": {}}')).toBeUndefined();
    expect(lineArguments('{"program": "x*y", "order": 2}')).toBeUndefined();
  });
});
