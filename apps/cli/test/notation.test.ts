import { describe, expect, it } from 'vitest';
import { bpAsync, errorOf } from './helpers.js';

describe('names that are not inputs', () => {
  it.concurrent('refuses --wrt naming an intermediate, without a false "does not occur" warning', async () => {
    const run = await bpAsync(['derive', 'a = x*y; b = a^2', '--wrt', 'a', '--json']);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain('does not occur');
    expect(errorOf(run.stderr)).toMatchObject({ code: 'invalid-argument', position: { start: 0, end: 1 } });
  });

  it.concurrent.each([
    ['a = x*y; b = a^2', 'x=1,y=2,a=5'],
    ['x*e', 'x=1,e=2'],
    ['x*tau', 'x=1,tau=6'],
    ['phi + x', 'x=1,phi=1.6'],
    ['E*x', 'x=1,E=2'],
  ])('refuses --at giving a value to what %s computes or fixes (%s)', async (source, at) => {
    const run = await bpAsync(['grad', source, '--at', at, '--json']);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain('does not occur');
    expect(errorOf(run.stderr)).toMatchObject({ code: 'invalid-point', position: { argument: '--at' } });
  });

  it.concurrent('still only warns about an --at name that does not occur at all', async () => {
    const run = await bpAsync(['grad', 'x*y', '--at', 'x=1,y=2,e=2', '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('"e"');
    expect(JSON.parse(run.stdout)).toEqual({ value: 2, gradient: { x: 2, y: 1 } });
  });
});

describe('operators as people write them', () => {
  it.concurrent.each([
    ['x × y', 'y'],
    ['x ÷ y', '1 / y'],
    ['x · y', 'y'],
  ])('derive reads %s with its operator', async (source, derivative) => {
    const run = await bpAsync(['derive', source, '--wrt', 'x', '--json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { derivative: string }).derivative).toBe(derivative);
  });

  it.concurrent('says to use ^ for powers, pointing at **', async () => {
    const run = await bpAsync(['derive', 'x ** 2', '--wrt', 'x', '--json']);
    expect(run.status).toBe(2);
    expect(errorOf(run.stderr)).toMatchObject({ code: 'syntax', position: { start: 2, end: 4 } });
  });

  it.concurrent('accepts a --claim written with · as bp prints it, and still fails a wrong one', async () => {
    const right = await bpAsync(['check', 'x^2*y', '--claim', 'x=2·x·y', '--json']);
    expect(right.stderr).toBe('');
    expect(right.status).toBe(0);
    const wrong = await bpAsync(['check', 'x^2*y', '--claim', 'x=2·x', '--json']);
    expect(wrong.status).toBe(1);
  });
});

describe('max and min of several arguments', () => {
  it.concurrent('sends the gradient to the largest argument', async () => {
    const run = await bpAsync(['grad', 'max(x, y, z)', '--at', 'x=1,y=3,z=2', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ value: 3, gradient: { x: 0, y: 1, z: 0 } });
  });

  it.concurrent('shares a three-way tie equally and reports the kink', async () => {
    const run = await bpAsync(['grad', 'min(x, y, z)', '--at', 'x=2,y=2,z=2', '--json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { gradient: Record<string, number>; kinks: { function: string }[] };
    for (const name of ['x', 'y', 'z']) expect(out.gradient[name]).toBeCloseTo(1 / 3, 15);
    expect(out.kinks.map((k) => k.function)).toEqual(['min']);
  });

  it.concurrent('checks max of four arguments three ways', async () => {
    const run = await bpAsync(['check', 'max(x, y, z, x*y)', '--json']);
    expect(run.status).toBe(0);
  });
});
