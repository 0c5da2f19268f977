import { describe, expect, it } from 'vitest';
import { checkProgramGradient } from '../.vitepress/bp/gradient-check.js';
import { referenceProgram } from '../.vitepress/bp/reference-program.js';

describe('checkProgramGradient', () => {
  const program = referenceProgram('f = x^2 * y');

  it('passes the hand-derived gradient of x²y at (3, 2) and fails a wrong one', () => {
    // ∂/∂x = 2xy = 12, ∂/∂y = x² = 9.
    expect(checkProgramGradient(program, { x: 3, y: 2 }, { x: 12, y: 9 }).ok).toBe(true);
    const wrong = checkProgramGradient(program, { x: 3, y: 2 }, { x: 6, y: 9 });
    expect(wrong.ok).toBe(false);
    expect(wrong.rows.map((row) => [row.name, row.ok])).toEqual([['x', false], ['y', true]]);
  });

  it('reports a kink instead of a failure where relu has no derivative', () => {
    const result = checkProgramGradient(referenceProgram('f = relu(x)'), { x: 0 }, { x: 0 });
    expect(result.rows[0]).toMatchObject({ name: 'x', kink: true, ok: true });
  });
});
