import { parse } from '@bp/symbolic';
import { afterEach, describe, expect, it } from 'vitest';
import { compile, type Kernel } from '../src/index.js';

const HOSTILE = 'q\nglobalThis.pwned = 1 //';

/**
 * Every line of generated text (split at every JavaScript line terminator) without its string
 * literals and its `//` comment: the code a JavaScript engine would run.
 */
function codeLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029]/).map((line) => line.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\/\/.*$/, ''));
}

/** Runs the kernel's readable source and its standalone module, so anything live in them executes. */
async function runAll(kernel: Kernel): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- executing generated code is the point of this test
  const run = new Function(`${kernel.source}\nreturn kernel;`) as () => unknown;
  run();
  await import(`data:text/javascript;base64,${Buffer.from(kernel.module).toString('base64')}`);
}

afterEach(() => {
  delete (globalThis as { pwned?: unknown }).pwned;
});

describe('compile: names', () => {
  it.each([HOSTILE, 'x;process.exit(7)', 'x]=0;//', '', ' x', '1x', 'a-b', 'x\u2028y', 'x */ y'])(
    'refuses the wrt name %j with invalid-option at its index',
    (name) => {
      expect(() => compile('x*y', { wrt: ['x', name] })).toThrow(
        expect.objectContaining({ name: 'NumericError', code: 'invalid-option', position: { argument: 'wrt', index: 1 } }),
      );
    },
  );

  it('accepts names the parser accepts, and gives 0 for one the source does not use', () => {
    const kernel = compile('x_1 * α + $b', { wrt: ['x_1', 'α', '$b', 'z'] });
    const result = kernel.evaluate({ x_1: 2, α: 3, $b: 1 });
    expect([result.value[0], result.gradient.x_1![0], result.gradient.α![0], result.gradient.$b![0], result.gradient.z![0]]).toEqual([7, 3, 2, 1, 0]);
  });

  it('keeps user text out of the code even when a program is built by hand with hostile names', async () => {
    const program = parse('a = x*y; b = a + z; c = b^2');
    // Names a parser would never produce, forced into the graph's (read-only) tables directly.
    const labels = program.graph.labels as Map<number, string>;
    const inputs = program.graph.inputs as Map<string, number>;
    for (const [id, label] of labels) labels.set(id, `${label}\nglobalThis.pwned = 1 //`);
    const hostileInput = `x\u2028globalThis.pwned = 2; //`;
    const x = inputs.get('x')!;
    inputs.delete('x');
    inputs.set(hostileInput, x);
    (program.inputs as string[])[0] = hostileInput;
    const kernel = compile(program);
    for (const text of [kernel.source, kernel.module]) {
      for (const line of codeLines(text)) expect(line).not.toContain('pwned');
    }
    await runAll(kernel);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    // The kernel still computes c = (x·y + z)² and its gradient, 2b·y at x = 1, y = 2, z = 3.
    expect(kernel.evaluate({ y: 2, z: 3, [hostileInput]: 1 }).value[0]).toBe(25);
  });
});
