import { describe, expect, it } from 'vitest';
import { bpAsync, jsonLines } from './helpers.js';

// Names that are not variable names: code, punctuation, blanks, line breaks.
const HOSTILE = ['x;process.exit(7)', 'x]=0;//', 'q\nglobalThis.pwned = 1 //', 'x y', '1x'];

describe('--wrt names', () => {
  it.concurrent.each(HOSTILE)('grad refuses --wrt %j as a usage error that points at the name', async (name) => {
    const run = await bpAsync(['grad', 'x*y', '--at', 'x=1,y=2', '--wrt', `y,${name}`, '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toEqual({
      error: expect.objectContaining({ code: 'invalid-option', position: { argument: '--wrt', start: 2, end: 2 + name.length } }) as unknown,
    });
  });

  it.concurrent.each(HOSTILE)('compile refuses --wrt %j and writes no kernel', async (name) => {
    const run = await bpAsync(['compile', 'x*y', '--wrt', name]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^bp compile: error\[invalid-option\]: [^\n]*\n$/);
  });

  it.concurrent('derive refuses a --wrt that is not a variable name', async () => {
    const run = await bpAsync(['derive', 'x*y', '--wrt', 'x;process.exit(7)', '--json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'invalid-option', position: { argument: '--wrt' } } });
  });

  it.concurrent('refuses hostile names in --batch lines, line by line, and answers the good ones', async () => {
    const grad = await bpAsync(['grad', '--batch', '-', '--json'], {
      input: ['{"program": "x*y", "at": {"x": 1, "y": 2}, "wrt": ["x;process.exit(7)"]}', '{"program": "x*y", "at": {"x": 1, "y": 2}, "wrt": ["y"]}'].join('\n'),
    });
    expect(grad.status).toBe(2);
    expect(jsonLines(grad.stdout)).toEqual([
      { error: expect.objectContaining({ code: 'invalid-line', position: { argument: 'line 1' } }) as unknown },
      { value: 2, gradient: { y: 1 } },
    ]);
    const derive = await bpAsync(['derive', '--batch', '-', '--json'], { input: '{"program": "x*y", "wrt": "x]=0;//"}\n' });
    expect(derive.status).toBe(2);
    expect(jsonLines(derive.stdout)).toEqual([{ error: expect.objectContaining({ code: 'invalid-line', position: { argument: 'line 1' } }) as unknown }]);
  });

  it.concurrent('still accepts names in other scripts and with _ and $', async () => {
    const run = await bpAsync(['grad', 'α * x_1 + $b', '--at', 'α=2,x_1=3,$b=1', '--wrt', 'α,x_1,$b', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ value: 7, gradient: { α: 3, x_1: 2, $b: 1 } });
  });
});
