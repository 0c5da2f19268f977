import { describe, expect, it } from 'vitest';
import { bpAsync } from './helpers.js';

interface CheckRow {
  readonly point: Record<string, number>;
  readonly partial: string;
  readonly backward: number;
  readonly numeric: number;
  readonly compiled: number;
  readonly status: string;
}

/**
 * The rows of the Check table of a write-up made without --at: the point (listed once above the
 * table as `- point 1: x = …, y = …`, referred to by number), partial, the values, status.
 */
function checkRows(markdown: string): CheckRow[] {
  const section = markdown.slice(markdown.indexOf('## Check'));
  const points = new Map(
    [...section.matchAll(/^- point (\d+): (.*)$/gm)].map(([, index, list]) => [
      index!,
      Object.fromEntries(list!.split(', ').map((pair) => pair.split(' = ')).map(([name, value]) => [name!, Number(value)])),
    ]),
  );
  return section
    .split('\n')
    .filter((line) => /^\| \d+ \| /.test(line))
    .map((line) => {
      const [point, partial, backward, numeric, compiled, status] = line.split('|').slice(1, -1).map((cell) => cell.trim());
      return { point: points.get(point!)!, partial: /partial ([a-z]+)\}\$$/.exec(partial!)![1]!, backward: Number(backward), numeric: Number(numeric), compiled: Number(compiled), status: status! };
    });
}

describe('bp writeup without --at', () => {
  it.concurrent('checks the gradient at random points instead of dropping the Check section, and says so', async () => {
    const run = await bpAsync(['writeup', 'x^2 * y']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## Check');
    expect(run.stdout).toContain('random points');
    const rows = checkRows(run.stdout);
    expect(rows).toHaveLength(6);
    // ∂/∂x (x²y) = 2xy and ∂/∂y = x², worked by hand at the printed point (12 digits); the
    // write-up prints values to 6 significant digits, hence the relative tolerance of 1e-5.
    for (const row of rows) {
      const { x, y } = row.point as { x: number; y: number };
      const expected = row.partial === 'x' ? 2 * x * y : x * x;
      for (const value of [row.backward, row.compiled, row.numeric]) {
        expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-5 * Math.abs(expected) + 1e-9);
      }
      expect(row.status).toBe('ok');
    }
    expect(new Set(rows.map((row) => row.point.x)).size).toBe(3);
  });

  it.concurrent('draws its points inside the domain', async () => {
    const run = await bpAsync(['writeup', 'log(x) * sqrt(y)']);
    expect(run.status).toBe(0);
    const rows = checkRows(run.stdout);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([row.point.x! > 0, row.point.y! > 0]).toEqual([true, true]);
  });

  it.concurrent('says when no point of the domain was found, and still writes the rest', async () => {
    const run = await bpAsync(['writeup', 'sqrt(-1 - x^2)']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## The gradient');
    expect(run.stdout).toContain('## Check');
    expect(run.stdout).toContain('--at');
    expect(checkRows(run.stdout)).toEqual([]);
  });
});
