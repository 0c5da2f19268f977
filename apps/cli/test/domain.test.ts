import { parse } from '@bp/symbolic';
import { describe, expect, it } from 'vitest';
import { bpAsync, errorOf } from './helpers.js';

describe('where a function and its gradient exist, on the command line', () => {
  it.concurrent('checks x/x without a false failure (exit 0)', async () => {
    const run = await bpAsync(['check', 'x/x']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.concurrent.each([
    ['x/x', 'x=0', { start: 0, end: 3 }],
    ['log(x) - log(x)', 'x=-1', { start: 0, end: 6 }],
    ['x^2/x', 'x=0', { start: 0, end: 5 }],
  ])('grad %s at %s is a domain error, as the source is written', async (source, at, position) => {
    const run = await bpAsync(['grad', source, '--at', at, '--json']);
    expect(run.status).toBe(2);
    expect(errorOf(run.stderr)).toMatchObject({ code: 'domain', position });
  });

  it.concurrent.each([
    ['1e155*x / (1e155*x^2)', 'x=0.5'],
    ['(a + 1e308) / (1e308*a)', 'a=0.5'],
  ])('grad %s at %s is an overflow error rather than a gradient with the wrong sign', async (source, at) => {
    const run = await bpAsync(['grad', source, '--at', at, '--json']);
    expect(run.status).toBe(2);
    expect(errorOf(run.stderr)).toMatchObject({ code: 'overflow', position: { start: 0, end: source.length } });
  });

  it.concurrent('check at the edge of a domain reports domain instead of failing on a disagreement', async () => {
    const run = await bpAsync(['check', 'z*sqrt(z)', '--at', 'z=0', '--json']);
    expect(run.status).toBe(2);
    expect(errorOf(run.stderr)).toMatchObject({ code: 'domain', position: { start: 2, end: 9 } });
  });

  it.concurrent('derive refuses a derivative that a constant name makes 0/0 everywhere', async () => {
    const run = await bpAsync(['derive', 'a = 0; sqrt(a*y) + y', '--wrt', 'y', '--json']);
    expect(run.status).toBe(2);
    expect(errorOf(run.stderr)).toMatchObject({ code: 'domain', position: { start: 7, end: 16 } });
  });

  it.concurrent('differentiates x^y by its base at x = -2, y = 3', async () => {
    const run = await bpAsync(['grad', 'x^y', '--at', 'x=-2,y=3', '--wrt', 'x', '--json']);
    expect(run.status).toBe(0);
    // 3·(−2)² = 12, hand-derived.
    expect(JSON.parse(run.stdout)).toEqual({ value: -8, gradient: { x: 12 } });
  });

  it.concurrent.each(['1e308 * x^2', 'sign(x*1e308*10)'])(
    'handles constants whose product overflows in every command: %s',
    async (source) => {
      const runs = await Promise.all([
        bpAsync(['derive', source, '--wrt', 'x', '--json']),
        bpAsync(['compile', source]),
        bpAsync(['check', source, '--json']),
        bpAsync(['graph', source]),
        bpAsync(['writeup', source]),
      ]);
      for (const run of runs) expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      const derived = JSON.parse(runs[0].stdout) as { derivative: string; compact: string };
      expect(() => parse(derived.derivative)).not.toThrow();
      expect(() => parse(derived.compact)).not.toThrow();
      expect(runs[0].stdout).not.toMatch(/Infinity|NaN/);
    },
  );
});
